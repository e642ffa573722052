/**
 * Bytes to text: BOM sniffing (UTF-8, UTF-16 LE/BE), strict UTF-8 with a fallback for Latin-1
 * (Windows-1252) files, and a refusal of binary data. Decoding never loses text silently:
 * every substitution is reported as a warning with its byte offset.
 */
import { CopydeskError } from '../errors.js';

/** A problem found while decoding that did not stop it. */
export interface DecodeWarning {
  message: string;
  /** 0-based byte offset. */
  offset: number;
  /** 1-based line. */
  line: number;
}

/** The decoded text and how it was decoded. */
export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: DecodeWarning[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Decode the bytes of an article.
 *
 * @param bytes The file's bytes.
 * @returns The text (without BOM), its encoding and any warnings.
 * @throws {CopydeskError} `binary` when the bytes are not text (NUL bytes without a UTF-16 BOM).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warnings: [] };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warnings: [] };
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new CopydeskError('binary', 'looks like a binary file (it contains NUL bytes), expected text', {
      offset: nul,
      line: lineAt(body, nul),
    });
  }
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not valid UTF-8: either Latin-1/Windows-1252 text or UTF-8 with a few broken bytes.
  }
  const invalid = invalidUtf8Offsets(body);
  const first = invalid[0] ?? 0;
  if (looksLikeLatin1(body, invalid)) {
    return {
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      warnings: [
        {
          message: 'not valid UTF-8; decoded as Latin-1 (Windows-1252), check accented letters and £ signs',
          offset: first,
          line: lineAt(body, first),
        },
      ],
    };
  }
  const warnings = invalid.slice(0, 10).map((offset) => ({
    message: `invalid UTF-8 byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} replaced with U+FFFD`,
    offset,
    line: lineAt(body, offset),
  }));
  if (invalid.length > 10) {
    const offset = invalid[10] ?? 0;
    warnings.push({
      message: `${invalid.length - 10} more invalid UTF-8 bytes replaced`,
      offset,
      line: lineAt(body, offset),
    });
  }
  return { text: lenientUtf8.decode(body), encoding: 'utf-8', warnings };
}

/** Offsets of the bytes that start an invalid UTF-8 sequence. */
function invalidUtf8Offsets(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    let length = 0;
    if (byte < 0x80) length = 1;
    else if (byte >= 0xc2 && byte <= 0xdf) length = 2;
    else if (byte >= 0xe0 && byte <= 0xef) length = 3;
    else if (byte >= 0xf0 && byte <= 0xf4) length = 4;
    let valid = length > 0 && index + length <= bytes.length;
    for (let next = 1; valid && next < length; next++) {
      if (((bytes[index + next] as number) & 0xc0) !== 0x80) valid = false;
    }
    if (valid) index += length;
    else {
      offsets.push(index);
      index++;
    }
  }
  return offsets;
}

/**
 * Latin-1 text has high bytes that are not part of any UTF-8 sequence and no valid multi-byte
 * UTF-8 sequences at all; UTF-8 with a few broken bytes has valid ones around them.
 */
function looksLikeLatin1(bytes: Uint8Array, invalid: readonly number[]): boolean {
  let high = 0;
  for (const byte of bytes) if (byte >= 0x80) high++;
  return high > 0 && invalid.length === high;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) if (bytes[index] === 10) line++;
  return line;
}
