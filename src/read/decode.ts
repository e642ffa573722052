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
  const decoded = decodeBytes(bytes);
  // An empty article is not an error (the output is an empty tree), but it is rarely meant.
  if (decoded.text.trim() === '') {
    decoded.warnings.push({
      message:
        bytes.length === 0
          ? 'the file is empty, expected article text'
          : 'the file holds only whitespace, expected article text',
      offset: 0,
      line: 1,
    });
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(bom);
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const kind = binaryKind(bytes);
    throw new CopydeskError(
      'binary',
      kind
        ? `looks like a binary file, ${kind} (a NUL byte at byte ${bom + nul}), expected text`
        : `looks like a binary file (a NUL byte at byte ${bom + nul}), expected text; UTF-16 text needs a byte-order mark`,
      { offset: bom + nul, line: lineAt(body, nul) },
    );
  }
  try {
    return { text: strictUtf8.decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not valid UTF-8: either Latin-1/Windows-1252 text or UTF-8 with a few broken bytes.
  }
  // Offsets are reported in the file's bytes, BOM included, so an editor's "go to byte" finds them.
  const invalid = invalidUtf8Offsets(body);
  const first = invalid[0] ?? 0;
  if (looksLikeLatin1(body, invalid)) {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warnings: [
        {
          message: 'not valid UTF-8; decoded as Latin-1 (Windows-1252), check accented letters and £ signs',
          offset: bom + first,
          line: lineAt(body, first),
        },
      ],
    };
  }
  const warnings = invalid.slice(0, 10).map((offset) => ({
    message: `invalid UTF-8 byte 0x${(body[offset] ?? 0).toString(16).padStart(2, '0')} replaced with U+FFFD`,
    offset: bom + offset,
    line: lineAt(body, offset),
  }));
  if (invalid.length > 10) {
    const offset = invalid[10] ?? 0;
    warnings.push({
      message: `${invalid.length - 10} more invalid UTF-8 bytes replaced`,
      offset: bom + offset,
      line: lineAt(body, offset),
    });
  }
  return { text: lenientUtf8.decode(body), encoding: 'utf-8', warnings };
}

/**
 * UTF-16 after its BOM. A lone surrogate or an odd last byte becomes U+FFFD, with a warning
 * (the first ten, then a count), as for broken UTF-8.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const body = bytes.subarray(2);
  const text = new TextDecoder(encoding).decode(body);
  const little = encoding === 'utf-16le';
  const unit = (index: number) =>
    little
      ? (body[index] as number) | ((body[index + 1] as number) << 8)
      : ((body[index] as number) << 8) | (body[index + 1] as number);
  const problems: Array<{ offset: number; message: string }> = [];
  let line = 1;
  const lines: number[] = [];
  for (let index = 0; index + 1 < body.length; index += 2) {
    const code = unit(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = index + 3 < body.length ? unit(index + 2) : -1;
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 2;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      problems.push({
        offset: index + 2,
        message: `unpaired UTF-16 surrogate 0x${code.toString(16)} replaced with U+FFFD`,
      });
      lines.push(line);
    } else if (code === 10 || (code === 13 && (index + 3 >= body.length || unit(index + 2) !== 10))) line++;
  }
  if (body.length % 2 === 1) {
    problems.push({ offset: bytes.length - 1, message: 'odd last byte of UTF-16 text replaced with U+FFFD' });
    lines.push(line);
  }
  const warnings: DecodeWarning[] = problems
    .slice(0, 10)
    .map((problem, index) => ({ ...problem, line: lines[index] ?? line }));
  if (problems.length > 10) {
    warnings.push({
      message: `${problems.length - 10} more UTF-16 errors replaced`,
      offset: problems[10]?.offset ?? 0,
      line: lines[10] ?? line,
    });
  }
  return { text, encoding, warnings };
}

/** File signatures of binary formats people drop into article folders by mistake. */
const signatures: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (a .docx or .odt document?)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'a Word 97-2003 document' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
];

function binaryKind(bytes: Uint8Array): string | undefined {
  return signatures.find((signature) => signature.bytes.every((byte, index) => bytes[index] === byte))?.kind;
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
    // The second byte's narrower ranges (Unicode's table 3-7): without them an encoded surrogate
    // (ED A0 80), an overlong form (E0 80 80) or a code point past U+10FFFF (F4 90 80 80) passed
    // as valid here, while the decoder replaced it: text changed with no warning.
    if (valid && length > 2) {
      const second = bytes[index + 1] as number;
      const low = byte === 0xe0 ? 0xa0 : byte === 0xf0 ? 0x90 : 0x80;
      const high = byte === 0xed ? 0x9f : byte === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) valid = false;
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

/** The 1-based line of a byte offset; LF, CRLF and a lone CR each end a line, as the reader counts them. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === 10 || (byte === 13 && bytes[index + 1] !== 10)) line++;
  }
  return line;
}

/**
 * The characters Windows-1252 puts at bytes 0x80-0x9F, where Latin-1 has control codes (the five
 * bytes it leaves undefined keep theirs, as in the WHATWG Encoding Standard).
 */
const windows1252High =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decode Windows-1252. By hand on top of Node.js's decoder, which Node.js 20 gives the label but
 * decodes as ISO-8859-1: curly quotes, dashes and the euro sign (0x80-0x9F) came out as
 * invisible control characters, and quotes in such files were never found.
 *
 * @param bytes The file's bytes.
 * @returns The text.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('windows-1252').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (character) => windows1252High.charAt(character.charCodeAt(0) - 0x80));
}
