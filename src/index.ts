/**
 * copydesk's public API: read articles into an article tree, write it out, lint it.
 */

export type { InputFormat, ParseOptions } from './parse.js';
export { parse, resolveFormat } from './parse.js';
export type * from './tree/types.js';
