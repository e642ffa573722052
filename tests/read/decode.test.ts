import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.js';
import { decode } from '../../src/read/decode.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decode', () => {
  it('should decode UTF-8 and drop a UTF-8 BOM', () => {
    expect(decode(new TextEncoder().encode('\uFEFFCaf\u00e9 \u201cok\u201d'))).toEqual({
      text: 'Caf\u00e9 \u201cok\u201d',
      encoding: 'utf-8',
      warnings: [],
    });
  });

  it('should decode UTF-16 with a little- or big-endian BOM', () => {
    expect(decode(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))).toEqual({
      text: 'Hi',
      encoding: 'utf-16le',
      warnings: [],
    });
    expect(decode(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69))).toEqual({
      text: 'Hi',
      encoding: 'utf-16be',
      warnings: [],
    });
  });

  it('should fall back to Windows-1252 for Latin-1 text, with a warning', () => {
    // "Caf\xe9\n\xa310" in Latin-1: é and £ are single high bytes.
    expect(decode(bytes(0x43, 0x61, 0x66, 0xe9, 0x0a, 0xa3, 0x31, 0x30))).toEqual({
      text: 'Caf\u00e9\n\u00a310',
      encoding: 'windows-1252',
      warnings: [
        {
          message: 'not valid UTF-8; decoded as Latin-1 (Windows-1252), check accented letters and £ signs',
          offset: 3,
          line: 1,
        },
      ],
    });
  });

  it('should read bytes 0x80-0x9F as Windows-1252 puts them: curly quotes, dashes, the euro sign', () => {
    // \x93We agree,\x94 Ren\xe9e said \x96 5\x80 \x85
    const input = bytes(
      0x93,
      0x57,
      0x65,
      0x20,
      0x61,
      0x67,
      0x72,
      0x65,
      0x65,
      0x2c,
      0x94,
      0x20,
      0x52,
      0x65,
      0x6e,
      0xe9,
      0x65,
    );
    const more = bytes(0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x96, 0x20, 0x35, 0x80, 0x20, 0x85, 0x8d);
    const { text, encoding } = decode(new Uint8Array([...input, ...more]));
    expect(encoding).toBe('windows-1252');
    // 0x8D is one of the five bytes Windows-1252 leaves undefined: it keeps its control code.
    expect(text).toBe('\u201cWe agree,\u201d Ren\u00e9e said \u2013 5\u20ac \u2026\u008d');
  });

  it('should replace a broken byte in otherwise valid UTF-8, and say where', () => {
    const input = bytes(...new TextEncoder().encode('\u00e9t\u00e9\n'), 0xff, 0x41);
    expect(decode(input)).toEqual({
      text: '\u00e9t\u00e9\n\uFFFDA',
      encoding: 'utf-8',
      warnings: [{ message: 'invalid UTF-8 byte 0xff replaced with U+FFFD', offset: 6, line: 2 }],
    });
  });

  it('should warn about an encoded surrogate and a code point past U+10FFFF, byte by byte', () => {
    const input = bytes(...new TextEncoder().encode('\u00e9 '), 0xed, 0xa0, 0x80, 0x20, 0xf4, 0x90, 0x80, 0x80);
    const { text, warnings } = decode(input);
    expect(text).toBe('\u00e9 \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD');
    expect(warnings.map((warning) => warning.offset)).toEqual([3, 4, 5, 7, 8, 9, 10]);
  });

  it('should refuse binary data (NUL bytes) with a typed error giving the line', () => {
    let error: unknown;
    try {
      decode(bytes(0x61, 0x0a, 0x62, 0x00, 0x63));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CopydeskError);
    expect(error).toMatchObject({ code: 'binary', line: 2, offset: 3 });
  });
});
