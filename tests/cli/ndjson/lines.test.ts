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
