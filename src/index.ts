/**
 * copydesk's public API: read articles into an article tree and write it out again.
 *
 * ```ts
 * import { parse, toHtml } from 'copydesk';
 * const html = toHtml(parse(text), { standalone: true });
 * ```
 */
export type { DetectContext } from './detect/context.js';
export { detect } from './detect/index.js';
export { phrasingText } from './detect/text.js';
export type { CopydeskErrorCode } from './errors.js';
export { CopydeskError } from './errors.js';
export type { Colors } from './lint/colors.js';
export { noColors } from './lint/colors.js';
export type { LintOptions } from './lint/engine.js';
export { lint } from './lint/engine.js';
export type { AppliedFixes, FixedText } from './lint/fix.js';
export { applyFixes, fixText, placeInOriginal } from './lint/fix.js';
export type { PresetName } from './lint/presets.js';
export { presetNames, presets } from './lint/presets.js';
export type { ReporterName } from './lint/reporters/index.js';
export { reporterNames, reporters } from './lint/reporters/index.js';
export { resolveConfig } from './lint/resolve.js';
export { createResult } from './lint/result.js';
export { ruleById, rules } from './lint/rules/index.js';
export type * from './lint/types.js';
export type { InputFormat, ParseOptions } from './parse.js';
export { parse, resolveFormat } from './parse.js';
export { copydeskParse } from './plugins/parse.js';
export { copydeskStringifyHtml } from './plugins/stringify-html.js';
export { copydeskStringifyJson } from './plugins/stringify-json.js';
export { copydeskStringifyMarkdown } from './plugins/stringify-markdown.js';
export type { Decoded, DecodeWarning } from './read/decode.js';
export { decode } from './read/decode.js';
export { readMarkdown } from './read/markdown.js';
export { looksLikeMarkdown } from './read/sniff.js';
export type { ReadResult } from './read/text.js';
export { readText } from './read/text.js';
export { sameWords, treeText, withoutPositions } from './tree/compare.js';
export { LineIndex, SourceMap } from './tree/source-map.js';
export type * from './tree/types.js';
export type { HtmlOptions } from './write/html/index.js';
export { htmlHandlers, toArticleElement, toHtml } from './write/html/index.js';
export type { JsonOptions } from './write/json.js';
export { toJson } from './write/json.js';
export type { MarkdownOptions } from './write/markdown/index.js';
export { markdownHandlers, toMarkdown } from './write/markdown/index.js';
