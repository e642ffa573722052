import { describe, expect, it } from 'vitest';
import { formatRecords } from '../../src/extract/format.js';
import { extractRecords } from '../../src/extract/records.js';
import { parse } from '../../src/parse.js';
import { displayWidth } from '../../src/terminal-text.js';

const article = [
  'Council votes to close library',
  '',
  'By Jane Doe and John Roe',
  '',
  'LONDON, March 3 (Reuters) - The council voted on Tuesday to close the central library.',
  '',
  '(Reporting by Jane Doe; Editing by Ann Poe)',
].join('\n');

describe('extractRecords', () => {
  it('should list byline authors, the dateline agency and source tags as sources, in order', () => {
    const records = extractRecords(parse(article), 'sources', 'story.txt');
    expect(
      records.map((record) => [record.line, 'name' in record ? record.name : '', 'role' in record ? record.role : '']),
    ).toEqual([
      [3, 'Jane Doe', 'author'],
      [3, 'John Roe', 'author'],
      [5, 'Reuters', 'agency'],
      [7, 'Jane Doe', 'reporting'],
      [7, 'Ann Poe', 'editing'],
    ]);
    expect(records[0]).toMatchObject({ file: 'story.txt', column: 1, endLine: 3, endColumn: 25, from: 'byline' });
  });
});

describe('formatRecords', () => {
  const records = extractRecords(parse(article), 'sources', 'story.txt');

  it('should write CSV with a header and quote fields that need it', () => {
    const csv = formatRecords(records, 'sources', 'csv');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe('file,line,column,name,role,from,text,endLine,endColumn');
    expect(lines[5]).toBe('story.txt,7,1,Ann Poe,editing,sourceTags,(Reporting by Jane Doe; Editing by Ann Poe),7,44');
    expect(lines).toHaveLength(6);
  });

  describe('spreadsheet formulas', () => {
    const risky = [
      'Figures fall',
      '',
      '"=HYPERLINK(1) is all they offer," said Jane Doe.',
      '',
      'Temperatures fell to -5 degrees on Tuesday.',
    ].join('\n');

    it("should prefix text cells a spreadsheet would run with ' and leave numbers alone", () => {
      const quotes = formatRecords(extractRecords(parse(risky), 'quotes', '@story.txt'), 'quotes', 'csv');
      expect(quotes.split('\n')[1]).toMatch(/^'@story\.txt,3,1,direct,Jane Doe,said,"'=HYPERLINK\(1\) is all/);
      const figures = formatRecords(extractRecords(parse(risky), 'statistics', 'story.txt'), 'statistics', 'csv');
      expect(figures.split('\n')[2]).toBe("story.txt,5,22,'-5 degrees,-5,,measure,degree,,,5,32");
    });

    it('should leave every cell as it is when asked', () => {
      const records = extractRecords(parse(risky), 'statistics', 'story.txt');
      expect(formatRecords(records, 'statistics', 'csv', { escapeFormulas: false }).split('\n')[2]).toBe(
        'story.txt,5,22,-5 degrees,-5,,measure,degree,,,5,32',
      );
    });

    it('should not touch the other formats', () => {
      const records = extractRecords(parse(risky), 'quotes', 'story.txt');
      expect(JSON.parse(formatRecords(records, 'quotes', 'json'))[0].text).toMatch(/^=HYPERLINK/);
    });
  });

  it('should write one JSON object per line for NDJSON', () => {
    const lines = formatRecords(records, 'sources', 'ndjson').trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ name: 'Reuters', role: 'agency', from: 'dateline', line: 5 });
  });

  it('should write a JSON array', () => {
    expect(JSON.parse(formatRecords(records, 'sources', 'json'))).toHaveLength(5);
  });

  it('should lay out a table of 200,000 records', () => {
    // The column widths were found with `Math.max(...widths)`, one argument per record: a
    // RangeError (call stack exceeded) from about 120,000 records.
    const records = Array.from({ length: 200_000 }, (_, index) => ({
      file: 'scores.txt',
      line: 3,
      column: 1 + index * 3,
      endLine: 3,
      endColumn: 3 + index * 3,
      text: '12',
      value: 12,
      high: null,
      kind: 'count' as const,
      unit: null,
      qualifier: null,
      source: null,
    }));
    const lines = formatRecords(records, 'statistics', 'table').trimEnd().split('\n');
    expect(lines).toHaveLength(200_002);
    expect(lines[2]).toMatch(/^scores\.txt:3:1 +12 +12 +count$/);
  });

  it('should never cut a number in the table, and show a range whole', () => {
    const figures = extractRecords(
      parse('Figures story\n\nThe deal was worth 1,200,000,000 dollars, and prices rose 5-7% this year.\n'),
      'statistics',
      'fig.txt',
    );
    const lines = formatRecords(figures, 'statistics', 'table', { width: 40 }).split('\n');
    expect(lines[2]).toContain(' 1200000000 ');
    expect(lines[3]).toContain(' 5–7 ');
  });

  it('should align table columns by terminal columns after CJK text, and draw control characters', () => {
    const text =
      'Tokyo story\n\n"東京の予算は大きい and growing fast," said Jane Doe.\n\n"We are \u001b[31mred\u001b[0m and proud of it," said Ann Poe.\n';
    const records = extractRecords(parse(text), 'quotes', '東京.txt');
    const lines = formatRecords(records, 'quotes', 'table', { width: 200 }).trimEnd().split('\n');
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines[3]).toContain('We are \u241b[31mred\u241b[0m and proud of it,');
    // The place column holds wide characters: "kind" and "direct" still start at one column.
    const kindAt = (line: string, word: string) => displayWidth(line.slice(0, line.indexOf(word)));
    expect([kindAt(lines[2] as string, 'direct'), kindAt(lines[3] as string, 'direct')]).toEqual([
      kindAt(lines[0] as string, 'kind'),
      kindAt(lines[0] as string, 'kind'),
    ]);
    const narrow = formatRecords(records, 'quotes', 'table', { width: 50 }).trimEnd().split('\n');
    for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(50);
  });

  it('should fit a table to the width, cutting the last column with an ellipsis', () => {
    const table = formatRecords(records, 'sources', 'table', { width: 60 });
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^place\s+name\s+role\s+from$/);
    expect(lines[2]).toMatch(/^story\.txt:3:1\s+Jane Doe\s+author\s+byline$/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('should fit a quote table to narrow and wide terminals, keeping the place whole', () => {
    const speaker = 'the Resistance News Network Telegram channel';
    const tree = parse(`Headline here\n\n"We will go on fighting until the end of it all," according to ${speaker}.`);
    const records = extractRecords(tree, 'quotes', 'fixtures/seed/article.txt');
    for (const width of [80, 100, 120]) {
      const lines = formatRecords(records, 'quotes', 'table', { width }).trimEnd().split('\n');
      for (const line of lines) expect(line.length, `${width} columns`).toBeLessThanOrEqual(width);
      expect(lines[2]).toMatch(/^fixtures\/seed\/article\.txt:3:1 /);
    }
    // Wide enough for everything: nothing is cut.
    const wide = formatRecords(records, 'quotes', 'table', { width: 200 });
    expect(wide).toContain(speaker);
    expect(wide).not.toContain('…');
  });

  it('should say so when there is nothing to list', () => {
    expect(formatRecords([], 'quotes', 'table')).toBe('no quotes found\n');
    expect(formatRecords([], 'quotes', 'ndjson')).toBe('');
  });
});

describe('formatRecords table without a width', () => {
  it('should cut nothing when the width is unlimited (output to a pipe or a file)', () => {
    const long = `${'A very long speaker name '.repeat(3)}`.trim();
    const tree = parse(`Headline here\n\n"It is done," said ${long}.`);
    const table = formatRecords(extractRecords(tree, 'quotes', 'x.txt'), 'quotes', 'table', {
      width: Number.POSITIVE_INFINITY,
    });
    expect(table).not.toContain('…');
    expect(table).toContain('It is done,');
  });
});
