import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { countNodes, countPhrasing, countWords, type WordTally } from '../../src/detect/counts.js';
import { tokenize } from '../../src/detect/sentences.js';
import { phrasingText } from '../../src/detect/text.js';
import { type InputFormat, parse } from '../../src/parse.js';
import type { Quote, Statistic } from '../../src/tree/types.js';
import { text } from '../helpers/build.js';
import { articleText, hostileMarkdown } from '../robustness/arbitraries.js';

/** Text with every kind of character the word count tells apart. */
const tricky = fc
  .array(
    fc.constantFrom(
      'word',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\v',
      '\f',
      '\ufeff',
      '-',
      '—',
      "don't",
      'don’t',
      '1,500',
      '$1.2bn',
      '12%',
      '"',
      '“',
      '”',
      '.',
      '...',
      'Ελλάδα',
      '東京',
      '😀',
      'U.S.',
      'Smith,Jones',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** The words of the text nodes, each read on its own: what the counts mean. */
function wordsOfTextNodes(nodes: readonly PhrasingContent[]): number {
  let words = 0;
  for (const node of nodes) {
    if (node.type === 'text') words += countWords(node.value);
    else if ('children' in node) words += wordsOfTextNodes(node.children as PhrasingContent[]);
  }
  return words;
}

function quote(open: string, children: PhrasingContent[], close: string): Quote {
  return { type: 'quote', kind: 'direct', speaker: null, cue: null, marks: [open, close], children };
}

function statistic(value: string): Statistic {
  return {
    type: 'statistic',
    value: 1,
    high: null,
    kind: 'money',
    unit: null,
    qualifier: null,
    source: null,
    children: [text(value)],
  };
}

describe('countWords', () => {
  it.each([
    ['empty text', '', 0],
    ['only spaces', ' \t\n\r\u00a0 ', 0],
    ['one word', 'council', 1],
    ['spaces around and between', '  the   council ', 2],
    ['tab, LF, CR and no-break space between words', 'a\tb\nc\rd\u00a0e', 5],
    ['a hyphenated word', 'well-known', 1],
    ['a dash between spaces, as a word of its own', 'prices - and wages', 4],
    ['apostrophes inside words', "don't O’Brien", 2],
    ['numbers with commas, stops and signs', '1,500 $1.2bn 12% 10:00', 4],
    ['punctuation-only runs', '... — ( )', 4],
    ['words in other scripts', 'Ελλάδα 東京 😀', 3],
    ['punctuation stuck to words', '"Yes," he said.', 3],
    ['an em space, which joins rather than splits', 'a\u2003b', 1],
    ['other whitespace on its own, which is a word', '\u3000', 1],
    ['vertical tab and form feed, which join', 'a\vb\fc', 1],
  ])('should count %s', (_name, value, words) => {
    expect(countWords(value)).toBe(words);
  });

  it('should count only the words that start in a range', () => {
    expect(countWords('foo bar baz', 1, 11)).toBe(2);
    expect(countWords('foo bar baz', 3, 4)).toBe(0);
    expect(countWords('foo bar baz', 4, 5)).toBe(1);
    expect(countWords('foo bar', 0, 0)).toBe(0);
  });

  it('should add up over the ranges of a cut text', () => {
    fc.assert(
      fc.property(tricky, fc.nat(), (value, at) => {
        const cut = value.length === 0 ? 0 : at % value.length;
        expect(countWords(value, 0, cut) + countWords(value, cut)).toBe(countWords(value));
      }),
    );
  });
});

describe('tokenize (word tally)', () => {
  it.each([
    '',
    ' ',
    'one',
    ' one  two ',
    'a\u2003b',
    '\u2003',
    'x\u3000 y',
    '\vword',
    'Smith,Jones 1,500',
    '"Yes," he said.',
  ])('should count the words of %j as countWords does', (value) => {
    const tally: WordTally = { words: -1 };
    tokenize(value, 0, value.length, undefined, tally);
    expect(tally.words).toBe(countWords(value));
  });

  it('should count the words of any text as countWords does', () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: 'binary', maxLength: 80 })), (value) => {
        const tally: WordTally = { words: -1 };
        tokenize(value, 0, value.length, undefined, tally);
        expect(tally.words).toBe(countWords(value));
      }),
    );
  });
});

describe('countPhrasing', () => {
  it.each<[string, PhrasingContent[]]>([
    ['one text node', [text('Prices rose on Tuesday.')]],
    ['an empty text node', [text(''), text('Prices rose.')]],
    ['a statistic cut out of a word', [text('Prices rose to '), statistic('$5bn'), text('.')]],
    ['a statistic at the start', [statistic('$5bn'), text(' was spent')]],
    ['a quote whose marks stand alone', [text('He said '), quote('“', [text(' yes ')], '”'), text(' today')]],
    ['a quote cut from words', [text('word'), quote('"', [text('Yes,')], '"'), text('he said')]],
    ['an unclosed quote', [text('He said: '), quote('“', [text('It is')], '')]],
    [
      'a statistic in a quote',
      [quote('“', [text('It cost '), statistic('$1.2bn'), text(' in all,')], '”'), text(' he said.')],
    ],
    ['a quote in a quote', [quote('“', [text('He said '), quote('‘', [text('no')], '’'), text(' twice')], '”')]],
    [
      'Markdown phrasing',
      [
        text('Run '),
        { type: 'inlineCode', value: 'npm test' },
        text(' now'),
        { type: 'break' },
        { type: 'emphasis', children: [text('very')] },
        text('good, '),
        { type: 'link', url: 'https://example.com', children: [text('see'), statistic('12%')] },
        { type: 'image', url: 'x.png', alt: 'a chart' },
      ],
    ],
  ])('should count the words of the text nodes of %s', (_name, nodes) => {
    const flat = phrasingText(nodes);
    const counts = countPhrasing(nodes, flat, countWords(flat));
    expect(counts.words).toBe(wordsOfTextNodes(nodes));
  });

  it('should count quotes and statistics at any depth, and a node after a mark as a word', () => {
    // It, cost, $1.2bn, no, 3: the marks are not words, the text right after them is.
    const nodes = [
      quote('“', [text('It cost '), statistic('$1.2bn'), quote('‘', [text('no')], '’')], '”'),
      statistic('3'),
    ];
    const flat = phrasingText(nodes);
    expect(countPhrasing(nodes, flat, countWords(flat))).toEqual({ words: 5, quotes: 2, statistics: 2 });
  });
});

describe('parse counts', () => {
  const plain = [
    'Prices soar',
    'By Jane Doe',
    'LONDON (Reuters) - Prices rose 12% to $1.2bn on Tuesday, officials said.',
    '"It is a well-known problem," said Mr O\'Brien. “Don’t panic.”',
    'Background',
    'The council\u2003met at 10:00 and the U.S. - or so - agreed.',
    '(Reporting by Jane Doe; Editing by John Roe)',
  ];
  const markdown = [
    '# Prices soar',
    'By Jane Doe',
    'LONDON (Reuters) - Prices *rose* 12% to **$1.2bn** on Tuesday, officials said.',
    '"It is a [well-known](https://example.com) problem," said Mr O\'Brien. “Don’t panic.”',
    '## Background',
    'The council\u2003met at 10:00 and the U.S. - or so -\nagreed.',
    '(Reporting by Jane Doe; Editing by John Roe)',
  ];

  it('should give a Markdown draft the counts of the same article in plain text', () => {
    const fromText = parse(`${plain.join('\n\n')}\n`, { from: 'text' }).data?.counts;
    const fromMarkdown = parse(`${markdown.join('\n\n')}\n`, { from: 'markdown' }).data?.counts;
    expect(fromText).toEqual({ paragraphs: 3, sections: 1, quotes: 2, statistics: 2, words: 48 });
    expect(fromMarkdown).toEqual(fromText);
  });

  it('should not count inline code as words, in Markdown', () => {
    const counts = parse('Run `npm test` now, she said.\n', { from: 'markdown' }).data?.counts;
    expect(counts?.words).toBe(4);
  });

  it.each<[string, fc.Arbitrary<string>, InputFormat]>([
    ['plain-text articles', articleText, 'text'],
    ['plain-text articles read as Markdown', articleText, 'markdown'],
    ['Markdown drafts', hostileMarkdown, 'markdown'],
    ['odd text', tricky, 'text'],
    ['odd text read as Markdown', tricky, 'markdown'],
  ])('should count %s as a walk over the finished tree does', (_name, arbitrary, from) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const tree = parse(input, { from });
        const { data, ...rest } = tree;
        expect(data?.counts).toEqual(countNodes({ ...rest }));
      }),
      { numRuns: 200 },
    );
  });
});
