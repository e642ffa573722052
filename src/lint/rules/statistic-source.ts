/**
 * statistic-source: a figure says where it comes from.
 *
 * Why: numbers carry authority; a casualty count, a growth rate or a poll result without a
 * source cannot be checked. The source belongs in the same sentence ("according to the health
 * ministry") or at least in the same paragraph ("…, the company said").
 *
 * Options: `kinds` — which statistic kinds need a source (default money, percent, count,
 * ratio; ages, scores and measures describe, rather than claim). A small count with no
 * qualifier ("the two countries", "six streets") describes too, and needs none; "at least
 * seven" is a claim.
 *
 * ok: `At least 7,000 people are unaccounted for, according to the health ministry.`
 *
 * not ok: `At least 7,000 people are unaccounted for.`
 */
import type { Nodes } from 'mdast';
import { endsLikeProse, phrasingText } from '../../detect/text.js';
import type { Statistic, StatisticKind } from '../../tree/types.js';
import { SKIP, visit } from '../../tree/visit.js';
import { ruleUrl } from '../docs.js';
import { code } from '../format.js';
import { stringListOption } from '../options.js';
import type { Finding, Rule } from '../types.js';

interface Options {
  kinds: readonly StatisticKind[];
}

const allKinds = ['money', 'percent', 'count', 'measure', 'ratio', 'age', 'score', 'other'] as const;

/**
 * Words that attribute a claim. The detector fills `source` when it can name who; a paragraph
 * with one of these still tells the reader where its figures come from.
 */
const attribution =
  /\b(?:said|says|say|according to|told|reported|reports|estimated?|estimates|showed|shows|show|figures? (?:from|by|released|published)|data (?:from|by|released|published)|survey|poll|census|statement|forecasts?|announced|calculated|compiled)\b/i;

export const statisticSource: Rule<Options> = {
  meta: {
    id: 'statistic-source',
    description: 'A figure has a source in its sentence or paragraph',
    // Advice rather than a defect: business copy often sources a whole story once, up top.
    severity: 'info',
    recommended: true,
    fixable: false,
    url: ruleUrl('statistic-source'),
  },
  defaults: Object.freeze({ kinds: Object.freeze(['money', 'percent', 'count', 'ratio'] as StatisticKind[]) }),
  schema: { kinds: stringListOption(allKinds) },
  check(tree, { options }) {
    const findings: Finding[] = [];
    visit(tree as Nodes, 'paragraph', (paragraph) => {
      const statistics: Statistic[] = [];
      visit(paragraph, 'statistic', (node: Statistic) => {
        statistics.push(node);
      });
      if (statistics.length === 0) return SKIP;
      const text = phrasingText(paragraph.children);
      // Tables in wire copy ("Shr 68 cts vs 58 cts") are sourced by the story around them.
      if (!endsLikeProse(text.trimEnd()) || attribution.test(text)) return SKIP;
      // One message per paragraph: the source is missing from the paragraph, not from each figure.
      const node = statistics.find(
        (statistic) => !statistic.source && options.kinds.includes(statistic.kind) && !isSmallCount(statistic),
      );
      if (node) {
        findings.push({
          message: `Missing source for ${code(phrasingText(node.children))}, expected an attribution such as \`according to …\` in its paragraph`,
          node,
        });
      }
      return SKIP;
    });
    return findings;
  },
};

/**
 * A count under ten with no qualifier: "the two neighbouring countries", "six streets". On the
 * BBC corpus these were 125 of the rule's 661 messages, and none was a claim to source.
 */
function isSmallCount(statistic: Statistic): boolean {
  return statistic.kind === 'count' && statistic.qualifier === null && Math.abs(statistic.value) < 10;
}
