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
import { nearestId } from './nearest-id.js';

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

/** A rule id in a comment that names no rule, and where it stands. */
export interface UnknownDirectiveRule {
  readonly ruleId: string;
  /** The comment it stands in: `copydesk-disable-next-line`, … */
  readonly comment: string;
  /** The known id nearest in spelling, when one is near (two edits or fewer). */
  readonly suggestion: string | undefined;
  /** Offset of the id in the source. */
  readonly offset: number;
}

/** The directives of a source: the check, and the ids that name no rule. */
export interface Directives {
  readonly disabled: DisabledCheck;
  readonly unknown: readonly UnknownDirectiveRule[];
}

const commentPattern = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

const never: DisabledCheck = () => false;

/**
 * Read the directive comments of a source text.
 *
 * @param source The source text.
 * @param knownRules The ids of every rule, on or off: a comment naming another id (`dash-styel`)
 *   would switch nothing off without a word, so it is returned to be reported, as eslint reports
 *   a directive naming an unknown rule.
 * @returns A check for whether a rule is disabled at an offset, and the unknown ids.
 */
export function parseDirectives(source: string, knownRules: ReadonlySet<string>): Directives {
  if (!source.includes('copydesk-')) return { disabled: never, unknown: [] };
  const directives: Directive[] = [];
  const unknown: UnknownDirectiveRule[] = [];
  for (const match of source.matchAll(commentPattern)) {
    const names: string[] = [];
    const listStart = match.index + match[0].length - 3 - (match[2] ?? '').length;
    for (const name of (match[2] ?? '').matchAll(/[^\s,]+/g)) {
      names.push(name[0]);
      if (knownRules.has(name[0])) continue;
      unknown.push({
        ruleId: name[0],
        comment: `copydesk-${match[1]}`,
        suggestion: nearestId(name[0], knownRules, 2),
        offset: listStart + name.index,
      });
    }
    directives.push({
      kind: match[1] as Directive['kind'],
      rules: names.length > 0 ? names : undefined,
      offset: match.index,
    });
  }
  if (directives.length === 0) return { disabled: never, unknown };
  // Each rule's comments are gathered once and searched by offset: reading every comment for
  // every message was quadratic in a draft with many of both (20,000 `disable-next-line`
  // comments, each before a dash, 1.4 MB: 16 s to lint, now 0.7 s).
  const byRule = new Map<string, RuleDirectives>();
  const disabled: DisabledCheck = (ruleId, offset) => {
    let ruleDirectives = byRule.get(ruleId);
    if (ruleDirectives === undefined) {
      ruleDirectives = directivesOf(directives, source, ruleId);
      byRule.set(ruleId, ruleDirectives);
    }
    return isDisabled(ruleDirectives, offset ?? 0);
  };
  return { disabled, unknown };
}

/** The comments that apply to one rule. */
interface RuleDirectives {
  /** Offsets of its `disable` and `enable` comments, in source order. */
  readonly offsets: readonly number[];
  /** Whether each of them disables. */
  readonly disables: readonly boolean[];
  /**
   * Where the lines its `disable-next-line` comments cover start, in order (two such lines are
   * the same line or apart), and where they end.
   */
  readonly lineStarts: readonly number[];
  readonly lineEnds: readonly number[];
}

function directivesOf(directives: readonly Directive[], source: string, ruleId: string): RuleDirectives {
  const offsets: number[] = [];
  const disables: boolean[] = [];
  const lineStarts: number[] = [];
  const lineEnds: number[] = [];
  for (const directive of directives) {
    if (directive.rules && !directive.rules.includes(ruleId)) continue;
    if (directive.kind === 'disable-next-line') {
      const [start, end] = nextLine(source, directive.offset);
      lineStarts.push(start);
      lineEnds.push(end);
    } else {
      offsets.push(directive.offset);
      disables.push(directive.kind === 'disable');
    }
  }
  return { offsets, disables, lineStarts, lineEnds };
}

/**
 * Whether a rule is off at an offset: on the line after one of its `disable-next-line` comments,
 * or after a `disable` with no `enable` since (a comment at the offset itself counts).
 */
function isDisabled(directives: RuleDirectives, offset: number): boolean {
  const line = countAtOrBefore(directives.lineStarts, offset) - 1;
  if (line >= 0 && offset < (directives.lineEnds[line] as number)) return true;
  return directives.disables[countAtOrBefore(directives.offsets, offset) - 1] ?? false;
}

/** How many of some sorted values are at or before `offset`, by binary search. */
function countAtOrBefore(values: readonly number[], offset: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The offsets `[start, end)` of the line after the one holding `offset`. */
function nextLine(source: string, offset: number): [number, number] {
  const newline = source.indexOf('\n', offset);
  if (newline < 0) return [source.length, source.length];
  const next = source.indexOf('\n', newline + 1);
  return [newline + 1, next < 0 ? source.length : next];
}
