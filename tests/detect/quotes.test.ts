/**
 * Quote detection: which marks pair up (straight, curly, single, nested, over several
 * paragraphs), which never do (apostrophes), what is left as stray marks, and whether a quote
 * is speech (`direct`) or a name or term (`phrase`).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findUnbalancedMarks, leadingOpeningMark, scanQuotes } from '../../src/detect/quotes.js';
import { phrasingText } from '../../src/detect/text.js';
import { parse } from '../../src/parse.js';
import { readText } from '../../src/read/text.js';
import type { ArticleRoot, Quote } from '../../src/tree/types.js';

/** The words inside each quote of a text, outermost first by position. */
function inner(text: string): string[] {
  return scanQuotes(text).quotes.map((quote) => text.slice(quote.open + 1, quote.end));
}

/** Every quote node of a tree, in document order. */
function quotes(tree: Nodes): Quote[] {
  const found: Quote[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'quote') found.push(node);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

/** Parse a body (a headline line is added so the text is read as an article). */
function article(body: string): ArticleRoot {
  return parse(`Headline for the test\n\n${body}`, { from: 'text' });
}

function blockTexts(tree: ArticleRoot): string[] {
  const texts: string[] = [];
  const visit = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if ('children' in node && node.children.some((child) => 'value' in child || child.type === 'quote')) {
        texts.push(phrasingText(node.children as PhrasingContent[]));
      } else if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return texts;
}

describe('scanQuotes', () => {
  it.each<[string, string, string[]]>([
    ['straight double quotes', 'He said "we will win" today.', ['we will win']],
    ['curly double quotes', 'He said “we will win” today.', ['we will win']],
    ['British single curly quotes', 'Killed by ‘friendly fire’, officials said.', ['friendly fire']],
    ['British single straight quotes', "Killed by 'friendly fire', officials said.", ['friendly fire']],
    ['a comma inside the closing mark', '"We are pleased," she said.', ['We are pleased,']],
    ['a closing mark glued to the next word', '"Yes,"he said.', ['Yes,']],
    ['two quotes in one sentence', '"One," he said, "two."', ['One,', 'two.']],
    ['a quote at the very end', "Rover deal 'may cost 2,000 jobs'", ['may cost 2,000 jobs']],
  ])('should pair %s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('should nest single quotes inside double quotes', () => {
    const text = '"Human error, including \'computer rage\', is a problem," said Adrian Palmer.';
    const scan = scanQuotes(text);
    expect(scan.quotes.map((quote) => [text.slice(quote.open + 1, quote.end), quote.depth])).toEqual([
      ["Human error, including 'computer rage', is a problem,", 0],
      ['computer rage', 1],
    ]);
  });

  it('should nest double quotes inside British single quotes', () => {
    const text = '‘They call it “the cliff”,’ he said.';
    expect(scanQuotes(text).quotes.map((quote) => quote.depth)).toEqual([0, 1]);
    expect(inner(text)).toEqual(['They call it “the cliff”,', 'the cliff']);
  });

  it.each([
    ['contractions', "Don't worry, it's fine and they're here."],
    ['a two-digit year', "Prices last seen in the '90s and '05 returned."],
    ['rock and roll', "He loves rock 'n' roll music."],
    ['a singular possessive', "Raisi’s funeral and O'Brien's firm."],
    ['a plural possessive', "Jones' car hit the analysts' expectations."],
    ['an elision', "Let 'em try, he said."],
  ])('should never take apostrophes for quotes: %s', (_name, text) => {
    const scan = scanQuotes(text);
    expect(scan.quotes).toEqual([]);
    expect(scan.unbalanced).toEqual([]);
  });

  it('should not close a single quote at a plural possessive when a real closing mark follows', () => {
    const text = "'We think the analysts' forecasts are wrong,' he said.";
    expect(inner(text)).toEqual(["We think the analysts' forecasts are wrong,"]);
  });

  it('should close a single quote at a plural word when another quote opens after it', () => {
    expect(inner("the phrase 'ladies' and 'gentlemen' was dropped")).toEqual(['ladies', 'gentlemen']);
  });

  it('should leave a quote open at the end of a paragraph when the next one opens with a mark', () => {
    const text = '"The first paragraph of a long quotation runs on.';
    const scan = scanQuotes(text, { continuedBy: '"' });
    expect(scan.quotes).toEqual([
      { open: 0, close: -1, end: text.length, openMark: '"', closeMark: '', family: 'double', depth: 0 },
    ]);
    expect(scan.unbalanced).toEqual([]);
  });

  it('should treat an unclosed quote as unbalanced when the next paragraph does not continue it', () => {
    const text = '"The first paragraph runs on.';
    expect(scanQuotes(text, { continuedBy: undefined }).quotes).toEqual([]);
    expect(scanQuotes(text).unbalanced).toEqual([0]);
  });

  it('should end an open quote before a new one opened after a full stop (a lost paragraph break)', () => {
    const text = '"Japan is where markets will be. "They already have TV," she said.';
    expect(scanQuotes(text).quotes.map((quote) => [text.slice(quote.open + 1, quote.end), quote.closeMark])).toEqual([
      ['Japan is where markets will be.', ''],
      ['They already have TV,', '"'],
    ]);
  });

  it('should find the opening mark a paragraph starts with', () => {
    expect(leadingOpeningMark('"Continued," he said.')).toBe('"');
    expect(leadingOpeningMark('‘Continued’')).toBe('‘');
    expect(leadingOpeningMark('No mark here')).toBeUndefined();
    expect(leadingOpeningMark("'90s music")).toBeUndefined();
  });
});

describe('findUnbalancedMarks', () => {
  it.each<[string, string, number[]]>([
    ['a stray opening double mark', 'He said "we will win today.', [8]],
    ['a stray closing double mark', 'He said we will win" today.', [19]],
    ['a stray curly opening mark', 'He said “we will win today.', [8]],
    ['a stray opening single curly mark', 'He said ‘we will win today.', [8]],
    ['an unclosed mark inside a quote', '"He said \'no to me," she said.', [9]],
    ['nothing in balanced text', '"Yes," he said, "it\'s fine."', []],
    ['nothing for apostrophes', "Jones' car, the '90s and rock 'n' roll", []],
  ])('should report %s', (_name, text, expected) => {
    expect(findUnbalancedMarks(text)).toEqual(expected);
  });
});

describe('quote nodes', () => {
  it('should keep the marks out of the children and cover them with the position', () => {
    const input = 'Headline for the test\n\n"We are pleased," she said.';
    const tree = parse(input, { from: 'text' });
    const [quote] = quotes(tree);
    expect(quote).toMatchObject({ type: 'quote', kind: 'direct', marks: ['"', '"'] });
    expect(phrasingText((quote as Quote).children)).toBe('We are pleased,');
    const start = quote?.position?.start.offset ?? -1;
    const end = quote?.position?.end.offset ?? -1;
    expect(input.slice(start, end)).toBe('"We are pleased,"');
    expect(quote?.position?.start).toEqual({ line: 3, column: 1, offset: 23 });
  });

  it('should give a paragraph’s unclosed quote the marks [open, ""], one node per paragraph', () => {
    const tree = article('"The first paragraph runs on.\n\n"The second one ends it," said Jane Doe.');
    expect(quotes(tree).map((quote) => [quote.marks, quote.speaker])).toEqual([
      [['"', ''], 'Jane Doe'],
      [['"', '"'], 'Jane Doe'],
    ]);
  });

  it('should keep a quote’s position exact across hard-wrapped lines', () => {
    const input =
      'HEADLINE\n\n    LONDON, March 12 - "I am pleased to say that we are\nprepared to work," Gyohten said.\n';
    const tree = parse(input, { from: 'text' });
    const [quote] = quotes(tree);
    const start = quote?.position?.start.offset ?? -1;
    const end = quote?.position?.end.offset ?? -1;
    expect(input.slice(start, end)).toBe('"I am pleased to say that we are\nprepared to work,"');
  });

  it('should be lossless: every block gives back its text with the marks restored', () => {
    const body = [
      '"Human error, including \'computer rage\', is a problem," said Adrian Palmer.',
      "Jones' car, the '90s, rock 'n' roll and a stray \" mark stay text.",
      '‘Killed by friendly fire,’ he said, “and nobody knew.”',
      '"A quote that runs on.',
      '"And ends here," he said.',
    ];
    const tree = article(body.join('\n\n'));
    expect(blockTexts(tree)).toEqual(['Headline for the test', ...body]);
  });

  it('should never fail and always be lossless on any mix of marks', () => {
    const piece = fc.constantFrom(
      '"',
      "'",
      '“',
      '”',
      '‘',
      '’',
      'word',
      ' ',
      ', ',
      '. ',
      'said',
      'Jo',
      '9',
      "n'",
      '\n\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const input = `Headline for the test\n\nStart ${pieces.join('')} end.`;
        const read = readText(input).tree.children.map((block) =>
          phrasingText((block as { children: PhrasingContent[] }).children),
        );
        expect(blockTexts(parse(input, { from: 'text' }))).toEqual(read);
      }),
      { numRuns: 300 },
    );
  });
});

describe('nodes without text beside quotes and figures (Markdown images)', () => {
  /** Every image of a tree, in reading order, with the type of the node holding it. */
  function images(tree: ArticleRoot): string[] {
    const found: string[] = [];
    const walk = (node: Nodes, parent: string) => {
      if (node.type === 'image') found.push(`${parent}:${node.alt}`);
      if ('children' in node) for (const child of node.children) walk(child as Nodes, node.type);
    };
    walk(tree as Nodes, 'root');
    return found;
  }

  it.each([
    [
      'between a quote and the text after it',
      'He called it "historic" and posted ![a](x.jpg) online.',
      ['paragraph:a'],
    ],
    ['after a figure', 'Sales rose 5% and ![a](x.jpg) shows it.', ['paragraph:a']],
    ['at the end of a block', '"We are happy," said Ann Bee. ![a](x.jpg)', ['paragraph:a']],
    ['right before an opening mark', 'Then ![a](x.jpg)"We won," said Ann Bee.', ['paragraph:a']],
    ['at the start of a block', '![a](x.jpg)"We won," said Ann Bee.', ['paragraph:a']],
    ['inside a quote', 'It was "a ![a](x.jpg) win", she said in 2020.', ['quote:a']],
    ['inside a link', 'See [![a](x.jpg)](https://x.com) and 5% more.', ['link:a']],
    ['two in a row', 'Up 5% ![a](x.jpg)![b](y.jpg) today.', ['paragraph:a', 'paragraph:b']],
  ])('should keep an image %s', (_name, line, expected) => {
    const tree = parse(`# Bridge opens in town\n\nIntro line of text here.\n\n${line}\n`, { from: 'markdown' });
    expect(images(tree)).toEqual(expected);
    const paragraph = tree.children.at(-1) as RootContent;
    // Something was detected in the block, so it went through the cutting.
    expect(JSON.stringify(paragraph)).toMatch(/"type":"(?:quote|statistic)"/);
  });
});

describe('direct or phrase', () => {
  it.each<[string, string, 'direct' | 'phrase']>([
    ['speech with a cue', '"We will win," said Jane Doe.', 'direct'],
    ['a fragment after a cue', 'UK Coal said it was making "significant progress" in the business.', 'direct'],
    ['"called it"', 'The minister called it "a disaster" for the region.', 'direct'],
    ['an unattributed sentence', '"The market is falling and nobody can stop it."', 'direct'],
    ['a quoted figure', 'It cut its forecast by "approximately 2.5%".', 'direct'],
    ['a scare quote', 'Many were killed on that day by ‘friendly fire’.', 'phrase'],
    ['"so-called"', 'The so-called "axis of evil" was named in the speech.', 'phrase'],
    ['"dubbed"', 'The device, dubbed "the brick", went on sale.', 'phrase'],
    ['"known as"', 'The scheme, known as "chip and pin", starts next year.', 'phrase'],
    ['"called"', 'A product called "iPod" changed the market.', 'phrase'],
    ['a title', 'He will present an "Action Plan for the Development of Italy" on Thursday.', 'phrase'],
    ['a modifier', 'The court heard of funds sent to "contra" rebels in Nicaragua.', 'phrase'],
    ['another name after "or"', 'It attacked the rights plan, or "poison pill."', 'phrase'],
    ['a quoted description', 'The long-term outlook looks "very favourable" for the group.', 'direct'],
    ['a quoted judgement before a noun', 'Unilever reported "unsatisfactory" earnings for 2004.', 'direct'],
    ['"such as"', 'A category given a name such as "non-speculative hedging" worried firms.', 'phrase'],
    ['a passive "described as"', 'HSDPA has been described as "3G on steroids" by some.', 'phrase'],
  ])('should classify %s', (_name, body, kind) => {
    expect(quotes(article(body)).map((quote) => quote.kind)).toEqual([kind]);
  });

  it('should make a short quote inside speech a phrase', () => {
    const tree = article('"Human error, including \'computer rage\', is a problem," said Adrian Palmer.');
    expect(quotes(tree).map((quote) => [quote.kind, quote.speaker])).toEqual([
      ['direct', 'Adrian Palmer'],
      ['phrase', null],
    ]);
  });

  it('should read a quote in a headline as speech', () => {
    const tree = parse(
      "Rover deal 'may cost 2,000 jobs'\n\nSome 2,000 jobs may be cut if the deal goes ahead, the Financial Times has reported.",
      { from: 'text' },
    );
    const [quote] = quotes(tree);
    expect(quote).toMatchObject({ kind: 'direct', speaker: 'the Financial Times', marks: ["'", "'"] });
  });
});

describe('seed article quotes', () => {
  const local = path.resolve('fixtures/seed/article.txt');
  const seed = existsSync(local) ? local : path.resolve('../shared/seed/article.txt');
  const input = readFileSync(seed, 'utf8');
  const found = quotes(parse(input, { file: 'article.txt' }));

  it('should find exactly the three quotes of the README', () => {
    expect(found.map((quote) => [quote.kind, phrasingText(quote.children).slice(0, 30), quote.marks])).toEqual([
      ['direct', 'it was emphasized that jihad a', ['“', '”']],
      ['direct', 'talked about the overall Pales', ['“', '”']],
      ['phrase', 'friendly fire', ['‘', '’']],
    ]);
  });

  it('should attribute the first to Al-Jazeera with the cue "cited reports as saying"', () => {
    expect(found[0]).toMatchObject({ speaker: 'Al-Jazeera', cue: 'cited reports as saying' });
    expect(phrasingText(found[0]?.children ?? []).endsWith('axis of resistance.')).toBe(true);
  });

  it('should attribute the fragment to the Telegram channel statement, cue "according to"', () => {
    expect(found[1]).toMatchObject({ speaker: 'the Resistance News Network Telegram channel', cue: 'according to' });
    expect(phrasingText(found[1]?.children ?? []).endsWith('Al-Aqsa Flood')).toBe(true);
  });

  it('should leave the scare-quoted phrase without a speaker', () => {
    expect(found[2]).toMatchObject({ kind: 'phrase', speaker: null, cue: null });
  });

  it('should cover the marks with each quote’s position', () => {
    for (const quote of found) {
      const text = input.slice(quote.position?.start.offset, quote.position?.end.offset);
      expect(text).toBe(quote.marks[0] + phrasingText(quote.children) + quote.marks[1]);
    }
  });
});
