import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toJson } from '../../src/write/json.js';
import { smallArticle } from '../helpers/article.js';

describe('toJson', () => {
  it('should pretty-print the tree with two spaces and a trailing newline', () => {
    const tree = smallArticle();
    expect(toJson(tree)).toBe(`${JSON.stringify(tree, null, 2)}\n`);
  });

  it('should keep positions by default', () => {
    const json = JSON.parse(toJson(parse('Headline\n\nText.', { from: 'text' })));
    expect(json.children[1].position).toEqual({
      start: { line: 3, column: 1, offset: 10 },
      end: { line: 3, column: 6, offset: 15 },
    });
  });

  it('should leave out every position with `position: false`, and nothing else', () => {
    const tree = parse('Headline\n\nBy Jane Doe\n\nLONDON — Text.\n\n(PC)', { from: 'text', file: 'a.txt' });
    const json = toJson(tree, { position: false });
    expect(json).not.toContain('"position"');
    expect(JSON.parse(json)).toEqual(
      JSON.parse(JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value))),
    );
  });

  it('should write one line with `indent: 0` (for NDJSON)', () => {
    const json = toJson(smallArticle(), { indent: 0 });
    expect(json).toBe(`${JSON.stringify(smallArticle())}\n`);
    expect(json.split('\n')).toHaveLength(2);
  });

  it('should keep the root data (file, format, counts)', () => {
    const json = JSON.parse(toJson(parse('Headline\n\nThe ferry left.', { from: 'text', file: 'story.txt' })));
    expect(json.data).toMatchObject({ file: 'story.txt', format: 'text', counts: { paragraphs: 1, sections: 0 } });
  });

  it('should give the same text for the same tree', () => {
    expect(toJson(smallArticle())).toBe(toJson(smallArticle()));
  });
});
