import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown } from '../../src/read/sniff.js';

describe('looksLikeMarkdown', () => {
  it.each([
    ['an ATX heading', 'Intro\n\n## Section\n\nText.'],
    ['a headline heading', '# Headline\n\nText.'],
    ['YAML front matter', '---\ntitle: x\n---\n\nText.'],
    ['an inline link', 'See [the report](https://example.org/r.pdf) for details.'],
    ['strong emphasis', 'This is **very** important.'],
    ['a fenced code block', 'Text.\n\n```\ncode\n```\n'],
    ['a table', 'Results\n\n| Party | Seats |\n| :--- | ---: |\n| Labour | 412 |\n'],
    ['a table without outer pipes, with CRLF', 'Results\r\n\r\nParty | Seats\r\n--- | ---\r\nLabour | 412\r\n'],
    ['a one-column table', 'Results\n\n| Party |\n| - |\n'],
  ])('should say yes to %s', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(true);
  });

  it.each([
    ['Reuters wire copy', 'COCOA REVIEW\n\n    SALVADOR, Feb 26 - Showers continued.\n    More text.\n Reuter\n'],
    ['a ticker in angle brackets', 'ACME <ACME> SETS DIVIDEND\n\n    Qtly div 15 cts vs 12 cts\n'],
    ['a hashtag', '#news is trending\n\nText.'],
    ['asterisks used as bullets or footnotes', '* Shares fell.\n* Bonds rose.\nPrices*\n'],
    ['a double dash', 'WASHINGTON -- The Senate voted.'],
    ['brackets that are not a link', 'He said [sic] it (again).'],
    ['a lone pair of asterisks', 'a ** b'],
    ['a pipe in running text over a rule', 'Prices | yields\n---\nText.'],
    ['a pipe over a line of dashes and words', 'a | b\n-- and more --\n'],
    ['a BBC story', 'Rail fares to rise\n\nFares will rise by 3% in January, the rail firms said.\n'],
  ])('should say no to %s', (_name, text) => {
    expect(looksLikeMarkdown(text)).toBe(false);
  });
});
