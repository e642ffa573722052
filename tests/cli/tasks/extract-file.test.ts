/**
 * The `extract` batch task (`cli/tasks/extract-file.ts`) called directly, as a worker thread
 * calls it: the records of one file, named as the file was given, or a failure.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTask } from '../../../src/cli/tasks/extract-file.js';
import { extractRecords } from '../../../src/extract/records.js';
import { parse } from '../../../src/parse.js';

const article = [
  'Council votes to close library',
  '',
  'By Jane Doe',
  '',
  'LONDON, March 3 (Reuters) - The council voted on Tuesday to close the library, which cost 2 million pounds a year.',
  '',
  '"It is a sad day," said librarian Ann Poe.',
].join('\n');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-extract-task-'));
  writeFileSync(path.join(dir, 'story.txt'), article);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('extract-file task', () => {
  it.each(['quotes', 'statistics', 'sources'] as const)(
    'should return the %s of a file as extractRecords does',
    async (kind) => {
      const run = await createTask(structuredClone({ kind, from: 'auto' as const }));
      const outcome = run({ name: 'desk/story.txt', path: path.join(dir, 'story.txt') });
      expect(outcome.ok).toBe(true);
      const expected = extractRecords(parse(article, { file: 'desk/story.txt' }), kind, 'desk/story.txt');
      expect(expected.length).toBeGreaterThan(0);
      expect(outcome).toEqual({ ok: true, value: expected, warnings: [] });
      expect(structuredClone(outcome)).toEqual(outcome);
    },
  );

  it('should read bytes handed over by the main thread (stdin)', async () => {
    const run = await createTask({ kind: 'sources', from: 'text' });
    const outcome = run({ name: 'wire.txt', path: undefined, bytes: Buffer.from(article) });
    expect(outcome.ok && outcome.value.map((record) => record.file)).toEqual(['wire.txt', 'wire.txt']);
  });

  it('should fail a missing or binary file with a code and a one-line message', async () => {
    const run = await createTask({ kind: 'quotes', from: 'auto' });
    expect(run({ name: 'gone.txt', path: path.join(dir, 'gone.txt') })).toMatchObject({
      ok: false,
      code: 'ENOENT',
      message: 'no such file',
    });
    writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x00, 0x00]));
    expect(run({ name: 'photo.txt', path: path.join(dir, 'photo.txt') })).toMatchObject({ ok: false, code: 'binary' });
  });
});
