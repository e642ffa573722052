import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint/engine.js';
import type { ArticleRoot } from '../../../src/tree/types.js';
import { check } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';

describe('quote-attribution', () => {
  it('should accept a quote with a speaker', () => {
    const text = `${headline}"Our financial performance was strong," chairman Richard Parsons said.\n`;
    expect(check('quote-attribution', text)).toEqual([]);
  });

  it('should accept a quote attributed to a pronoun no earlier name explains ("…," she said)', () => {
    const text = `${headline}"We will fight on for the city and for everyone in it," she said.\n`;
    expect(check('quote-attribution', text)).toEqual([]);
  });

  it('should report a direct quote without a speaker', () => {
    const text = `${headline}"Our financial performance was strong and we met every objective."\n`;
    expect(check('quote-attribution', text)).toEqual([
      '3:1-3:67: Missing speaker for this quotation, expected an attribution such as `, she said`',
    ]);
  });

  it('should leave a quoted claim in the headline alone, as headlines have no room for a speaker', () => {
    const text =
      "Rank 'set to sell off film unit'\n\nLeisure group Rank could unveil plans to demerge its film unit and sell its media business.\n";
    expect(check('quote-attribution', text)).toEqual([]);
  });

  it('should read quote nodes, with or without the source', () => {
    const quote = {
      type: 'quote' as const,
      kind: 'direct' as const,
      speaker: null,
      cue: null,
      marks: ['“', '”'] as [string, string],
      children: [{ type: 'text' as const, value: 'We will grow again next year' }],
      position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 31, offset: 30 } },
    };
    const tree: ArticleRoot = { type: 'root', children: [{ type: 'paragraph', children: [quote] }] };
    const messages = lint(tree, { config: { extends: 'strict', rules: { 'quote-attribution': 'warn' } } });
    expect(messages.filter((message) => message.ruleId === 'quote-attribution').map((message) => message.line)).toEqual(
      [1],
    );
  });

  it('should skip fragments shorter than `minWords`', () => {
    const text = `${headline}The plan was "dead on arrival" in Congress, analysts said.\n`;
    expect(check('quote-attribution', text, { options: { minWords: 5 } })).toEqual([]);
  });
});
