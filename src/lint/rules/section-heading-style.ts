/**
 * section-heading-style: section headings are short labels, not sentences or shouting.
 *
 * Why: crossheads break up a long story for scanning; they work when they are a few words, in
 * sentence case, without a full stop or a colon at the end. Capitals read as shouting and are
 * harder to scan.
 *
 * Options: `maxWords` (default 10).
 *
 * ok: `## Palestinian resistance`
 *
 * not ok: `## THE RESISTANCE MEETS IN TEHRAN.`
 */
import type { Heading, Nodes } from 'mdast';
import { visit } from '../../tree/visit.js';
import { isAllCaps, wordsOf } from '../case.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { isVerbatim, mapBlock, sourceRange } from '../mapped-text.js';
import { integerOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  /** Longest heading, in words. */
  maxWords: number;
}

export const sectionHeadingStyle: Rule<Options> = {
  meta: {
    id: 'section-heading-style',
    description: 'Section headings are short, not in capitals, without a final full stop',
    severity: 'warning',
    recommended: true,
    fixable: false,
    url: ruleUrl('section-heading-style'),
  },
  defaults: Object.freeze({ maxWords: 10 }),
  schema: { maxWords: integerOption(1) },
  check(tree, { options, source }) {
    const findings: Finding[] = [];
    visit(tree as Nodes, 'section', (section) => {
      const heading = section.children[0];
      if (heading?.type !== 'heading') return;
      findings.push(...checkHeading(heading, options, source));
    });
    return findings;
  },
};

function checkHeading(heading: Heading, options: Readonly<Options>, source: string | undefined): Finding[] {
  const findings: Finding[] = [];
  const mapped = mapBlock(heading, source);
  const text = mapped.text.trimEnd();
  if (isAllCaps(text)) {
    findings.push({ message: 'Unexpected capitals in section heading, expected sentence case', node: heading });
  }
  const words = wordsOf(text).length;
  if (words > options.maxWords) {
    findings.push({
      message: `Unexpected section heading of \`${words}\` words, expected at most \`${options.maxWords}\``,
      node: heading,
    });
  }
  const end = /[.:;,]$/.exec(text);
  // "Inc." and "U.S." end with an abbreviation's stop.
  if (end && !/(?:\b\p{Lu}\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr)\.)$/u.test(text)) {
    const from = end.index;
    findings.push({
      message: `Unexpected ${code(end[0])} at the end of a section heading, expected none`,
      node: heading,
      range: isVerbatim(mapped, from, from + 1) ? sourceRange(mapped, from, from + 1) : undefined,
    });
  }
  return findings;
}
