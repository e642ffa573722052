/**
 * fast-check generators for the property tests: article-shaped plain text (headline, deck,
 * byline, dateline, paragraphs with quotes and figures, sections, credits) in the layouts
 * newsrooms send (blank-line or indented paragraphs, hard wraps, LF/CRLF/CR), and Markdown
 * drafts salted with hostile HTML and URLs.
 */
import fc from 'fast-check';

const firstNames = ['Jane', 'John', 'Maria', 'Ahmed', 'Li', 'Olu', 'Ursula', 'Seán', 'Zoë'];
const lastNames = ['Doe', 'Roe', 'Okafor', 'von der Leyen', 'Al-Hindi', 'Ng', "O'Brien", 'Brandt'];
const places = ['LONDON', 'NEW YORK', 'PORTLAND, Ore.', 'GAZA', 'São Paulo', 'TEHRAN'];
const months = ['Jan', 'Feb 26', 'March 3', 'Sept 12', 'May 1', '3 June'];
const agencies = ['Reuters', 'AP', 'AFP', 'PA'];
const words = [
  'the',
  'council',
  'said',
  'on',
  'Tuesday',
  'it',
  'would',
  'build',
  'a',
  'barrier',
  'across',
  'harbour',
  'prices',
  'rose',
  'after',
  'vote',
  'Minister',
  'according',
  'to',
  'officials',
  'and',
  'people',
  'U.S.',
  'don’t',
  "analysts'",
  'rock',
  "'n'",
  'roll',
  '—',
  '–',
  '(',
  ')',
  ';',
  ':',
];
const figures = ['$1.2bn', '35,800', '12%', '7,000 people', '3.5 percent', '£420 million', '1,500', '9 to 4', '63'];
const cues = ['said', 'told reporters', 'added', 'according to', 'wrote'];
const marks: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['“', ''],
];

const name = fc.tuple(fc.constantFrom(...firstNames), fc.constantFrom(...lastNames)).map(([a, b]) => `${a} ${b}`);
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.constantFrom(...figures) },
  { weight: 1, arbitrary: name },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);
const phrase = fc.array(word, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));

const quote = fc
  .tuple(fc.constantFrom(...marks), phrase, fc.constantFrom(...cues), name, fc.boolean())
  .map(([[open, close], inner, cue, who, before]) =>
    before ? `${who} ${cue}: ${open}${inner}.${close}` : `${open}${inner},${close} ${cue} ${who}.`,
  );
const sentence = fc.oneof(
  { weight: 3, arbitrary: phrase.map((text) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`) },
  { weight: 2, arbitrary: quote },
  { weight: 1, arbitrary: fc.tuple(phrase, fc.constantFrom(...figures)).map(([a, b]) => `${a} ${b}, officials said.`) },
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const heading = fc
  .array(fc.constantFrom('What', 'Happens', 'Next', 'The', 'Cost', 'Gaza', 'Reaction'), { minLength: 1, maxLength: 4 })
  .map((list) => list.join(' '));
const byline = fc.oneof(
  name.map((who) => `By ${who}`),
  fc.tuple(name, name).map(([a, b]) => `By ${a} and ${b}`),
  fc.constant('By Palestine Chronicle Staff'),
);
const dateline = fc
  .tuple(fc.constantFrom(...places), fc.constantFrom(...months), fc.constantFrom(...agencies), fc.boolean())
  .map(([place, date, agency, withAgency]) => `${place}, ${date}${withAgency ? ` (${agency})` : ''} - `);
const credits = fc.oneof(
  fc.tuple(name, name).map(([a, b]) => `(Reporting by ${a}; Editing by ${b})`),
  fc.constant('Reuter'),
  fc.constant('(PC, AJA)'),
  fc.constant('— AP'),
);

/** The blocks of an article, top to bottom, before layout. */
const blocks = fc
  .record({
    headline: fc.option(heading.chain((head) => fc.constantFrom(head, `${head.toUpperCase()}`, `${head}?`))),
    deck: fc.option(phrase),
    byline: fc.option(byline),
    dateline: fc.option(dateline),
    lead: paragraph,
    body: fc.array(fc.oneof({ weight: 4, arbitrary: paragraph }, { weight: 1, arbitrary: heading }), {
      maxLength: 8,
    }),
    credits: fc.option(credits),
  })
  .map((article) => {
    const list: string[] = [];
    if (article.headline) list.push(article.headline);
    if (article.deck) list.push(article.deck);
    if (article.byline) list.push(article.byline);
    list.push((article.dateline ?? '') + article.lead);
    list.push(...article.body);
    if (article.credits) list.push(article.credits);
    return list;
  });

/** Hard-wrap a block at a width, as wire copy does. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of text.split(' ')) {
    if (line && line.length + part.length + 1 > width) {
      lines.push(line);
      line = part;
    } else line = line ? `${line} ${part}` : part;
  }
  if (line) lines.push(line);
  return lines;
}

/** Article-shaped plain text in one of the layouts newsrooms send. */
export const articleText = fc
  .record({
    blocks,
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    layout: fc.constantFrom('blank-lines', 'indented', 'blank-and-indented'),
    width: fc.option(fc.integer({ min: 20, max: 80 })),
    trailing: fc.constantFrom('', ' ', '\t', '  '),
    bom: fc.boolean(),
  })
  .map(({ blocks: list, newline, layout, width, trailing, bom }) => {
    const rendered = list.map((block) => {
      const lines = width === null ? [block] : wrap(block, width);
      const indent = layout === 'blank-lines' ? '' : '    ';
      return lines.map((line, index) => (index === 0 ? indent : '') + line + trailing).join(newline);
    });
    const separator = layout === 'indented' ? newline : newline + newline;
    return (bom ? '\uFEFF' : '') + rendered.join(separator) + newline;
  });

/** Snippets that try to smuggle script, styles, frames or event handlers into the HTML output. */
export const hostileSnippets = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<!--',
  '-->',
  '<style>body{display:none}</style>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<img src=x onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1) )',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '![img](javascript:alert(1))',
  '![img](data:image/svg+xml,<svg onload=alert(1)>)',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '"onmouseover="alert(1)',
  "' onfocus='alert(1)",
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href=x>',
  '`<script>`',
  '```html\n<script>alert(1)</script>\n```',
];

/** A Markdown draft: headings and paragraphs mixed with hostile snippets. */
export const hostileMarkdown = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...hostileSnippets) },
      { weight: 2, arbitrary: paragraph },
      { weight: 1, arbitrary: heading.map((text) => `## ${text}`) },
      { weight: 1, arbitrary: heading.map((text) => `# ${text}`) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .chain((parts) => fc.constantFrom(' ', '\n', '\n\n').map((separator) => parts.join(separator)));
