/**
 * What every detector receives besides the tree: the source map of the input, so that new nodes
 * get exact positions.
 */
import type { SourceMap } from '../tree/source-map.js';

/** Shared, read-only state of one detection run. */
export interface DetectContext {
  /** Maps text-node offsets back to the input. */
  readonly map: SourceMap;
}
