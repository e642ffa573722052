/**
 * The `extract` task for one input file: read, parse, and hand back the file's records (quotes,
 * statistics or sources); the main thread formats them all at the end, in input order.
 */
import { type ExtractKind, type ExtractRecord, extractRecords } from '../../extract/records.js';
import { type InputFormat, parse } from '../../parse.js';
import { type FileItem, type FileOutcome, fileTask } from '../file-task.js';
import { looksLikeRecords, recordsReadAsArticle } from '../ndjson/looks-like-records.js';
import type { TaskRunner } from '../task.js';

/** Options of the task: the same for every file of a run. */
export interface ExtractFileOptions {
  readonly kind: ExtractKind;
  readonly from: InputFormat;
}

/**
 * Create the task.
 *
 * @param options What to extract, and how to read the files.
 * @returns The runner: each file's records, named after the file as given.
 */
export async function createTask(
  options: ExtractFileOptions,
): Promise<TaskRunner<FileItem, FileOutcome<ExtractRecord[]>>> {
  return fileTask((text, item: FileItem, warn) => {
    // Piped records (`extract statistics < records.ndjson`) were read as one article without a
    // word, as convert warns; extract has no --from ndjson, so the advice differs.
    if (options.from === 'auto' && looksLikeRecords(text)) {
      warn({
        message: `${recordsReadAsArticle}; extract reads articles, not records: give it each record's text as its own file`,
        offset: 0,
        line: 1,
      });
    }
    return extractRecords(parse(text, { from: options.from, file: item.name }), options.kind, item.name);
  });
}
