/**
 * The registry of lint rules, sorted by id. Adding a rule: create `<rule-id>.ts` exporting one
 * `Rule`, list it here, and document it in the README's rule table (the shared rule test checks
 * all three).
 */

import type { Rule } from '../types.js';
import { apostrophes } from './apostrophes.js';
import { bylineFormat } from './byline-format.js';
import { bylineRequired } from './byline-required.js';
import { dashStyle } from './dash-style.js';
import { datelineFormat } from './dateline-format.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { ellipsis } from './ellipsis.js';
import { emptySection } from './empty-section.js';
import { headlineCase } from './headline-case.js';
import { headlineLength } from './headline-length.js';
import { headlineRequired } from './headline-required.js';
import { nestedQuoteStyle } from './nested-quote-style.js';
import { numberStyle } from './number-style.js';
import { paragraphLength } from './paragraph-length.js';
import { quoteAttribution } from './quote-attribution.js';
import { quoteBalance } from './quote-balance.js';
import { quoteMarksConsistent } from './quote-marks-consistent.js';
import { sectionHeadingStyle } from './section-heading-style.js';
import { sentenceLength } from './sentence-length.js';
import { sourceTagsRequired } from './source-tags-required.js';
import { statisticSource } from './statistic-source.js';
import { whitespace } from './whitespace.js';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = Object.freeze([
  apostrophes,
  bylineFormat,
  bylineRequired,
  dashStyle,
  datelineFormat,
  duplicateParagraph,
  ellipsis,
  emptySection,
  headlineCase,
  headlineLength,
  headlineRequired,
  nestedQuoteStyle,
  numberStyle,
  paragraphLength,
  quoteAttribution,
  quoteBalance,
  quoteMarksConsistent,
  sectionHeadingStyle,
  sentenceLength,
  sourceTagsRequired,
  statisticSource,
  whitespace,
]);

/** Rules by id. */
export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.meta.id, rule]));
