import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { frontMatterProblem, frontMatterValue } from '../../src/read/front-matter.js';

describe('frontMatterProblem', () => {
  it('should place an unclosed flow sequence on the draft line, after the opening fence', () => {
    expect(frontMatterProblem('---\ntitle: [unclosed\n---\n\n# Head\n')).toEqual({
      reason: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      line: 2,
      column: 17,
      offset: 20,
    });
  });

  it('should place a problem on a later line of the YAML', () => {
    expect(frontMatterProblem('---\nslug: a\ntitle: "unclosed\nother: b\n---\n\nText.\n')).toMatchObject({
      reason: 'Missing closing "quote',
      line: 4,
    });
    expect(frontMatterProblem('---\nslug: a\nslug: b\n---\n')).toMatchObject({
      reason: 'Map keys must be unique',
      line: 3,
      column: 1,
      offset: 12,
    });
  });

  it('should count from after a byte-order mark, and read CRLF and fences with trailing blanks', () => {
    expect(frontMatterProblem('\ufeff---  \r\nslug: a\r\nkey: @x\r\n--- \t\r\n\r\nText.\r\n')).toMatchObject({
      reason: 'Plain value cannot start with reserved character @',
      line: 3,
      column: 6,
      offset: 21,
    });
  });

  it.each([
    ['valid YAML', '---\ntitle: Plan\ntags: [a, b]\n---\n\nText.\n'],
    ['a valid scalar that looks like broken YAML once read', '---\n"[unclosed"\n---\n'],
    ['an empty block', '---\n---\n\nText.\n'],
    ['no front matter', '# Head\n\ntitle: [unclosed\n'],
    ['an opening fence that is not on the first line', '\n---\ntitle: [unclosed\n---\n'],
    ['no closing fence', '---\ntitle: [unclosed\n\nText.\n'],
    ['a fence with text after it', '--- x\ntitle: [unclosed\n---\n'],
  ])('should find nothing for %s', (_name, text) => {
    expect(frontMatterProblem(text)).toBeUndefined();
  });

  it('should find a problem exactly when parse keeps the front matter as text', () => {
    for (const text of [
      '---\ntitle: [unclosed\n---\n\n# Head\n',
      '---\ntitle: ok\n---\n\n# Head\n',
      '---\r\na: 1\r\na: 2\r\n---\r\n\r\n# Head\r\n',
      '---\n"[unclosed"\n---\n\n# Head\n',
    ]) {
      const kept = parse(text, { from: 'markdown' }).data?.frontMatter;
      const yaml = text.replace(/^---\r?\n/, '').replace(/\r?\n---[\s\S]*$/, '');
      expect(frontMatterProblem(text) !== undefined, text).toBe(
        kept !== undefined && Object.keys(kept).length === 1 && kept['value'] === yaml,
      );
    }
  });
});

describe('frontMatterValue', () => {
  it('should read a mapping, keep another value under `value`, and keep invalid YAML as text', () => {
    expect(frontMatterValue('title: Plan')).toEqual({ title: 'Plan' });
    expect(frontMatterValue('- a')).toEqual({ value: ['a'] });
    expect(frontMatterValue('title: [unclosed')).toEqual({ value: 'title: [unclosed' });
  });
});
