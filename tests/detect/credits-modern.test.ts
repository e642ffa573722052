/**
 * Bylines and closing credits as 2020s web copy sets them: credits with a news site's footer
 * under them, an outlet typed on the byline's next line, Bloomberg's closing credits.
 */
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/detect/byline.js';
import { isFooterLine, parseSourceTags } from '../../src/detect/source-tags.js';
import { parse } from '../../src/parse.js';
import type { ArticleRoot } from '../../src/tree/types.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { paragraph } from '../helpers/build.js';

/** The types of an article's blocks. */
function types(tree: ArticleRoot): string[] {
  return tree.children.map((node) => node.type);
}

/** The tags of every source-tags node, as `[name, role]`. */
function credits(tree: ArticleRoot): Array<[string, string | null]> {
  return tree.children.flatMap((node) =>
    node.type === 'sourceTags' ? node.tags.map((tag): [string, string | null] => [tag.name, tag.role]) : [],
  );
}

/** The text of a block of one text node. */
function textOf(node: RootContent | undefined): string | undefined {
  const child = node && 'children' in node ? node.children[0] : undefined;
  return child?.type === 'text' ? child.value : undefined;
}

const reutersStory = [
  'OPEC+ weighs deeper cuts',
  '',
  'LONDON, Nov 20 (Reuters) - OPEC+ is weighing deeper oil output cuts, sources said.',
  '',
  '(Reporting by Alex Lawler; Editing by David Goodman)',
  '',
  'Our Standards: The Thomson Reuters Trust Principles.',
].join('\n');

const apStory = [
  'Senate passes stopgap bill',
  '',
  'WASHINGTON (AP) — The Senate passed a stopgap spending bill late on Wednesday.',
  '',
  'Associated Press writer Kevin Freking contributed to this report.',
  '',
  'Follow AP coverage of the election at https://apnews.com/hub/election-2024',
].join('\n');

describe('credits above a news site footer', () => {
  it('should read Reuters\' credit above "Our Standards: …", and keep the footer a paragraph', () => {
    const tree = parse(reutersStory, { from: 'text' });
    expect(types(tree)).toEqual(['headline', 'paragraph', 'sourceTags', 'paragraph']);
    expect(credits(tree)).toEqual([
      ['Alex Lawler', 'reporting'],
      ['David Goodman', 'editing'],
    ]);
    expect(textOf(tree.children[3])).toBe('Our Standards: The Thomson Reuters Trust Principles.');
  });

  it('should read AP\'s contributor line above "Follow AP coverage …"', () => {
    const tree = parse(apStory, { from: 'text' });
    expect(types(tree)).toEqual(['headline', 'paragraph', 'sourceTags', 'paragraph']);
    expect(credits(tree)).toEqual([
      ['Associated Press', 'agency'],
      ['Kevin Freking', 'additional reporting'],
    ]);
  });

  it("should read AP's credit above a rule and several footer lines", () => {
    const input = [
      'Storm hits coast',
      '',
      'MIAMI (AP) — The storm hit the coast on Monday.',
      '',
      'Associated Press writers Jane Doe in Tampa and John Roe contributed to this report.',
      '',
      '___',
      '',
      "Follow AP's coverage of hurricanes at https://apnews.com/hub/hurricanes",
      '',
      'The Associated Press receives support from several private foundations. The AP is solely responsible for all content.',
      '',
      'Copyright 2024 The Associated Press. All rights reserved.',
    ].join('\n');
    const tree = parse(input, { from: 'text' });
    expect(types(tree)).toEqual([
      'headline',
      'paragraph',
      'sourceTags',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(credits(tree).map(([name]) => name)).toEqual(['Associated Press', 'Jane Doe', 'John Roe']);
  });

  it('should read two credit lines above the footer, in order', () => {
    const input = [
      'Headline here',
      '',
      'The story.',
      '',
      '(Reporting by Ann Poe; Editing by Tom Hale)',
      '',
      '(Additional reporting by Grace Lam in Hong Kong)',
      '',
      'Sign up for our Morning Bid newsletter here.',
    ].join('\n');
    const tree = parse(input, { from: 'text' });
    expect(types(tree)).toEqual(['headline', 'paragraph', 'sourceTags', 'sourceTags', 'paragraph']);
    expect(credits(tree)).toEqual([
      ['Ann Poe', 'reporting'],
      ['Tom Hale', 'editing'],
      ['Grace Lam', 'additional reporting'],
    ]);
  });

  it('should read the credit in Markdown, with a rule (a thematic break) under it, and keep it on a round trip', () => {
    const input = `# Storm hits coast\n\nThe storm hit the coast.\n\n(Reporting by Ann Poe)\n\n___\n\nRelated: [Storm tracker](https://example.com/tracker)\n`;
    const tree = parse(input, { from: 'markdown' });
    expect(types(tree)).toEqual(['headline', 'paragraph', 'sourceTags', 'thematicBreak', 'paragraph']);
    const again = parse(toMarkdown(tree), { from: 'markdown' });
    expect(types(again)).toEqual(types(tree));
    expect(credits(again)).toEqual([['Ann Poe', 'reporting']]);
  });

  it('should keep every word of the footer (lossless)', () => {
    const tree = parse(apStory, { from: 'text' });
    const last = tree.children.at(-1);
    expect(last?.type).toBe('paragraph');
    expect(textOf(last)).toBe('Follow AP coverage of the election at https://apnews.com/hub/election-2024');
    expect(last?.position?.start.line).toBe(7);
  });

  it('should leave a footer line with no credit above it in the body', () => {
    const input = 'Headline here\n\nThe story goes on.\n\nCopyright 2024 The Associated Press. All rights reserved.';
    expect(types(parse(input, { from: 'text' }))).toEqual(['headline', 'paragraph', 'paragraph']);
  });

  it('should not take a credit-like line above a paragraph of the story', () => {
    const input = 'Headline here\n\nThe story.\n\n(Reporting by Ann Poe)\n\nThe story goes on after it.';
    expect(types(parse(input, { from: 'text' }))).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('should not take the first block for a credit, however many footer lines follow it', () => {
    const input = '(Reporting by Ann Poe)\n\nCopyright 2024 Reuters.';
    expect(types(parse(input, { from: 'text' }))).not.toContain('sourceTags');
  });
});

describe('isFooterLine', () => {
  it.each([
    ['Reuters\' "Our Standards"', 'Our Standards: The Thomson Reuters Trust Principles., opens new tab'],
    ['AP\'s "Follow AP\'s coverage"', "Follow AP's coverage of the war at https://apnews.com/hub/israel-hamas-war"],
    ['AP\'s "Follow AP coverage"', 'Follow AP coverage of the election at https://apnews.com/hub/election-2024'],
    ["a writer's social account", 'Follow Kevin Freking on X: https://x.com/kfreking'],
    [
      "AP's funding note",
      'The Associated Press’ climate and environmental coverage receives financial support from multiple private foundations.',
    ],
    ['"The Associated Press receives support"', 'The Associated Press receives support from several foundations.'],
    ['a newsletter', 'Sign up for our weekly newsletter here.'],
    ['a copyright line', 'Copyright 2024 The Associated Press. All rights reserved.'],
    ['a copyright sign', '© 2024 Bloomberg L.P.'],
    ['a republishing note', 'This article was originally published by The Conversation.'],
    ['a correction note', 'This story has been corrected to show the vote was on Tuesday.'],
    ["Reuters' refiling note", '(This story has been refiled to fix a typo in paragraph 3)'],
    ['a "Related:" line', 'Related: Storm tracker'],
    ['a "Read more:" line', 'Read more: How the storm formed'],
    ['a rule', '___'],
  ])('should read %s', (_name, value) => {
    expect(isFooterLine(paragraph(value))).toBe(true);
  });

  it.each([
    ['a sentence of the story', 'The council will meet again on Tuesday.'],
    ['a quotation', '"We will follow the coverage closely," she said.'],
    ['a credit line', '(Reporting by Ann Poe)'],
  ])('should reject %s', (_name, value) => {
    expect(isFooterLine(paragraph(value))).toBe(false);
  });
});

/** The authors of the byline of an article with this byline paragraph under its headline. */
function authorsOf(byline: string, from: 'text' | 'markdown' = 'text'): string[] | undefined {
  const tree = parse(`Storm hits coast\n\n${byline}\n\nThe storm hit the coast on Monday.\n`, { from });
  const node = tree.children.find((child) => child.type === 'byline');
  return node?.type === 'byline' ? node.authors : undefined;
}

describe('an outlet after the byline is no author', () => {
  it.each<[string, string, string[]]>([
    // The reader joins a byline's next line to it with a space.
    ['"BBC Sport at the Place" on the next line', 'By Simon Stone BBC Sport at the Etihad Stadium', ['Simon Stone']],
    ['"BBC News, Place" on the next line', 'By Jane Doe BBC News, Washington', ['Jane Doe']],
    ['"The Guardian" on the next line', 'By Jane Doe The Guardian', ['Jane Doe']],
    ['"BBC Verify" on the next line', 'By Jane Doe BBC Verify', ['Jane Doe']],
    ['"The New York Times" on the next line', 'By Jane Doe The New York Times', ['Jane Doe']],
    ['"Sky News" on the next line', 'By Jane Doe Sky News', ['Jane Doe']],
    ['"Bloomberg News" on the next line', 'By Jane Doe Bloomberg News', ['Jane Doe']],
    ['"CNN" on the next line', 'By Jane Doe CNN', ['Jane Doe']],
    ['an outlet under two authors', 'By Jane Doe and John Roe BBC News', ['Jane Doe', 'John Roe']],
    ['"X correspondent" on the next line', 'By Jane Doe Sky News correspondent', ['Jane Doe']],
    ['a title before the outlet', 'By Jane Doe Political correspondent, BBC News', ['Jane Doe']],
    ['an outlet after a comma', 'By Jane Doe, BBC News', ['Jane Doe']],
    ['an outlet and a place after commas', 'By Jane Doe, BBC News, Washington', ['Jane Doe']],
    ['"The Observer" after a comma', 'By Jane Doe, The Observer', ['Jane Doe']],
    ['a title and an outlet without "By"', 'Jane Doe BBC Sport reporter', ['Jane Doe']],
    ['an agency byline', 'By The Associated Press', ['The Associated Press']],
    ['three names', 'By Mary Ann Doe', ['Mary Ann Doe']],
  ])('should read %s', (_name, value, authors) => {
    expect(parseByline(value)).toEqual(authors);
  });

  it.each<[string, string, string[]]>([
    ['an outlet and a place', 'By Simon Stone\nBBC Sport at the Etihad Stadium', ['Simon Stone']],
    ['an outlet, a comma and a place', 'By Jane Doe\nBBC News, Washington', ['Jane Doe']],
    ['"The Guardian"', 'By Jane Doe\nThe Guardian', ['Jane Doe']],
    ['"BBC Verify"', 'By Jane Doe\nBBC Verify', ['Jane Doe']],
    ['an outlet under two authors', 'By Jane Doe and John Roe\nBBC News', ['Jane Doe', 'John Roe']],
    ['an outlet after CRLF', 'By Jane Doe\r\nSky News, Washington', ['Jane Doe']],
    ['a desk and title over the outlet', 'By Jane Doe\nBusiness reporter\nBBC News', ['Jane Doe']],
    // A line that goes on with the names is no affiliation.
    ['names after a comma', 'By Jane Doe,\nJohn Roe', ['Jane Doe', 'John Roe']],
    ['names after "and"', 'By Jane Doe and\nJohn Roe', ['Jane Doe', 'John Roe']],
    ['names after a line starting "and"', 'By Jane Doe\nand John Roe', ['Jane Doe', 'John Roe']],
  ])('should read a byline over %s on the next line', (_name, byline, authors) => {
    expect(authorsOf(byline)).toEqual(authors);
  });

  it("should keep the affiliation in the byline's text", () => {
    const tree = parse('Storm hits coast\n\nBy Simon Stone\nBBC Sport at the Etihad Stadium\n\nThe storm hit.', {
      from: 'text',
    });
    expect(types(tree)).toEqual(['headline', 'byline', 'paragraph']);
    expect(textOf(tree.children[1])).toBe('By Simon Stone BBC Sport at the Etihad Stadium');
  });

  it('should read the outlet in Markdown too, with emphasis in the byline', () => {
    expect(authorsOf('By Jane Doe\nBBC News, Washington', 'markdown')).toEqual(['Jane Doe']);
    expect(authorsOf('By *Jane Doe*\nThe Guardian', 'markdown')).toEqual(['Jane Doe']);
  });

  it('should read the byline back from the Markdown output with the same authors', () => {
    const tree = parse('Storm hits coast\n\nBy Jane Doe\nBBC News, Washington\n\nThe storm hit.', { from: 'text' });
    const again = parse(toMarkdown(tree), { from: 'markdown' });
    expect(again.children[1]).toMatchObject({ type: 'byline', authors: ['Jane Doe'] });
  });
});

describe("Bloomberg's closing credits", () => {
  const assisted = (name: string) => ({ name, role: 'additional reporting' });

  it.each([
    [
      '"--With assistance from"',
      '--With assistance from Jane Doe and John Roe.',
      [assisted('Jane Doe'), assisted('John Roe')],
    ],
    [
      '"—With assistance from" and three names',
      '—With assistance from Jane Doe, Ann Poe, and John Roe.',
      [assisted('Jane Doe'), assisted('Ann Poe'), assisted('John Roe')],
    ],
    [
      '"(With additional reporting by …)"',
      '(With additional reporting by Grace Lam in Hong Kong)',
      [assisted('Grace Lam')],
    ],
    [
      "the reporter's contact line",
      'To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net',
      [{ name: 'Jane Doe', role: 'reporting' }],
    ],
    [
      "two reporters' contact line",
      'To contact the reporters on this story: Jane Doe in London at jdoe@bloomberg.net; John Roe in New York at jroe@bloomberg.net',
      [
        { name: 'Jane Doe', role: 'reporting' },
        { name: 'John Roe', role: 'reporting' },
      ],
    ],
    [
      "the editors' contact line",
      'To contact the editors responsible for this story: Tom Hale at thale@bloomberg.net, Ann Poe',
      [
        { name: 'Tom Hale', role: 'editing' },
        { name: 'Ann Poe', role: 'editing' },
      ],
    ],
  ])('should read %s', (_name, value, tags) => {
    expect(parseSourceTags(value)).toEqual(tags);
  });

  it.each([
    ['assistance from no one named', 'With assistance from the newsroom.'],
    ['a contact line with no name', 'To contact the reporter on this story: call 555 0100'],
    ['a sentence about contacting', 'To contact the council, residents must write to the clerk.'],
  ])('should reject %s', (_name, value) => {
    expect(parseSourceTags(value)).toBeUndefined();
  });

  it("should read Bloomberg's credits over its footer, which stays paragraphs", () => {
    const input = [
      'Fed holds rates steady',
      '',
      '(Bloomberg) -- The Federal Reserve held interest rates steady on Wednesday.',
      '',
      '--With assistance from Jane Doe and John Roe.',
      '',
      'To contact the reporter on this story:',
      'Craig Torres in Washington at ctorres3@bloomberg.net',
      '',
      'To contact the editors responsible for this story:',
      'Brendan Murray at brmurray@bloomberg.net',
      '',
      'More stories like this are available on bloomberg.com',
      '',
      '©2024 Bloomberg L.P.',
    ].join('\n');
    const tree = parse(input, { from: 'text' });
    expect(types(tree)).toEqual([
      'headline',
      'paragraph',
      'sourceTags',
      'sourceTags',
      'sourceTags',
      'paragraph',
      'paragraph',
    ]);
    expect(credits(tree)).toEqual([
      ['Jane Doe', 'additional reporting'],
      ['John Roe', 'additional reporting'],
      ['Craig Torres', 'reporting'],
      ['Brendan Murray', 'editing'],
    ]);
  });
});
