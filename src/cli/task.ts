/**
 * Batch tasks: the per-item work of a command, written once and run either in the main thread
 * or in worker threads (see `pool.ts`). A task module exports `createTask(options)`, which loads
 * what the work needs (readers, writers, rules) and returns the function applied to each item.
 *
 * Options, items and outcomes cross thread boundaries by structured clone, so they are plain
 * data: no functions, class instances or streams.
 */

/** The work applied to one item; synchronous, so a worker runs a whole chunk without yielding. */
export type TaskRunner<Item, Outcome> = (item: Item) => Outcome;

/** What a task module exports. */
export interface TaskModule<Options, Item, Outcome> {
  /**
   * Prepare the task once per thread.
   *
   * @param options The task's options, as given in its `TaskRef`.
   * @returns The function applied to each item.
   */
  createTask(options: Options): Promise<TaskRunner<Item, Outcome>>;
}

/** A task module (by file URL, so a worker can import it) and the options to create it with. */
export interface TaskRef<Options> {
  readonly module: string;
  readonly options: Options;
}

/** Task modules bundled into the running script, by the URL they would be imported from. */
const provided = new Map<string, () => Promise<unknown>>();

/**
 * Make task modules available without importing them by URL: the CLI script that
 * `bin/copydesk.js` runs with V8's code cache (`script-cache.ts`) holds its tasks, and an import
 * would load a second, uncached copy of them.
 *
 * @param modules Loaders of the task modules, by the URL that `TaskRef`s name them with.
 */
export function provideTaskModules(modules: Readonly<Record<string, () => Promise<unknown>>>): void {
  for (const [url, load] of Object.entries(modules)) provided.set(url, load);
}

/**
 * Load a task module and create its runner.
 *
 * @param ref The module's URL and options.
 * @returns The runner.
 */
export async function loadTask<Options, Item, Outcome>(ref: TaskRef<Options>): Promise<TaskRunner<Item, Outcome>> {
  // The module is named by URL so that the same reference works in a worker thread.
  const load = provided.get(ref.module);
  const module = (await (load ? load() : import(ref.module))) as TaskModule<Options, Item, Outcome>;
  return module.createTask(ref.options);
}
