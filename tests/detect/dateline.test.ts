import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { detectDateline, parseDateline } from '../../src/detect/dateline.js';
import { parse } from '../../src/parse.js';
import { readText } from '../../src/read/text.js';

function point(line: number, column: number, offset: number) {
  return { line, column, offset };
}

describe('parseDateline', () => {
  it.each([
    ['"CITY, Date -" (Reuters 1987)', 'SALVADOR, Feb 26 - Showers', 18, 'SALVADOR', null, 'Feb 26', null],
    ['"CITY, State, Date -"', 'PORTLAND, Ore., Feb 26 - Harbour', 24, 'PORTLAND', 'Ore.', 'Feb 26', null],
    ['"CITY, State (AP) —"', 'HELENA, Mont. (AP) — A late', 20, 'HELENA', 'Mont.', null, 'AP'],
    ['"CITY (AP) —" with a two-word place', 'NEW YORK (AP) — Stocks', 15, 'NEW YORK', null, null, 'AP'],
    ['"CITY, Date (Reuters) -"', 'LONDON, March 3 (Reuters) - Shares', 27, 'LONDON', null, 'March 3', 'Reuters'],
    [
      '"CITY, Country, Date (Reuters) -"',
      'ROTTERDAM, Netherlands, June 12 (Reuters) - Crane',
      43,
      'ROTTERDAM',
      'Netherlands',
      'June 12',
      'Reuters',
    ],
    ['"CITY, Country (Reuters) -"', 'NAIROBI, Kenya (Reuters) - Kenyan', 26, 'NAIROBI', 'Kenya', null, 'Reuters'],
    ['"CITY —" in capitals', 'WASHINGTON — The Senate', 12, 'WASHINGTON', null, null, null],
    ['"CITY --" with a double dash', 'WASHINGTON -- The Senate', 13, 'WASHINGTON', null, null, null],
    ['"City, Mon. D –" in mixed case', 'Toronto, Feb. 26 – City council', 18, 'Toronto', null, 'Feb. 26', null],
    ['a dateline on its own line', 'VIENNA, Nov. 3 (UPI) --', 23, 'VIENNA', null, 'Nov. 3', 'UPI'],
    ['no place: "Date (Reuters) -"', 'Nov 20 (Reuters) - Nvidia forecast', 18, '', null, 'Nov 20', 'Reuters'],
    ['no place and no date: "(AP) —"', '(AP) — A wildfire tore', 6, '', null, null, 'AP'],
    [
      'no place, a double dash: "(Bloomberg) --"',
      '(Bloomberg) -- Nvidia Corp. reported',
      14,
      '',
      null,
      null,
      'Bloomberg',
    ],
    ['a date standing alone without a dash', 'MILWAUKEE, March 2', 18, 'MILWAUKEE', null, 'March 2', null],
    ['"RIO DE JANEIRO —" (DE in a place)', 'RIO DE JANEIRO — Police', 16, 'RIO DE JANEIRO', null, null, null],
    ['"SALT LAKE CITY —"', 'SALT LAKE CITY — The', 16, 'SALT LAKE CITY', null, null, null],
    ['"ST. LOUIS —"', 'ST. LOUIS — The', 11, 'ST. LOUIS', null, null, null],
    ['"PORT OF SPAIN —" (OF in a place)', 'PORT OF SPAIN — The', 15, 'PORT OF SPAIN', null, null, null],
    ['"THE HAGUE —" (THE in a place)', 'THE HAGUE — The', 11, 'THE HAGUE', null, null, null],
    ['"NIAGARA FALLS —" (a verb-like word in a place)', 'NIAGARA FALLS — The', 15, 'NIAGARA FALLS', null, null, null],
    ['"FRANKFURT AM MAIN —"', 'FRANKFURT AM MAIN — The', 19, 'FRANKFURT AM MAIN', null, null, null],
    ['a known agency in lower case (dpa)', 'FRANKFURT, Jan 5 (dpa) - German', 24, 'FRANKFURT', null, 'Jan 5', 'dpa'],
    ['a known agency in lower case without a date', 'PARIS (afp) - The', 13, 'PARIS', null, null, 'afp'],
    ['a joint credit led by dpa (dpa-AFX)', 'FRANKFURT (dpa-AFX) - Der', 21, 'FRANKFURT', null, null, 'dpa-AFX'],
    ['two agencies in lower case', 'BERLIN (afp/dpa) - The', 18, 'BERLIN', null, null, 'afp/dpa'],
    [
      "a press release's wire between slashes",
      'NEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp today',
      39,
      'NEW YORK',
      null,
      'March 3, 2026',
      'PRNewswire',
    ],
    [
      'a wire service with its own name after a hyphen',
      'NEW YORK, March 3, 2026 /PRNewswire-FirstCall/ -- Acme',
      49,
      'NEW YORK',
      null,
      'March 3, 2026',
      'PRNewswire-FirstCall',
    ],
    [
      'a wire with a single dash (CNW)',
      'TORONTO, March 3, 2026 /CNW/ - Acme',
      30,
      'TORONTO',
      null,
      'March 3, 2026',
      'CNW',
    ],
    ['a wire without a date', 'CHICAGO /PRNewswire/ -- Acme', 23, 'CHICAGO', null, null, 'PRNewswire'],
    [
      'a wire after a state',
      'ST. LOUIS, Mo., March 3, 2026 /PRNewswire/ -- Acme',
      45,
      'ST. LOUIS',
      'Mo.',
      'March 3, 2026',
      'PRNewswire',
    ],
    [
      'a wire in parentheses (BUSINESS WIRE)',
      'NEW YORK, March 3, 2026 (BUSINESS WIRE) -- Acme',
      42,
      'NEW YORK',
      null,
      'March 3, 2026',
      'BUSINESS WIRE',
    ],
    [
      "Business Wire's dashes touching the words",
      'SEATTLE--(BUSINESS WIRE)--Amazon.com',
      26,
      'SEATTLE',
      null,
      null,
      'BUSINESS WIRE',
    ],
    [
      "Business Wire's dashes after a date",
      'NEW YORK, March 3, 2026--(BUSINESS WIRE)--Acme',
      42,
      'NEW YORK',
      null,
      'March 3, 2026',
      'BUSINESS WIRE',
    ],
    // Slips in Reuters wire copy, each from the 1987 corpus.
    [
      'a dash touching the next word after a date',
      'TOKYO, March 5 -President of the',
      16,
      'TOKYO',
      null,
      'March 5',
      null,
    ],
    [
      'the agency after the date without parentheses',
      'WASHINGTON, March 12, Reuter - A U.S. judge',
      30,
      'WASHINGTON',
      null,
      'March 12',
      'Reuter',
    ],
    [
      'an abbreviated region without a comma before the date',
      'ANGLETON, Tex. March 3 -',
      24,
      'ANGLETON',
      'Tex.',
      'March 3',
      null,
    ],
    ['a comma after the date', "CHICAGO, March 4, - South Korea's", 19, 'CHICAGO', null, 'March 4', null],
    [
      'a dash between region and date',
      'CHEVY CHASE, Md., - March 4 - Geico',
      29,
      'CHEVY CHASE',
      'Md.',
      'March 4',
      null,
    ],
    [
      'a full stop after the comma after the region',
      'Hauppauge, N.Y,. March 13 - Walker',
      27,
      'Hauppauge',
      'N.Y',
      'March 13',
      null,
    ],
    ['a misspelt month (a letter changed)', 'NEW YORK, Narch 2 - Qtr ended', 19, 'NEW YORK', null, 'Narch 2', null],
    [
      'a misspelt month (a letter dropped) after a region',
      'ALBANY, N.Y., Marc 3 - KeyCorp',
      22,
      'ALBANY',
      'N.Y.',
      'Marc 3',
      null,
    ],
    ['a misspelt month (two letters swapped)', 'LONDON, Mrach 3 - Shares', 17, 'LONDON', null, 'Mrach 3', null],
    [
      '"Mach" for March (a word, but no English in this slot)',
      'RENO, Nev., Mach 4 - Porsche',
      20,
      'RENO',
      'Nev.',
      'Mach 4',
      null,
    ],
    [
      'no comma between a place in capitals and a date in title case',
      'JOHANNESBURG March 13 - Shr 516 cts',
      23,
      'JOHANNESBURG',
      null,
      'March 13',
      null,
    ],
    [
      "asterisks before the place (a wire's priority mark)",
      '****SANTO DOMINGO, March 4 - The Dominican Republic',
      28,
      'SANTO DOMINGO',
      null,
      'March 4',
      null,
    ],
  ])('should read %s', (_name, value, length, place, region, date, agency) => {
    expect(parseDateline(value)).toEqual({ length, place, region, date, agency });
  });

  it.each([
    ['"Ukraine - a country …" (mixed case, no date or agency)', 'Ukraine - a country of 40 million people'],
    ['"Washington - the capital …"', 'Washington - the capital was quiet.'],
    ['a colon after an upper-case word', 'LONDON: Shares fell sharply'],
    ['"Shares: …"', 'Shares: up 5 pct'],
    ['an upper-case word alone', 'LONDON'],
    ['a lower-case parenthesis that is no agency', 'PARIS (the mayor) - The'],
    ['no place and a bracket that names no agency', '(Updated) - The council met'],
    ['a lower-case parenthesis after a date', 'PARIS, March 3 (updated) - The'],
    ['a lower-case parenthesis that only starts with an agency', 'PARIS (ap-style) - The'],
    ['a lower-case word between slashes', 'NEW YORK /and/ -- The'],
    ['a headline in capitals with a verb and "NO" (no date or agency)', 'U.S. SAYS NO - The talks stalled'],
    ['a headline in capitals with "TO"', 'OIL PRICES TO RISE - analysts see'],
    ['a headline in capitals with "WILL"', 'CHINA WILL ACT - The ministry'],
    ['a headline in capitals with "IS"', 'BREXIT IS OVER - Britain left'],
    ['a headline in capitals opening with "NOT"', 'NOT GUILTY - The jury'],
    ['a double dash touching the next word without a wire', 'SEATTLE--Amazon'],
    ['a Reuters slug (CORRECTED)', 'CORRECTED - GM SEES RISE IN EUROPEAN SALES'],
    ['a Reuters slug of two words (ECONOMIC SPOTLIGHT)', 'ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS'],
    ['a Reuters note below a results table (NOTE)', 'NOTE - Net is after tax 171.03 mln dlrs'],
    ['a Reuters slug touching its dash (REFILE-)', 'REFILE- U.S. STOCKS FALL'],
    ['a Reuters slug (EXCLUSIVE)', 'EXCLUSIVE - BANK IN TALKS'],
    ['a Reuters slug (WRAPUP)', 'WRAPUP - STORMS HIT COAST'],
    ['a Reuters slug (ANALYSIS)', 'ANALYSIS - RATES SEEN RISING'],
    ['a Reuters slug (FACTBOX)', 'FACTBOX - KEY FACTS ON THE TALKS'],
    ['a Reuters slug with a number (UPDATE 1-)', 'UPDATE 1-U.S. STOCKS FALL'],
    ['a word one edit from a month that numbers a thing ("Match 3")', 'WIMBLEDON, Match 3 - Federer won'],
    ['a word one edit from a short month ("Day" from "May")', 'OLYMPICS, Day 3 - The'],
    ['a word one edit from a short month ("Jane" from "June")', 'LONDON, Jane 3 - The'],
    ['a misspelt month with a day past 31', 'NEW YORK, Narch 32 - The'],
    ['a misspelt month after a place in mixed case', 'New York, Narch 2 - The'],
    ['a misspelt month after a headline in capitals', 'U.S. SAYS, Narch 2 - The'],
    ['a misspelt month without a dash', 'NEW YORK, Narch 2 The'],
    ['a word two edits from a month', 'NEW YORK, Nerch 2 - The'],
    ['a dash touching a word without a date or agency', 'LONDON -Shares fell'],
    ['a word after the date that is no agency', 'PARIS, March 3, Sunday - The'],
    ['a date without a comma after a place in capitals (a headline)', 'OPEC MEETS MARCH 3 - Ministers'],
    ['a date in title case without a comma after a headline with a verb', 'U.S. SAYS March 3 - Talks'],
    ['asterisks before a place in mixed case', '**Ukraine - a country'],
    ['a date without a comma after an abbreviation that is no region', 'Acme Corp. March 3 - The'],
    ['a sentence', 'The company said on March 3 that it would sell.'],
    ['a lower-case start', 'according to the ministry - 35 killed'],
  ])('should reject %s', (_name, value) => {
    expect(parseDateline(value)).toBeUndefined();
  });
});

describe('detectDateline', () => {
  it('should make the dateline phrasing at the start of the paragraph, with exact positions', () => {
    const { tree, map } = readText('HELENA, Mont. (AP) — A late\nspring storm.');
    const lead = tree.children[0] as Paragraph;
    expect(detectDateline(lead, { map })).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'dateline',
          place: 'HELENA',
          region: 'Mont.',
          date: null,
          agency: 'AP',
          children: [
            {
              type: 'text',
              value: 'HELENA, Mont. (AP) —',
              position: { start: point(1, 1, 0), end: point(1, 21, 20) },
            },
          ],
          position: { start: point(1, 1, 0), end: point(1, 21, 20) },
        },
        {
          type: 'text',
          value: ' A late spring storm.',
          position: { start: point(1, 21, 20), end: point(2, 14, 41) },
        },
      ],
      position: lead.position,
    });
  });

  it('should keep a paragraph that is only a dateline as a paragraph holding the dateline', () => {
    const { tree, map } = readText('VIENNA, Nov. 3 (UPI) --');
    const result = detectDateline(tree.children[0] as Paragraph, { map });
    expect(result?.children.map((node) => node.type)).toEqual(['dateline']);
    expect(result?.children[0]).toMatchObject({ place: 'VIENNA', date: 'Nov. 3', agency: 'UPI' });
  });

  it('should leave out `region` when there is none', () => {
    const { tree, map } = readText('WASHINGTON — The Senate voted.');
    const result = detectDateline(tree.children[0] as Paragraph, { map });
    expect(result?.children[0]).not.toHaveProperty('region');
  });

  it('should return undefined for a paragraph without a dateline', () => {
    const { tree, map } = readText('Ukraine - a country of 40 million people.');
    expect(detectDateline(tree.children[0] as Paragraph, { map })).toBeUndefined();
  });
});

describe('dateline detection in the pipeline', () => {
  it('should look for a dateline only in the first body paragraph', () => {
    const tree = parse('Senate votes\n\nThe Senate voted.\n\nWASHINGTON — Later, it adjourned.', { from: 'text' });
    expect(JSON.stringify(tree)).not.toContain('"dateline"');
  });

  it('should find the dateline after the headline and the byline', () => {
    const tree = parse('Senate votes\n\nBy Jane Doe\n\nWASHINGTON — The Senate voted.', { from: 'text' });
    const lead = tree.children[2] as Paragraph;
    expect(lead.children[0]).toMatchObject({ type: 'dateline', place: 'WASHINGTON' });
  });

  it('should find the dateline below a byline the byline search did not take (lower case)', () => {
    const text =
      'Profits jump at Time Warner\n\nBy jane doe & JOHN ROE.\n\nNEW YORK, Feb 26 (Reuters) - Profits jumped 76%.\n';
    const lead = parse(text, { from: 'text' }).children[2] as Paragraph;
    expect(lead.children[0]).toMatchObject({ type: 'dateline', place: 'NEW YORK' });
  });

  it('should find a dateline whose agency writes its name in lower case (dpa)', () => {
    const tree = parse('Output rises\n\nFRANKFURT, Jan 5 (dpa) - German factory output rose.', { from: 'text' });
    const lead = tree.children[1] as Paragraph;
    expect(lead.children[0]).toMatchObject({ type: 'dateline', place: 'FRANKFURT', date: 'Jan 5', agency: 'dpa' });
  });

  it("should find a press release's dateline and take its wire for the agency", () => {
    const text =
      'Acme buys Widget\n\nNEW YORK, March 3, 2026 /PRNewswire/ -- Acme Corp today said it bought Widget Inc.';
    const lead = parse(text, { from: 'text' }).children[1] as Paragraph;
    expect(lead.children[0]).toMatchObject({
      type: 'dateline',
      place: 'NEW YORK',
      date: 'March 3, 2026',
      agency: 'PRNewswire',
      children: [{ type: 'text', value: 'NEW YORK, March 3, 2026 /PRNewswire/ --' }],
    });
    expect(lead.children[1]).toMatchObject({ type: 'text', value: ' Acme Corp today said it bought Widget Inc.' });
  });

  it("should keep Business Wire's glued dashes lossless: the text after the dateline starts at the word", () => {
    const lead = parse('Amazon results\n\nSEATTLE--(BUSINESS WIRE)--Amazon.com today announced results.', {
      from: 'text',
    }).children[1] as Paragraph;
    expect(lead.children.map((node) => ('value' in node ? node.value : node.type))).toEqual([
      'dateline',
      'Amazon.com today announced results.',
    ]);
    expect(lead.children[0]).toMatchObject({ place: 'SEATTLE', agency: 'BUSINESS WIRE' });
  });

  it('should keep the text after a dash that touches the first word lossless (Reuters: "TOKYO, March 5 -President")', () => {
    const lead = parse('Chamber urges spending\n\nTOKYO, March 5 -President of the chamber urged spending.', {
      from: 'text',
    }).children[1] as Paragraph;
    expect(lead.children.map((node) => ('value' in node ? node.value : node.type))).toEqual([
      'dateline',
      'President of the chamber urged spending.',
    ]);
    expect(lead.children[0]).toMatchObject({
      place: 'TOKYO',
      date: 'March 5',
      children: [{ value: 'TOKYO, March 5 -' }],
    });
  });

  it('should not take a Reuters slug at the start of the lead for a dateline ("EXCLUSIVE -")', () => {
    const tree = parse('Bank in talks\n\nEXCLUSIVE - The bank is in talks to buy a rival, sources said.', {
      from: 'text',
    });
    expect(JSON.stringify(tree)).not.toContain('"dateline"');
  });

  it('should not take an upper-case headline with a verb for a dateline ("U.S. SAYS NO -")', () => {
    const tree = parse('Talks stall\n\nU.S. SAYS NO - The talks stalled on Tuesday.', { from: 'text' });
    expect(JSON.stringify(tree)).not.toContain('"dateline"');
  });

  it('should find a dateline in a Markdown draft', () => {
    const tree = parse('# Senate votes\n\nWASHINGTON — The *Senate* voted.', { from: 'markdown' });
    const lead = tree.children[1] as Paragraph;
    expect(lead.children.map((node) => node.type)).toEqual(['dateline', 'text', 'emphasis', 'text']);
  });
});

describe('decomposed accents (NFD, as text pasted from macOS)', () => {
  it('should read a dateline and speakers whose accents are combining marks as NFC text reads them', () => {
    const nfc =
      'Shares rise in Germany\n\nMÜNCHEN, May 2 (Reuters) - Shares rose.\n\n"Yes indeed," said Zoë Smith.\n\n"No," said Renée Fleming, the singer.\n';
    const nfd = nfc.normalize('NFD');
    const found = (text: string) => {
      const out: string[] = [];
      const walk = (node: { type: string; place?: string; speaker?: string | null; children?: unknown[] }) => {
        if (node.type === 'dateline') out.push(`dateline ${node.place}`);
        if (node.type === 'quote') out.push(`quote ${node.speaker}`);
        for (const child of node.children ?? []) walk(child as typeof node);
      };
      walk(parse(text, { from: 'text' }) as unknown as Parameters<typeof walk>[0]);
      return out.map((item) => item.normalize('NFC'));
    };
    expect(found(nfd)).toEqual(found(nfc));
    expect(found(nfc)).toEqual(['dateline MÜNCHEN', 'quote Zoë Smith', 'quote Renée Fleming']);
  });
});
