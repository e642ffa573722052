/**
 * `copydesk extract` on the attribution shapes of 2020s copy (wire, web and local news), through
 * the spawned CLI: who a quote or a figure is attributed to.
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

/** The CSV rows (without the header) of `extract <what>` on an article made of `body`. */
function rows(what: 'quotes' | 'statistics', body: string): string[] {
  const result = spawnCli(['extract', what, '--to', 'csv'], { input: `Headline for the test\n\n${body}\n` });
  expect(result.code).toBe(0);
  return result.stdout.trimEnd().split('\n').slice(1);
}

describe('copydesk extract: attribution in 2020s copy (spawned bin)', () => {
  it('should name police as the speaker and the source', () => {
    expect(rows('quotes', '"A man has been arrested," police said.')[0]).toContain(',direct,police,said,');
    expect(rows('statistics', 'Twelve people were arrested, police said.')[0]).toMatch(/,police,/);
  });

  it('should keep "Three sources familiar with the matter" whole as the source', () => {
    const [, figure] = rows(
      'statistics',
      'Three sources familiar with the matter told Reuters that the kingdom wanted a cut of 500,000 bpd.',
    );
    expect(figure).toMatch(/,Three sources familiar with the matter,/);
  });

  it('should name the speaker before an age and a description', () => {
    expect(rows('quotes', 'John Smith, 45, a father of three, said: "I have lost everything."')[0]).toContain(
      ',direct,John Smith,said,',
    );
  });

  it('should name who posted on X, without a local title', () => {
    expect(rows('quotes', '"Game on," Musk posted on X.')[0]).toContain(',direct,Musk,posted,');
    expect(rows('quotes', 'Cllr Sarah Patel said: "We will act."')[0]).toContain(',direct,Sarah Patel,said,');
  });

  it('should source a figure to "official results" as written', () => {
    expect(rows('statistics', 'The Conservatives took 23.7%, according to official results.')[0]).toMatch(
      /,official results,/,
    );
  });

  it('should read "the Seattle-based company" as the company named before', () => {
    expect(
      rows('statistics', 'Amazon said it raised prices. Revenue rose 5%, the Seattle-based company said.')[0],
    ).toMatch(/,Amazon,/);
  });

  it('should source a figure to "the report found" and "Eurostat data showed" after it', () => {
    expect(rows('statistics', 'Emissions must fall 42%, the report found.')[0]).toMatch(/,the report,/);
    expect(rows('statistics', 'Inflation eased to 4.3% in September, Eurostat data showed.')[0]).toMatch(/,Eurostat,/);
  });
});
