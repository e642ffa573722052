/**
 * Comments that switch rules off for part of a document, as in markdownlint and remark-lint:
 *
 * ```markdown
 * <!-- copydesk-disable number-style -->
 * …figures quoted from a table…
 * <!-- copydesk-enable number-style -->
 * <!-- copydesk-disable-next-line sentence-length -->
 * ```
 *
 * Without rule ids a comment applies to every rule. A `disable` runs from where the comment
 * stands to the matching `enable` (or the end of the file); `disable-next-line` covers the line
 * after the comment. A comment at the top of the file covers whole-document rules such as
 * headline-required, whose messages point at the start.
 */

/** One comment, in source order. */
interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** The rules named, or undefined for all. */
  readonly rules: readonly string[] | undefined;
  /** Offset of the comment's start. */
  readonly offset: number;
}

/** Decides whether a message at an offset is switched off. */
export type DisabledCheck = (ruleId: string, offset: number | undefined) => boolean;

const commentPattern = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

/**
 * Read the directive comments of a source text.
 *
 * @param source The source text.
 * @returns A check for whether a rule is disabled at an offset.
 */
export function parseDirectives(source: string): DisabledCheck {
  if (!source.includes('copydesk-')) return () => false;
  const directives: Directive[] = [];
  for (const match of source.matchAll(commentPattern)) {
    const names = (match[2] ?? '')
      .split(/[\s,]+/)
      .map((name) => name.trim())
      .filter((name) => name.length > 0);
    directives.push({
      kind: match[1] as Directive['kind'],
      rules: names.length > 0 ? names : undefined,
      offset: match.index,
    });
  }
  if (directives.length === 0) return () => false;
  return (ruleId, offset) => isDisabled(directives, source, ruleId, offset ?? 0);
}

function isDisabled(directives: readonly Directive[], source: string, ruleId: string, offset: number): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (directive.rules && !directive.rules.includes(ruleId)) continue;
    if (directive.kind === 'disable-next-line') {
      const [start, end] = nextLine(source, directive.offset);
      if (offset >= start && offset < end) return true;
      continue;
    }
    if (directive.offset > offset) break;
    disabled = directive.kind === 'disable';
  }
  return disabled;
}

/** The offsets `[start, end)` of the line after the one holding `offset`. */
function nextLine(source: string, offset: number): [number, number] {
  const newline = source.indexOf('\n', offset);
  if (newline < 0) return [source.length, source.length];
  const next = source.indexOf('\n', newline + 1);
  return [newline + 1, next < 0 ? source.length : next];
}
