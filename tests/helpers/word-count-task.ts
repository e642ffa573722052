/**
 * A batch task for tests of the batch machinery: counts the words of each input, and fails on
 * inputs whose name contains `options.failOn`, as a command's task (lint, extract) would.
 */
import { type FileItem, type FileOutcome, fileTask } from '../../src/cli/file-task.js';
import type { TaskRunner } from '../../src/cli/task.js';

/** Options of the task. */
export interface WordCountOptions {
  readonly failOn?: string;
}

/**
 * Create the task.
 *
 * @param options When to fail.
 * @returns The runner.
 */
export async function createTask(options: WordCountOptions): Promise<TaskRunner<FileItem, FileOutcome<number>>> {
  return fileTask((text, item: FileItem) => {
    if (options.failOn !== undefined && item.name.includes(options.failOn)) throw new Error('cannot count this one');
    return text.split(/\s+/).filter(Boolean).length;
  });
}
