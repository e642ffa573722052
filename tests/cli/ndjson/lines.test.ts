import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LineChunk, lineChunks, type OversizeLine } from '../../../src/cli/ndjson/lines.js';

async function collect(
  pieces: Array<string | Uint8Array>,
  options = { chunkBytes: 8, maxLineBytes: 32 },
): Promise<Array<{ lines: string; first: number; count: number } | { oversize: number }>> {
  const result: Array<{ lines: string; first: number; count: number } | { oversize: number }> = [];
  for await (const chunk of lineChunks(
    (async function* () {
      yield* pieces;
    })(),
    options,
  )) {
    result.push(
      chunk.kind === 'lines'
        ? {
            lines: Buffer.from((chunk as LineChunk).bytes).toString('utf8'),
            first: chunk.firstLine,
            count: chunk.lines,
          }
        : { oversize: (chunk as OversizeLine).line },
    );
  }
  return result;
}

describe('lineChunks', () => {
  it('should cut chunks at line ends, never inside a line, numbering their first lines', async () => {
    expect(await collect(['aaa\nbb', 'b\ncc', 'c\nddd\n'])).toEqual([
      { lines: 'aaa\nbbb\n', first: 1, count: 2 },
      { lines: 'ccc\nddd\n', first: 3, count: 2 },
    ]);
  });

  it('should give a last line without a newline one', async () => {
    expect(await collect(['one\ntwo'])).toEqual([{ lines: 'one\ntwo\n', first: 1, count: 2 }]);
  });

  it('should count blank lines and keep CRLF line ends for the task to handle', async () => {
    expect(await collect(['a\r\n\r\nbcdefgh\r\n'])).toEqual([{ lines: 'a\r\n\r\nbcdefgh\r\n', first: 1, count: 3 }]);
  });

  it('should skip a line longer than the limit, unread, and report it in its place', async () => {
    const long = 'x'.repeat(20);
    expect(await collect(['ok\n', long, long, long, '\nafter\n'])).toEqual([
      { lines: 'ok\n', first: 1, count: 1 },
      { oversize: 2 },
      { lines: 'after\n', first: 3, count: 1 },
    ]);
  });

  it('should take a line of exactly the limit and skip one a byte longer, wherever its newline falls', async () => {
    const options = { chunkBytes: 64, maxLineBytes: 10 };
    const limit = 'x'.repeat(10);
    // The piece that holds the newline is the one that takes the line over the limit.
    expect(await collect(['x'.repeat(8), 'xxx\nok\n'], options)).toEqual([
      { oversize: 1 },
      { lines: 'ok\n', first: 2, count: 1 },
    ]);
    expect(await collect(['x'.repeat(8), 'xx\nok\n'], options)).toEqual([
      { lines: `${limit}\nok\n`, first: 1, count: 2 },
    ]);
    // A line over the limit between others in one piece.
    expect(await collect([`a\n${limit}y\n${limit}\nb\n`], options)).toEqual([
      { lines: 'a\n', first: 1, count: 1 },
      { oversize: 2 },
      { lines: `${limit}\nb\n`, first: 3, count: 2 },
    ]);
    // A last line without a newline.
    expect(await collect([limit], options)).toEqual([{ lines: `${limit}\n`, first: 1, count: 1 }]);
    expect(await collect([`${limit}y`], options)).toEqual([{ oversize: 1 }]);
  });

  it('should measure a CRLF line without its CR, even when the CR ends a piece', async () => {
    const options = { chunkBytes: 64, maxLineBytes: 10 };
    const limit = 'x'.repeat(10);
    expect(await collect([`${limit}\r\n`], options)).toEqual([{ lines: `${limit}\r\n`, first: 1, count: 1 }]);
    expect(await collect([`${limit}\r`, '\nok\n'], options)).toEqual([
      { lines: `${limit}\r\nok\n`, first: 1, count: 2 },
    ]);
    expect(await collect([`${limit}\r`, 'y\nok\n'], options)).toEqual([
      { oversize: 1 },
      { lines: 'ok\n', first: 2, count: 1 },
    ]);
    expect(await collect([`${limit}y\r\n`], options)).toEqual([{ oversize: 1 }]);
  });

  it('should skip exactly the lines over the limit, however the stream is cut into pieces', async () => {
    const maxLineBytes = 6;
    const line = fc.oneof(fc.stringMatching(/^[a-z]{0,9}$/), fc.stringMatching(/^[a-z]{0,7}\r$/));
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        const text = lines.map((each) => `${each}\n`).join('');
        const at = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((one, other) => one - other);
        const pieces = [0, ...at].map((start, index) => text.slice(start, at[index] ?? text.length));
        const expected = lines.map((each, index) =>
          each.replace(/\r$/, '').length > maxLineBytes ? `!${index + 1}` : `${each}\n`,
        );
        const got = (await collect(pieces, { chunkBytes: 4, maxLineBytes })).map((chunk) =>
          'oversize' in chunk ? `!${chunk.oversize}` : chunk.lines,
        );
        expect(got.join('')).toBe(expected.join(''));
      }),
    );
  });

  it('should keep the first bytes of a skipped line, where its id stands', async () => {
    const chunks = lineChunks(
      (async function* () {
        yield '{"id": "big", ';
        yield `"text": "${'x'.repeat(20)}"}\n`;
      })(),
      { chunkBytes: 8, maxLineBytes: 16 },
    );
    const all: Array<LineChunk | OversizeLine> = [];
    for await (const chunk of chunks) all.push(chunk);
    const [skipped] = all;
    expect(skipped?.kind).toBe('oversize');
    expect(Buffer.from((skipped as OversizeLine).head).toString()).toBe(`{"id": "big", "text": "${'x'.repeat(20)}"}`);
  });

  it('should accept bytes as well as strings, and split multi-byte characters only at newlines', async () => {
    const bytes = Buffer.from('é1\né2\n');
    expect(await collect([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual([
      { lines: 'é1\né2\n', first: 1, count: 2 },
    ]);
  });

  it('should drop a UTF-8 byte order mark at the start, even split over pieces, and nowhere else', async () => {
    const mark = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(await collect([Buffer.concat([mark, Buffer.from('{}\n')])])).toEqual([
      { lines: '{}\n', first: 1, count: 1 },
    ]);
    expect(
      await collect([mark.subarray(0, 1), mark.subarray(1, 2), Buffer.concat([mark.subarray(2), Buffer.from('a\n')])]),
    ).toEqual([{ lines: 'a\n', first: 1, count: 1 }]);
    expect(await collect([mark])).toEqual([]);
    // Not a mark: bytes that only begin like one are kept.
    expect(await collect([mark.subarray(0, 2), Buffer.from('x\n')])).toEqual([
      { lines: '\ufffdx\n', first: 1, count: 1 },
    ]);
    expect(await collect([Buffer.from('a\n'), mark, Buffer.from('b\n')])).toEqual([
      { lines: 'a\n\ufeffb\n', first: 1, count: 2 },
    ]);
  });

  it('should refuse a UTF-16 stream, with or without its byte-order mark, naming the encoding', async () => {
    const utf16 = Buffer.from('\ufeff{"id":"a"}\n', 'utf16le');
    await expect(collect([utf16])).rejects.toThrow(/looks like UTF-16 \(a UTF-16 byte-order mark at the start\)/);
    await expect(collect([utf16.subarray(2)])).rejects.toThrow(/looks like UTF-16 \(NUL bytes at the start\)/);
    // UTF-8 text that merely starts with a byte of the mark is read.
    expect(await collect([Buffer.from('ÿ\n')])).toEqual([{ lines: 'ÿ\n', first: 1, count: 1 }]);
  });

  it('should yield nothing for an empty stream', async () => {
    expect(await collect([])).toEqual([]);
  });
});
