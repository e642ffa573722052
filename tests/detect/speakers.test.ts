/**
 * Attribution: who said a quote (on either side of it, in the shapes news copy uses), how
 * names, titles, roles and pronouns resolve to the fullest name the article gives, and who a
 * figure is attributed to.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import type { Quote, Statistic } from '../../src/tree/types.js';

function collect<T extends Quote | Statistic>(tree: Nodes, type: T['type']): T[] {
  const found: T[] = [];
  const visit = (node: Nodes) => {
    if (node.type === type) found.push(node as T);
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return found;
}

/** [speaker, cue] of each direct quote of an article body. */
function speakers(body: string): Array<[string | null, string | null]> {
  const tree = parse(`Headline for the test\n\n${body}`, { from: 'text' });
  return collect<Quote>(tree, 'quote')
    .filter((quote) => quote.kind === 'direct')
    .map((quote) => [quote.speaker, quote.cue]);
}

/** The source of each statistic of an article body. */
function sources(body: string): Array<string | null> {
  const tree = parse(`Headline for the test\n\n${body}`, { from: 'text' });
  return collect<Statistic>(tree, 'statistic').map((statistic) => statistic.source);
}

describe('attribution after the quote', () => {
  it.each<[string, string, [string | null, string | null]]>([
    ['"…," said X', '"We will win," said Jane Doe.', ['Jane Doe', 'said']],
    ['"…," X said', '"We will win," Jane Doe said.', ['Jane Doe', 'said']],
    ['"…," X told Y', '"We will win," Jane Doe told Reuters.', ['Jane Doe', 'told Reuters']],
    ['"…," X told the BBC', '"We will win," Jane Doe told the BBC.', ['Jane Doe', 'told the BBC']],
    ['"…," X added', '"We will win," Jane Doe added.', ['Jane Doe', 'added']],
    ['"…," X warned', '"Prices will rise," Jane Doe warned.', ['Jane Doe', 'warned']],
    ['"…," X insisted', '"We did nothing wrong," Jane Doe insisted.', ['Jane Doe', 'insisted']],
    [
      '"…," X remarks (the present tense)',
      '"On average, we can live longer," Jane Doe remarks.',
      ['Jane Doe', 'remarks'],
    ],
    ['"…?" X asked', '"Who pays?" Jane Doe asked.', ['Jane Doe', 'asked']],
    ['"…," according to X', '"Sales are falling," according to Jane Doe.', ['Jane Doe', 'according to']],
    [
      'a role after the verb',
      '"We have less hedging," said chief financial officer Peter Gregg.',
      ['Peter Gregg', 'said'],
    ],
    [
      'a role before the name',
      '"The tsunami affected travel," chief executive Geoff Dixon explained.',
      ['Geoff Dixon', 'explained'],
    ],
    [
      'an appositive between name and verb',
      '"We do not need to cut," Fathi Bin Shatwan, Libya\'s oil minister, told Reuters.',
      ['Fathi Bin Shatwan', 'told Reuters'],
    ],
    [
      'an appositive after an inverted verb',
      '"Data can disappear," said Adrian Palmer, managing director of Ontrack.',
      ['Adrian Palmer', 'said'],
    ],
    [
      'the speaker as the object of "quoted … as saying"',
      'Video games are "big business", the paper quoted Jane Doe as saying.',
      ['Jane Doe', 'quoted as saying'],
    ],
    [
      'an unnamed source quoted by a paper',
      '"SAIC is concerned about the money," the newspaper quotes a source close to the Chinese firm.',
      ['a source close to the Chinese firm', 'quotes'],
    ],
    ['an organisation', '"Rates will stay on hold," the Bank of England said.', ['the Bank of England', 'said']],
    [
      '"…" said X without the comma (a draft)',
      '"People are moving to the web faster than anyone expected" said Lee Rainie, who led the study.',
      ['Lee Rainie', 'said'],
    ],
    [
      '"…" she said without the comma',
      'Mary Jones spoke. "We will need a lot more time" she said.',
      ['Mary Jones', 'said'],
    ],
    [
      'a party and state after the name, between commas',
      '"It is a disgrace to the whole chamber," Rep. Nancy Pelosi, D-Calif., told reporters.',
      ['Nancy Pelosi', 'told reporters'],
    ],
    [
      'a party and state after the name, in brackets',
      '"We are going to pass this bill before the recess," Sen. David Boren (D-Okla.) said.',
      ['David Boren', 'said'],
    ],
    [
      'a relative clause after the speaker',
      '"We\'ve been here before," a local councillor, who asked not to be named, told the BBC.',
      ['a local councillor', 'told the BBC'],
    ],
    [
      'a long description after the name',
      '"The data is good," Julio Hegedus, chief economist with Lopes Filho & Associates consultancy in Rio de Janeiro, told Reuters.',
      ['Julio Hegedus', 'told Reuters'],
    ],
  ])('should read %s', (_name, body, expected) => {
    expect(speakers(body)).toEqual([expected]);
  });

  it('should keep the speaker of "X, who said that …" before a quote', () => {
    const body =
      'The paper printed an article by its counsellor, Chen Shibiao, who said that "all kinds of difficulties" were in the way.';
    expect(speakers(body)).toEqual([['Chen Shibiao', 'said']]);
  });
});

describe('attribution before the quote', () => {
  it.each<[string, string, [string | null, string | null]]>([
    ['X said: "…"', 'Jane Doe said: "We will win."', ['Jane Doe', 'said']],
    ['X said that "…"', 'Jane Doe said that "the deal is done".', ['Jane Doe', 'said']],
    [
      'X said … "…" (a fragment)',
      'UK Coal said it was making "significant progress" in the business.',
      ['UK Coal', 'said'],
    ],
    [
      'X told Y that "…"',
      'But Rover told BBC News that reports of job cuts were "speculation".',
      ['Rover', 'told BBC News'],
    ],
    ['X have said', 'Rover bosses have said they are "confident" the deal will be signed.', ['Rover', 'have said']],
    [
      'a common word before the people it describes opens the sentence',
      'Industry analysts said the deal was "a bold bet" on the market.',
      ['Industry analysts', 'said'],
    ],
    [
      'a common word before people, more words between',
      'Money market dealers said the bank had "clearly signalled" a cut.',
      ['Money market dealers', 'said'],
    ],
    [
      'X quoted Y (ACRONYM) as saying, Y too long to read whole',
      '"We signed eight contracts," the New China News Agency quoted a spokesman for the China National Offshore Oil Corp (CNOOC) as saying.',
      ['a spokesman for the China National Offshore Oil Corp', 'quoted as saying'],
    ],
    [
      'X cited reports as saying that “…”',
      'Al-Jazeera cited reports as saying that “the struggle will continue.”',
      ['Al-Jazeera', 'cited reports as saying'],
    ],
    [
      'X quoted as saying',
      'The firm may cut jobs, with Jane Doe quoted as saying that it could not remain "all-Australian".',
      ['Jane Doe', 'quoted as saying'],
    ],
    [
      'according to X, … "…"',
      'According to the Financial Times, Peter Chernin said that News Corp is "kicking the tyres".',
      ['Peter Chernin', 'said'],
    ],
    [
      'a title before the name',
      'Fed chairman Alan Greenspan said the economy was "on a firm footing".',
      ['Alan Greenspan', 'said'],
    ],
    [
      'two roles before the name',
      'Chairman and chief executive Richard Parsons said the year was "a turning point".',
      ['Richard Parsons', 'said'],
    ],
    [
      'a name between commas',
      'The head of the authority, Murilo Rubens Habbema, was quoted as saying that "exports must go on".',
      ['Murilo Rubens Habbema', 'quoted as saying'],
    ],
    [
      'a verb after the subject with an adverb between commas',
      'Mr Chernin, however, told the FT that it was "difficult" to find a target.',
      ['Mr Chernin', 'told the FT'],
    ],
    [
      'a name whose verb is no cue, then ", saying:"',
      'Jane Doe hit back on Monday, saying: "We did nothing wrong."',
      ['Jane Doe', 'saying'],
    ],
    [
      'a role whose verb is no cue, then ", saying:"',
      'The senior banker was strongly opposed, saying: "There must be one committee."',
      ['The senior banker', 'saying'],
    ],
    [
      'a pronoun, then ", saying"',
      'Jane Doe arrived. She hit back, saying: "We did nothing wrong."',
      ['Jane Doe', 'saying'],
    ],
  ])('should read %s', (_name, body, expected) => {
    expect(speakers(body)).toEqual([expected]);
  });
});

describe('a speech verb before its subject', () => {
  it('should not take "Added" into the name it opens, nor "Said" before a title', () => {
    expect(
      speakers('The council backed the plan.\n\nAdded Mr Hall: "We are delighted."\n\n"It was tight," he said.'),
    ).toEqual([
      ['Mr Hall', 'Added'],
      ['Mr Hall', 'said'],
    ]);
    expect(speakers('Said Mr Bysshe: "It is a new game."')).toEqual([['Mr Bysshe', 'Said']]);
  });

  it('should keep Said as a first name before a surname', () => {
    expect(speakers('Said Jalili, the negotiator, told reporters: "We will return."')).toEqual([
      ['Said Jalili', 'told reporters'],
    ]);
  });
});

describe('names across the article', () => {
  it('should resolve "Mr X" to the full name given earlier', () => {
    expect(
      speakers(
        'The firm is led by chief executive Gerry Spindler.\n\n"We have a long journey ahead," said Mr Spindler.',
      ),
    ).toEqual([['Gerry Spindler', 'said']]);
  });

  it('should resolve a bare surname to the full name', () => {
    expect(
      speakers(
        'Japanese vice-minister of finance Toyoo Gyohten said Japan was ready.\n\n"We are prepared to work with regulators," Gyohten said.',
      ),
    ).toEqual([['Toyoo Gyohten', 'said']]);
  });

  it('should resolve "he" to the latest person named', () => {
    expect(
      speakers(
        'Union leader Tony Woodley spoke on Friday. He said investment was needed.\n\n"This is a very crucial time," he said.',
      ),
    ).toEqual([['Tony Woodley', 'said']]);
  });

  it('should resolve "she" to a woman named before 150 men who spoke in the paragraph', () => {
    const men = Array.from({ length: 150 }, (_, index) => `Mr Man${index} said "x".`).join(' ');
    expect(speakers(`Mary Jones spoke. ${men} "Done," she said.`).at(-1)).toEqual(['Mary Jones', 'said']);
  });

  it('should resolve the pronouns of a paragraph of 42,000 quotes', () => {
    // A pronoun with no one of its kind and gender before it ("She", "They" after a man only)
    // read back through every name of the paragraph: about 50 s.
    const body = `John Smith said it. ${'He said "yes". She said "no". They said "maybe". '.repeat(14_000)}`;
    const found = speakers(body);
    expect(found).toHaveLength(42_000);
    expect(found.every(([speaker]) => speaker === 'John Smith')).toBe(true);
  });

  it('should resolve "the chief executive" through the role given with the name', () => {
    expect(
      speakers('The airline is run by chief executive Geoff Dixon.\n\n"Fuel costs hurt," the chief executive said.'),
    ).toEqual([['Geoff Dixon', 'said']]);
  });

  it('should resolve "it" and "the company" to the organisation that acts', () => {
    expect(
      speakers(
        'Shares in UK Coal have fallen. UK Coal said it was making "significant progress".\n\nThe company said actions should "uplift earnings". It expected 2005 to be a "transitional year".',
      ),
    ).toEqual([
      ['UK Coal', 'said'],
      ['UK Coal', 'said'],
      ['UK Coal', 'expected'],
    ]);
  });

  it('should resolve "the CBT chairman" to the chairman named earlier', () => {
    expect(
      speakers(
        'Position limits should go, Chicago Board of Trade, CBT, chairman Karsten Mahlmann said.\n\n"They serve no purpose," the CBT chairman said.',
      ),
    ).toEqual([['Karsten Mahlmann', 'said']]);
  });

  it('should prefer the person who spoke last for "he"', () => {
    expect(
      speakers(
        'Mr Matsuura added that firms encourage blogs. He speculated that images of Ms Simonetti were posted. "That will depend on the rules," he said.',
      ),
    ).toEqual([['Mr Matsuura', 'said']]);
  });

  it('should take the person, not the firm, in "X of Y"', () => {
    expect(speakers('"Rates will rise," said Scott Winningham of J.S. Winningham and Co.')).toEqual([
      ['Scott Winningham', 'said'],
    ]);
  });

  it('should keep an unnamed spokesperson with the organisation', () => {
    expect(
      speakers('A spokesperson for Delta Airlines told BBC News Online: "We do not discuss staff issues."'),
    ).toEqual([['A spokesperson for Delta Airlines', 'told BBC News Online']]);
  });

  it('should resolve an acronym to the name it was introduced with', () => {
    expect(
      speakers(
        'Growth will slow, the Economist Intelligence Unit (EIU) said.\n\n"This is not a crash scenario," the EIU said.',
      ),
    ).toEqual([['the Economist Intelligence Unit', 'said']]);
  });

  it('should give a following unattributed quote the previous speaker, without a cue', () => {
    expect(speakers('"We were surprised," Geoff Dixon said. "It affected Japanese travel."')).toEqual([
      ['Geoff Dixon', 'said'],
      ['Geoff Dixon', null],
    ]);
  });

  it('should give an unattributed quote in the next paragraph the previous speaker', () => {
    expect(speakers('"We will build the homes," Angela Rayner said.\n\n"They will be affordable."')).toEqual([
      ['Angela Rayner', 'said'],
      ['Angela Rayner', null],
    ]);
  });

  it('should not give the previous speaker a quote whose own sentence has a new person as its subject', () => {
    expect(
      speakers('"We will build the homes," Angela Rayner said.\n\nMr Smith shook his head: "They have abandoned us."'),
    ).toEqual([
      ['Angela Rayner', 'said'],
      [null, null],
    ]);
  });

  it.each<[string, string, [string | null, string | null]]>([
    [
      'As X put it,',
      'As the economist Kate Barker put it, "Supply is the problem, and it always has been."',
      ['Kate Barker', 'put it'],
    ],
    [
      'In the words of X,',
      'In the words of one resident, "Nobody listens to us round here any more."',
      ['one resident', 'In the words of'],
    ],
    [
      'X was blunt:',
      'Mr Smith, who has lived on the estate for 30 years, was blunt: "They have abandoned us completely."',
      ['Mr Smith', 'was blunt'],
    ],
    ['X was clear:', 'Jane Doe was clear: "We will not back down."', ['Jane Doe', 'was clear']],
    [
      'A statement from X read:',
      'A statement from Downing Street read: "The prime minister has full confidence in the plan."',
      ['Downing Street', 'A statement from Downing Street read'],
    ],
    ['Added X: at the start of a sentence', 'Added Jane Doe: "Painkiller is a new game."', ['Jane Doe', 'Added']],
  ])('should read %s in a new paragraph, not inherit the previous speaker', (_name, body, expected) => {
    expect(speakers(`"We will build the homes," Angela Rayner said.\n\n${body}`)).toEqual([
      ['Angela Rayner', 'said'],
      expected,
    ]);
  });

  it('should not take "The result was clear:" for a speaker', () => {
    expect(speakers('"We will win," Jane Doe said.\n\nThe result was clear: "a landslide."')[1]?.[1]).not.toBe(
      'was clear',
    );
  });

  it('should give every paragraph of a long quotation the speaker named at its end', () => {
    expect(speakers('"The first paragraph runs on.\n\n"The second ends it," said Jane Doe.')).toEqual([
      ['Jane Doe', null],
      ['Jane Doe', 'said'],
    ]);
  });

  it('should leave an unattributable quote without a speaker', () => {
    expect(speakers('"Nobody knows who said this, and nobody will."')).toEqual([[null, null]]);
  });

  it.each<[string, string, [string | null, string | null]]>([
    [
      '"she" after a man who is the subject',
      'Tom Brown met Mary Jones. "We will need more time," she said.',
      ['Mary Jones', 'said'],
    ],
    [
      '"he" after a woman who is the subject',
      'Jane Smith praised John Doe. "It was a good day," he said.',
      ['John Doe', 'said'],
    ],
    ['"she" and a courtesy title', 'Mr Wood thanked Mrs Green. "We are grateful," she said.', ['Mrs Green', 'said']],
    [
      '"he" and names that say nothing of gender',
      'Sam Patel met Alex Kim. "It went well," he said.',
      ['Sam Patel', 'said'],
    ],
  ])('should give %s to a person the pronoun can be', (_name, body, expected) => {
    expect(speakers(body)).toEqual([expected]);
  });

  it('should leave "she" without a speaker when only men have been named', () => {
    expect(speakers('John Doe met Tom Brown. "It went well," she said.')).toEqual([[null, 'said']]);
  });

  it('should not take a short quoted term before a verb for speech without its comma', () => {
    const tree = parse('Headline for the test\n\nThe "reform plan" said nothing about taxes, Jane Doe noted.', {
      from: 'text',
    });
    expect(collect<Quote>(tree, 'quote').map((quote) => [quote.speaker, quote.cue])).not.toContainEqual([
      'Jane Doe',
      'said',
    ]);
  });

  it.each([
    ['a dateline', 'NEW YORK, March 12 - Merrill Lynch fired its head of mergers, saying he had "no explanation".'],
    [
      'the first word of a longer subject',
      'Central bank president Wim Duisenberg defended the move, noting "the rate is not the most important".',
    ],
  ])('should not take %s for the subject of ", saying"', (_name, body) => {
    const tree = parse(`Headline for the test\n\n${body}`, { from: 'text' });
    const found = collect<Quote>(tree, 'quote').map((quote) => quote.speaker);
    expect(found).not.toContain('NEW YORK');
    expect(found).not.toContain('Central');
  });

  it('should take the speaker of a headline quote from the lead', () => {
    const tree = parse(
      "Rover deal 'may cost 2,000 jobs'\n\nSome 2,000 jobs may be cut if the deal goes ahead, the Financial Times has reported.",
      { from: 'text' },
    );
    expect(collect<Quote>(tree, 'quote').map((quote) => quote.speaker)).toEqual(['the Financial Times']);
  });
});

describe('sources of figures', () => {
  it.each<[string, string, Array<string | null>]>([
    ['"according to X"', 'According to the health ministry, 300 people died.', ['the health ministry']],
    ['"X says that …"', 'Israel says that 1,200 soldiers and civilians were killed.', ['Israel']],
    ['", X said"', 'Sales will dip by at least A$30m, Qantas said.', ['Qantas']],
    ['no source', 'At least 7,000 people are unaccounted for.', [null]],
    ['a figure inside a quote', '"We sold 500 cars," said Jane Doe.', ['Jane Doe']],
    [
      'a name with a bracketed word',
      'Industrial Equity (Pacific) Ltd said it bought 816,000 shares.',
      ['Industrial Equity (Pacific) Ltd'],
    ],
    [
      'a name with "for" in it',
      'Prices rose 5%, the Office for National Statistics said.',
      ['the Office for National Statistics'],
    ],
    [
      'a name with "of" in it after "according to"',
      'Damage reached $1.2 billion, according to the Insurance Council of Texas.',
      ['the Insurance Council of Texas'],
    ],
    [
      '"the Bank of England" after "according to"',
      'Prices rose 5%, according to the Bank of England.',
      ['the Bank of England'],
    ],
    [
      'unnamed sources "familiar with the matter"',
      'The firm will cut up to 3,000 jobs, three sources familiar with the matter told Reuters.',
      ['three sources familiar with the matter', null],
    ],
    ['"a source close to …"', 'A source close to the talks said 3,000 jobs would go.', ['A source close to the talks']],
    ['"X figures show"', 'NHS England figures show 7.6 million people are waiting.', ['NHS England']],
    ['"figures from X show"', 'Figures from the Bank of Italy show rates rose 12%.', ['the Bank of Italy']],
    ['"X pointed out"', 'The Treasury pointed out that borrowing rose 4.2% in May.', ['the Treasury']],
    ['"X acknowledged"', 'The minister acknowledged that 1,200 posts would go.', ['The minister']],
    ['"X estimates"', 'The Treasury estimates that borrowing will reach £150bn this year.', ['the Treasury']],
  ])('should read %s', (_name, body, expected) => {
    expect(sources(body)).toEqual(expected);
  });

  it.each<[string, string, Array<string | null>]>(
    [
      ['the figures', 'The figures show 5% of people are poor.'],
      ['an adjective opening the sentence', 'Official figures show 5% of people are poor.'],
      ['a nationality', 'Within the OECD, preliminary Norwegian data show record output of 1.06 mln bpd.'],
      ['"pointed" without "out"', 'The bank pointed to a 5% rise.'],
      ['"estimates" as a noun', 'Early estimates from the World Bank put the aid needed at about $5bn.'],
      ['a show that is a name', 'The 2005 Consumer Electronics Show in Las Vegas has 50,000 new gadgets.'],
    ].map(([name, body]) => [name as string, body as string, [null]]),
  )('should give no source to %s', (_name, body) => {
    expect(sources(body).every((source) => source === null)).toBe(true);
  });

  it('should give no source to an age', () => {
    expect(sources('Jane Smith, 42, a nurse from Leeds, told the BBC she had waited for hours.')).toEqual([null]);
  });

  it('should read "the company" in the next paragraph as the firm that spoke, not the last one named', () => {
    const body =
      'Harbour Light Marine Corp said it filed a statement with the Securities and Exchange Commission.\n\nThe company said it would repay about 6.5 mln dlrs of debt.';
    expect(sources(body)).toEqual(['Harbour Light Marine Corp']);
  });

  it('should not read "the company" as the news agency of the dateline', () => {
    const body =
      'LONDON, March 3 (Reuters) - Shares rose 5% on Tuesday, the exchange said.\n\nSales rose 5% last year, the company said.';
    expect(sources(body)).toEqual(['the exchange', 'the company']);
  });

  it('should not take an abstract noun opening a sentence for the organisation "the council" means', () => {
    const body = 'Construction is due to cost £5m, the council said.\n\nSales fell 3% in March, said the company.';
    expect(sources(body)).toEqual(['the council', 'the company']);
  });

  it('should not take a noun for a verb of saying', () => {
    expect(sources('The budget forecast of eight pct was missed.')).toEqual([null]);
  });
});

describe('seed article sources', () => {
  const local = path.resolve('fixtures/seed/article.txt');
  const seed = existsSync(local) ? local : path.resolve('../shared/seed/article.txt');
  const input = readFileSync(seed, 'utf8');
  const statistics = collect<Statistic>(parse(input, { file: 'article.txt' }), 'statistic');
  const byText = (text: string) =>
    statistics.find(
      (statistic) => input.slice(statistic.position?.start.offset, statistic.position?.end.offset) === text,
    );

  it('should attribute the casualty figures to Gaza’s Ministry of Health', () => {
    expect(byText('35,800')?.source).toBe('Gaza’s Ministry of Health');
    expect(byText('80,011')?.source).toBe('Gaza’s Ministry of Health');
  });

  it('should attribute the 1,200 killed to Israel', () => {
    expect(byText('1,200')?.source).toBe('Israel');
  });
});

describe('speakers and sources of 2020s copy', () => {
  it('should take "police" and "authorities" as speakers and sources, as "officials" are', () => {
    expect(speakers('Police said: "A man has been arrested in connection with the attack."')).toEqual([
      ['Police', 'said'],
    ]);
    expect(speakers('"A man has been arrested," police said.')).toEqual([['police', 'said']]);
    expect(sources('Twelve people were arrested, police said.')).toEqual(['police']);
    expect(sources('Twelve people died, authorities said.')).toEqual(['authorities']);
  });

  it('should read "found", "forecast" and "estimates" that end the clause after a figure as cues', () => {
    expect(sources('Emissions must fall 42%, the report found.')).toEqual(['the report']);
    expect(sources('One in five adults is lonely, researchers found.')).toEqual(['researchers']);
    expect(sources('One in five adults is lonely, a study by the University of Exeter found.')).toEqual([
      'the University of Exeter',
    ]);
    expect(sources('The economy will shrink 0.4% this year, the IMF forecast on Tuesday.')).toEqual(['the IMF']);
    expect(sources('Only about 1 in 4 users has posted, Sensor Tower estimates.')).toEqual(['Sensor Tower']);
    // A noun there is none: "ahead of IMF forecasts,".
    expect(sources('Growth was 6%, ahead of IMF forecasts, while inflation fell.')).toEqual([null]);
  });

  it('should keep a number that opens the sentence with the people it counts ("Three sources …")', () => {
    expect(
      sources('Three sources familiar with the matter told Reuters that the kingdom wanted a cut of 500,000 bpd.'),
    ).toEqual([null, 'Three sources familiar with the matter']);
    expect(speakers('One delegate said: "We are going home."')).toEqual([['One delegate', 'said']]);
  });

  it('should read "posted on X" as a saying verb, and a firm that "has posted" a gain as none', () => {
    expect(speakers('"Game on," Musk posted on X.')).toEqual([['Musk', 'posted']]);
    expect(speakers('Musk posted on X: "Game on."')).toEqual([['Musk', 'posted']]);
    const cues = speakers('GE has posted an 18% jump in sales and declared itself "in great shape".').map(
      ([, cue]) => cue,
    );
    expect(cues).not.toContain('has posted');
  });

  it('should name the speaker before an age and a description ("John Smith, 45, a father of three, said")', () => {
    expect(speakers('John Smith, 45, a father of three, said: "I have lost everything in the fire."')).toEqual([
      ['John Smith', 'said'],
    ]);
  });

  it('should drop the titles of local and court reporting ("Cllr", "Councilmember", "Prosecutor")', () => {
    expect(speakers('Cllr Sarah Patel said: "We will act."')).toEqual([['Sarah Patel', 'said']]);
    expect(speakers('Councilmember Lisa Kaplan said: "We will act."')).toEqual([['Lisa Kaplan', 'said']]);
    expect(speakers('Prosecutor Jane Holt said: "He lied."')).toEqual([['Jane Holt', 'said']]);
    expect(speakers('Det Insp Mark Reed said Lang had shown "no remorse".')).toEqual([['Mark Reed', 'said']]);
    // Not letters that start firms' names too ("PC World", "DS Smith", "DC Comics").
    expect(sources('PC World said sales rose 5%.')).toEqual(['PC World']);
  });

  it('should read "the Seattle-based company" as the company named before', () => {
    expect(sources('Amazon said it raised prices. Revenue rose 5%, the Seattle-based company said.')).toEqual([
      'Amazon',
    ]);
    expect(
      sources(
        'Nvidia Corp. reported results. Revenue rose 206% to $18.1 billion, the Santa Clara, California-based company said.',
      ),
    ).toEqual(['Nvidia Corp', 'Nvidia Corp']);
    // A number is no name: "Sixty-seven pct of Australian-owned companies said".
    expect(sources('Sixty-seven pct of Australian-owned companies said demand was strong.')).toEqual([null]);
  });

  it('should give data named without an owner as the source, as written ("according to official results")', () => {
    expect(sources('The Conservatives took 23.7%, according to official results.')).toEqual(['official results']);
    expect(sources('About 80% of adults own a mobile, according to official figures.')).toEqual(['official figures']);
    // Data that only "shows" still names no one.
    expect(sources('Figures show 5% growth.')).toEqual([null]);
  });

  it('should take a one-word name before "data showed" after a comma as the owner of the data', () => {
    expect(sources('Inflation eased to 4.3% in September, Eurostat data showed.')).toEqual(['Eurostat']);
    expect(sources("Fraud totalled £43m, Apacs' figures show.")).toEqual(['Apacs']);
    // A nationality is no owner.
    expect(sources('Inflation eased to 4.3%, Spanish data showed.')).toEqual([null]);
  });
});
