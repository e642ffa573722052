import { describe, expect, it } from 'vitest';
import {
  type BatchShape,
  batchThreads,
  crowdedBatchBytes,
  isLargeBatch,
  largeBatchBytes,
  largeBatchFiles,
  parseJobs,
} from '../../src/cli/jobs.js';

/** A batch of `files` files of `bytes` bytes in all, on `cores` cores, with `--jobs` or without (undefined). */
function shape(files: number, bytes: number, jobs: number | undefined, cores: number): BatchShape {
  const large = isLargeBatch(files, files <= largeBatchFiles ? bytes : 0);
  return { large, files, jobs, cores, size: (limit) => Math.min(bytes, limit) };
}

describe('batchThreads', () => {
  it('runs a small batch on one thread whatever --jobs says', () => {
    expect(batchThreads(shape(largeBatchFiles, 1000, 4, 8))).toBe(1);
    expect(batchThreads(shape(3, 1000, undefined, 8))).toBe(1);
  });

  it('gives a few huge files their threads, never more than there are files', () => {
    expect(batchThreads(shape(3, largeBatchBytes + 1, 4, 8))).toBe(3);
    expect(batchThreads(shape(2, largeBatchBytes + 1, undefined, 8))).toBe(2);
  });

  it('honours a --jobs the user gave for a large batch, even on every core', () => {
    expect(batchThreads(shape(4313, 5.5e6, 2, 2))).toBe(2);
  });

  it('keeps the default to one thread when the threads would fill every core and the batch is small', () => {
    // The corpus on two cores: a second thread's warm-up costs more than it converts.
    expect(batchThreads(shape(4313, 5.5e6, undefined, 2))).toBe(1);
  });

  it('uses every core by default once the batch is big enough to pay for the workers', () => {
    expect(batchThreads(shape(17252, crowdedBatchBytes, undefined, 2))).toBe(2);
  });

  it('uses the default threads at once when a core is left for V8', () => {
    // Without --jobs, threads leave a core free only when there are fewer files than cores.
    expect(batchThreads(shape(3, largeBatchBytes + 1, undefined, 4))).toBe(3);
  });

  it('starts no more threads than the batch can use, one per largeBatchFiles files', () => {
    // --jobs 64 on 60 files used to start 60 workers: 2.2 s and 725 MB against 0.3 s with 2.
    expect(batchThreads(shape(60, 1e5, 64, 2))).toBe(2);
    expect(batchThreads(shape(largeBatchFiles * 10, 1e6, 64, 64))).toBe(10);
    expect(batchThreads(shape(4313, 5.5e6, 128, 128))).toBe(Math.ceil(4313 / largeBatchFiles));
    expect(batchThreads(shape(4313, 5.5e6, 64, 64))).toBe(64);
  });

  it('does not measure a batch it does not need to', () => {
    let asked = 0;
    const counted: BatchShape = {
      large: true,
      files: 4313,
      jobs: 2,
      cores: 2,
      size: () => {
        asked++;
        return 0;
      },
    };
    expect(batchThreads(counted)).toBe(2);
    expect(asked).toBe(0);
  });
});

describe('isLargeBatch and parseJobs', () => {
  it('calls a batch large by its file count or its size', () => {
    expect(isLargeBatch(largeBatchFiles + 1)).toBe(true);
    expect(isLargeBatch(2, largeBatchBytes + 1)).toBe(true);
    expect(isLargeBatch(2, 100)).toBe(false);
  });

  it('takes whole numbers of 1 or more', () => {
    expect(parseJobs('3')).toBe(3);
    expect(() => parseJobs('0')).toThrow(/whole number/);
    expect(() => parseJobs('1.5')).toThrow(/whole number/);
    // Forms Number() would take.
    for (const odd of ['1e3', '0x2', ' 2', '2 ', '+2', '02', ''])
      expect(() => parseJobs(odd), odd).toThrow(/whole number/);
  });
});
