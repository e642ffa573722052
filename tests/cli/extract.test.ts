import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../helpers/cli.js';

const article = [
  'Council votes to close library',
  '',
  'By Jane Doe and John Roe',
  '',
  'LONDON, March 3 (Reuters) - The council voted on Tuesday to close the central library.',
  '',
  '(Reporting by Jane Doe; Editing by Ann Poe)',
].join('\n');

/** The records of an NDJSON output, one per line. */
function ndjsonRecords<T = Record<string, unknown>>(stdout: string): T[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-extract-'));
  writeFileSync(path.join(folder, 'story.txt'), article);
  return folder;
}

describe('copydesk extract (spawned bin)', () => {
  it('should print a table of sources by default', () => {
    const cwd = workspace();
    const result = spawnCli(['extract', 'sources', 'story.txt'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^place\s+name\s+role\s+from\n/);
    expect(result.stdout).toMatch(/story\.txt:5:1\s+Reuters\s+agency\s+dateline/);
  });

  it('should read a British web byline without "By" ("Name Transport correspondent") as the author', () => {
    const input = 'Rail fares to rise\n\nGwyn Topham Transport correspondent\n\nFares will rise 4.6% in March.\n';
    const result = spawnCli(['extract', 'sources', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records.map((record) => [record['name'], record['role']])).toEqual([['Gwyn Topham', 'author']]);
  });

  it("should read a byline's affiliation line as no author, and AP's contributor line as credits", () => {
    const input = [
      'Storm hits coast',
      '',
      'By MARIA GONZALEZ and TOM BAKER',
      'Associated Press',
      '',
      'The storm hit the coast on Monday, officials said.',
      '',
      'Associated Press writer Jamie Stengle in Dallas contributed to this report.',
    ].join('\n');
    const result = spawnCli(['extract', 'sources', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records.map((record) => [record['name'], record['role']])).toEqual([
      ['MARIA GONZALEZ', 'author'],
      ['TOM BAKER', 'author'],
      ['Associated Press', 'agency'],
      ['Jamie Stengle', 'additional reporting'],
    ]);
  });

  it("should list AFP's closing signature, and lint finds the credit there", async () => {
    const input =
      'Macron names prime minister\n\nPARIS, Dec 13 (AFP) - Emmanuel Macron named a prime minister.\n\nbur-as/jj\n';
    const result = spawnCli(['extract', 'sources', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records.map((record) => [record['name'], record['role'], record['from']])).toEqual([
      ['AFP', 'agency', 'dateline'],
      ['bur', 'reporting', 'sourceTags'],
      ['as', 'writing', 'sourceTags'],
      ['jj', 'editing', 'sourceTags'],
    ]);
    const lint = spawnCli(['lint', '--format', 'json'], { input });
    expect(lint.stdout).not.toContain('source-tags-required');
  });

  it('should write NDJSON for pipelines', () => {
    const result = spawnCli(['extract', 'sources', '--to', 'ndjson', '--stdin-filename', 'wire.txt'], {
      input: article,
    });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records.map((record) => record['name'])).toEqual(['Jane Doe', 'John Roe', 'Reuters', 'Jane Doe', 'Ann Poe']);
    expect(records[0]).toMatchObject({ file: 'wire.txt', line: 3, column: 1 });
  });

  it("should give CSV cells a spreadsheet would run a leading ', unless --no-escape-formulas", () => {
    const input = '"=HYPERLINK(1) is all they offer," said Jane Doe.\n';
    const escaped = spawnCli(['extract', 'quotes', '--to', 'csv'], { input });
    expect(escaped.code).toBe(0);
    expect(escaped.stdout.split('\n')[1]).toContain(`,Jane Doe,said,"'=HYPERLINK(1) is all they offer,",`);
    const raw = spawnCli(['extract', 'quotes', '--to', 'csv', '--no-escape-formulas'], { input });
    expect(raw.stdout.split('\n')[1]).toContain(',Jane Doe,said,"=HYPERLINK(1) is all they offer,",');
  });

  it('should name the speaker of a quote missing its comma, and of ", saying:" after a verb that is no cue', () => {
    const input = [
      'Survey finds readers moving online',
      '',
      '"People are moving to the web faster than anyone expected" said Lee Rainie.',
      '',
      'The mayor spoke at length, saying: "We will build the bridge."',
    ].join('\n');
    const result = spawnCli(['extract', 'quotes', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records.map((record) => [record['speaker'], record['cue']])).toEqual([
      ['Lee Rainie', 'said'],
      ['The mayor', 'saying'],
    ]);
  });

  it('should give "she" to the woman named, not to the man who is the subject', () => {
    const input = 'Talks go on\n\nTom Brown met Mary Jones. "We will need more time," she said.\n';
    const result = spawnCli(['extract', 'quotes', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toContain(',direct,Mary Jones,said,');
  });

  it('should source a figure to "the council", not to the abstract noun that opens its sentence', () => {
    const input = 'Bridge plan approved\n\nConstruction is due to cost £5m, the council said.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/,£5m,5000000,,money,GBP,,the council,/);
  });

  it('should read a rate written out ("barrels per day", "tonnes a year") as one unit', () => {
    const input = 'Oil output\n\nOutput rose to 9.5 mln barrels per day, and the plant makes 500 tonnes a year.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toMatch(/,9\.5 mln barrels per day,9500000,,measure,barrel per day,/);
    expect(rows[2]).toMatch(/,500 tonnes a year,500,,measure,tonne per year,/);
  });

  it('should list a change and the level it reached as two figures, not a range', () => {
    const input = 'Money supply\n\nM-1 rose 217 mln dlrs to 32.80 billion dlrs in the week.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatch(/,217 mln dlrs,217000000,,money,USD,/);
    expect(rows[2]).toMatch(/,32\.80 billion dlrs,32800000000,,money,USD,/);
  });

  it('should name "Retailer Tesco" as Tesco, and a quote of "Singer Adele" as hers', () => {
    const input =
      'Sales\n\nRetailer Tesco said sales rose 5%.\n\nSinger Adele said: "I love this city."\n\n' +
      'Analysts at Cornwall Insight expect a drop of 3% in July.\n';
    const statistics = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(statistics.code).toBe(0);
    expect(statistics.stdout.split('\n')[1]).toMatch(/,5%,5,,percent,percent,,Tesco,/);
    expect(statistics.stdout.split('\n')[2]).toMatch(/,3%,3,,percent,percent,,Cornwall Insight,/);
    const quotes = spawnCli(['extract', 'quotes', '--to', 'csv'], { input });
    expect(quotes.stdout.split('\n')[1]).toContain(',direct,Adele,said,');
  });

  it('should credit the agency of a dateline with no place ("Nov 20 (Reuters) -")', () => {
    const input = 'Nvidia beats estimates\n\nNov 20 (Reuters) - Nvidia forecast revenue above estimates.\n';
    const result = spawnCli(['extract', 'sources', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toMatch(/,Reuters,agency,dateline,/);
  });

  it('should give each clause that ends in an attribution its own source', () => {
    const input =
      'Trade figures\n\nExports rose 5% in May, the ministry said, and imports fell 3%, according to the central bank.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toMatch(/,5%,5,,percent,percent,,the ministry,/);
    expect(rows[2]).toMatch(/,3%,3,,percent,percent,,the central bank,/);
  });

  it('should name the speaker of a quote that a new paragraph frames, not the previous speaker', () => {
    const input = [
      'Housing row grows',
      'The minister, Angela Rayner, spoke first. "We will build the homes we need," she said.',
      'As the economist Kate Barker put it, "Supply is the problem, and it always has been."',
      'In the words of one resident, "Nobody listens to us round here any more."',
      'Mr Smith, who has lived on the estate for 30 years, was blunt: "They have abandoned us completely."',
      '"It\'s a scandal," wrote Polly Toynbee in the Guardian. "A national disgrace."',
      'A statement from Downing Street read: "The prime minister has full confidence in the plan."',
    ].join('\n\n');
    const result = spawnCli(['extract', 'quotes', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toContain(',direct,Angela Rayner,said,');
    expect(rows[2]).toContain(',direct,Kate Barker,put it,');
    expect(rows[3]).toContain(',direct,one resident,In the words of,');
    expect(rows[4]).toContain(',direct,Mr Smith,was blunt,');
    expect(rows[5]).toContain(',direct,Polly Toynbee,wrote,');
    expect(rows[6]).toContain(',direct,Polly Toynbee,,');
    expect(rows[7]).toContain(',direct,Downing Street,A statement from Downing Street read,');
  });

  it('should name the speaker, not who was told, when an aside follows the name', () => {
    const input = [
      '"It is a disgrace to the whole chamber," Rep. Nancy Pelosi, D-Calif., told reporters.',
      '"We\'ve been here before," a local councillor, who asked not to be named, told the BBC.',
      '"We are going to pass this bill before the recess," Sen. David Boren (D-Okla.) said.',
    ].join('\n\n');
    const result = spawnCli(['extract', 'quotes', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toContain(',direct,Nancy Pelosi,told reporters,');
    expect(rows[2]).toContain(',direct,a local councillor,told the BBC,');
    expect(rows[3]).toContain(',direct,David Boren,said,');
  });

  it('should source a figure to a whole name with "for" or "of" in it, and an age to nobody', () => {
    const input = [
      'Prices rose 5%, the Office for National Statistics said.',
      'Damage reached $1.2 billion, according to the Insurance Council of Texas.',
      'Jane Smith, 42, a nurse from Leeds, told the BBC she had waited.',
    ].join('\n\n');
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n');
    expect(rows[1]).toContain(',5%,5,,percent,percent,,the Office for National Statistics,');
    expect(rows[2]).toContain(',USD,,the Insurance Council of Texas,');
    expect(rows[3]).toContain(',42,42,,age,year,,,');
  });

  it('should draw control characters in the table as symbols', () => {
    const input = 'Vote story\n\n"We are \u001b[31mred\u001b[0m and proud of it all," said Jane Doe.\n';
    const result = spawnCli(['extract', 'quotes'], { input });
    expect(result.stdout).toContain('We are \u241b[31mred\u241b[0m and proud of it all,');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('should show a range whole in the table', () => {
    const result = spawnCli(['extract', 'statistics'], { input: 'Prices story\n\nPrices rose 5-7% this year.\n' });
    expect(result.stdout).toMatch(/<stdin>:3:13\s+5-7%\s+5–7\s+percent/);
  });

  it('should refuse an unknown kind with exit code 2', () => {
    const result = spawnCli(['extract', 'people', 'story.txt'], { cwd: workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "'people' is invalid for argument 'what'. Allowed choices are quotes, statistics, sources",
    );
  });
});

describe('copydesk extract (in-process)', () => {
  it('should write CSV to a file with -o', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'sources', 'story.txt', '--to', 'csv', '-o', 'sources.csv'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(path.join(cwd, 'sources.csv'), 'utf8').split('\n')[0]).toBe(
      'file,line,column,name,role,from,text,endLine,endColumn',
    );
  });

  it('should list both authors of an upper-case byline and leave out the agency after a comma', async () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, 'caps.txt'),
      'Council votes\n\nBY JOHN SMITH AND JANE DOE, Reuters\n\nThe council voted.\n',
    );
    const result = await runCli(['extract', 'sources', 'caps.txt', '--to', 'json'], { cwd });
    expect(JSON.parse(result.stdout).map((record: { name: string }) => record.name)).toEqual([
      'JOHN SMITH',
      'JANE DOE',
    ]);
  });

  it("should give a figure the source its sentence names, not the dateline's agency", async () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, 'wire.txt'),
      'Shares up\n\nLONDON, March 3 (Reuters) - Shares rose 5% on Tuesday, the exchange said.\n\nSales rose 5% last year, the company said.\n',
    );
    const result = await runCli(['extract', 'statistics', 'wire.txt', '--to', 'json'], { cwd });
    expect(JSON.parse(result.stdout).map((record: { source: string }) => record.source)).toEqual([
      'the exchange',
      'the company',
    ]);
  });

  it('should credit an agency that writes its name in lower case from the dateline (dpa)', async () => {
    const result = await runCli(['extract', 'sources', '--to', 'json'], {
      stdin: 'Output rises\n\nFRANKFURT, Jan 5 (dpa) - German factory output rose.\n',
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { line: 3, column: 1, name: 'dpa', role: 'agency', from: 'dateline', text: 'FRANKFURT, Jan 5 (dpa) -' },
    ]);
    const joint = await runCli(['extract', 'sources', '--to', 'json'], {
      stdin: 'Dax steigt\n\nFRANKFURT (dpa-AFX) - Der Dax ist gestiegen.\n',
    });
    expect(JSON.parse(joint.stdout)).toMatchObject([{ name: 'dpa-AFX', role: 'agency', from: 'dateline' }]);
  });

  it("should credit a press release's wire from its dateline (/PRNewswire/, --(BUSINESS WIRE)--)", async () => {
    for (const [dateline, name] of [
      ['NEW YORK, March 3, 2026 /PRNewswire/ --', 'PRNewswire'],
      ['SEATTLE--(BUSINESS WIRE)--', 'BUSINESS WIRE'],
    ]) {
      const result = await runCli(['extract', 'sources', '--to', 'json'], {
        stdin: `Acme buys Widget\n\n${dateline} Acme Corp today said it bought Widget Inc.\n`,
      });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject([{ line: 3, column: 1, name, role: 'agency', text: dateline }]);
    }
  });

  it('should credit the agency a Reuters dateline names without parentheses ("March 12, Reuter -")', async () => {
    const result = await runCli(['extract', 'sources', '--to', 'json'], {
      stdin: 'Judge dismisses suit\n\nWASHINGTON, March 12, Reuter - A U.S. judge today dismissed a lawsuit.\n',
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([
      { line: 3, column: 1, name: 'Reuter', role: 'agency', from: 'dateline', text: 'WASHINGTON, March 12, Reuter -' },
    ]);
  });

  it('should read a Reuters dateline with a misspelt month in the JSON tree ("NEW YORK, Narch 2 -")', async () => {
    const result = await runCli(['convert', '--to', 'json', '--no-position'], {
      stdin: 'Wiley quarterly net\n\nNEW YORK, Narch 2 - Qtr ended Jan 31 with net of 3.1 mln dlrs.\n',
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).children[1].children[0]).toMatchObject({
      type: 'dateline',
      place: 'NEW YORK',
      date: 'Narch 2',
      children: [{ type: 'text', value: 'NEW YORK, Narch 2 -' }],
    });
  });

  it('should list no statistic for numbers that label things (a level three heading, phase two)', async () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, 'f.md'),
      '# Trial results\n\n### A level three heading\n\nThe phase two trial enrolled 300 patients.\n',
    );
    const result = await runCli(['extract', 'statistics', 'f.md', '--to', 'json'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject([{ line: 5, text: '300', value: 300, unit: 'patient' }]);
  });

  it('should list no statistic for Markdown footnotes, their markers or their definitions', async () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, 'f.md'),
      '# Claims\n\n### A level three heading\n\nA claim needs a note.[^1]\n\n[^1]: The note.\n',
    );
    const result = await runCli(['extract', 'statistics', 'f.md', '--to', 'json'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('should list no statistic for a press release\'s phone numbers, and a range before "more"', () => {
    const input =
      'Acme opens stores\n\nAcme plans to open 15-20 more stores by 2027.\n\nMedia contact: Jane Doe, +1 408-555-0199, or (020) 7946 0958\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',15-20,15,20,count,store,');
  });

  it('should end a speaker quoted "as saying" before a bracket it cannot close', () => {
    const input =
      'Oil deals signed\n\n"We signed eight contracts," the New China News Agency quoted a spokesman for the China National Offshore Oil Corp (CNOOC) as saying.\n';
    const result = spawnCli(['extract', 'quotes', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const [record] = ndjsonRecords<{ speaker: string; cue: string }>(result.stdout);
    expect([record?.speaker, record?.cue]).toEqual([
      'a spokesman for the China National Offshore Oil Corp',
      'quoted as saying',
    ]);
  });

  it('should not take a speech verb that opens a sentence into the speaker ("Added Mr Hall:")', () => {
    const input = 'Council backs plan\n\nThe council backed the plan.\n\nAdded Mr Hall: "We are delighted."\n';
    const result = spawnCli(['extract', 'quotes', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout.trim()) as { speaker: string; cue: string };
    expect([record.speaker, record.cue]).toEqual(['Mr Hall', 'Added']);
  });

  it('should give a figure\'s source its whole name with "and", and "the government" as itself', () => {
    const input =
      'Rail fares to rise\n\nRail fares in England will rise by 4.6% from March, the government has announced.\n\n' +
      'A season ticket costs £3,500, according to figures from the Office of Rail and Road.\n\n' +
      'The notes yield 8.2 pct, said lead manager Morgan Stanley and Co Inc.\n\n' +
      'Industry analysts said fares would rise 3 pct next year.\n\n' +
      'Alcan Aluminium Ltd said it would close a smelter. Alcan said output would fall 50 pct.\n\n' +
      'Rowntree Mackintosh Plc <RWNT.L> announced a pretax profit of 84 mln stg.\n\n' +
      'The Finance Ministry set a price. The price was 335 francs, the Ministry said.\n\n' +
      "The world's biggest confectionery firm, Cadbury Schweppes, reported. Cadbury said sales rose 4%.\n\n" +
      'Output fell in Iraq, which said it would not honour its 1.466 mln bpd quota.\n\n' +
      "Indonesia's government has confirmed fuel prices will rise by as much as 30%.\n\n" +
      'Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.\n\n' +
      'Pharmacia AB said the writedown was a premium. The accounts also showed a deficit of 1.87 billion crowns.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords<{ text: string; source: string | null }>(result.stdout);
    expect(records.map((record) => [record.text, record.source])).toEqual([
      ['4.6%', 'the government'],
      ['£3,500', 'the Office of Rail and Road'],
      ['8.2 pct', 'Morgan Stanley and Co Inc'],
      ['3 pct', 'Industry analysts'],
      ['50 pct', 'Alcan Aluminium Ltd'],
      ['84 mln stg', 'Rowntree Mackintosh Plc'],
      ['335 francs', 'Finance Ministry'],
      ['4%', 'Cadbury Schweppes'],
      ['1.466 mln bpd', 'Iraq'],
      ['as much as 30%', "Indonesia's government"],
      ['300bn yen', 'Toshiba'],
      ['1.87 billion crowns', 'Pharmacia AB'],
    ]);
  });

  it('should give a capitals headline\'s figure the firm the body names ("GE" → General Electric Co)', () => {
    const input =
      'GE <GE> SAYS AMR <AMR> ORDER WORTH 650 MLN DLRS\n\n' +
      '    EVENDALE, Ohio, March 3 - General Electric Co said the order is worth over 650 mln dlrs.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords<{ text: string; source: string | null }>(result.stdout);
    expect(records.map((record) => [record.text, record.source])).toEqual([
      ['650 MLN DLRS', 'General Electric Co'],
      ['over 650 mln dlrs', 'General Electric Co'],
    ]);
  });

  it('should list the figure beside a "five-week low", not the period', () => {
    const input = 'Dollar slips\n\nThe dollar fell 2% to a five-week low against the euro.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',2%,2,,percent,percent,');
  });

  it('should read a long run of figures, longer than any phone number, as figures', () => {
    const input = `Results\n\nScores: ${'12 '.repeat(20_000)}\n`;
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').slice(1)[0]).toContain(',12,12,,');
  });

  it('should lay out a table of 150,000 prices', () => {
    // The column widths were found with `Math.max(...widths)`, one argument per record: a
    // RangeError (call stack exceeded) from about 120,000 records.
    const input = `Results\n\nPrices: ${'$1 '.repeat(150_000)}\n`;
    const result = spawnCli(['extract', 'statistics'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(150_002);
  });

  it('should list the figures of a Markdown paragraph of 40,000 code spans', async () => {
    // Each figure looked for the nodes around it among all the paragraph’s nodes: about 50 s.
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'figures.md'), `# Figures\n\n${'`a` 5% '.repeat(40_000)}\n`);
    const result = await runCli(['extract', 'statistics', 'figures.md', '--to', 'csv'], { cwd });
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n');
    expect(rows).toHaveLength(40_001);
    expect(rows[40_000]).toBe('figures.md,3,279998,5%,5,,percent,percent,,,3,280000');
  });

  it('should list the speakers of a paragraph of 42,000 quotes', () => {
    // A pronoun with no one of its kind and gender before it ("She", "They" after a man only)
    // read back through every name of the paragraph: about 50 s.
    const input = `Talks\n\nJohn Smith said it. ${'He said "yes". She said "no". They said "maybe". '.repeat(14_000)}\n`;
    const result = spawnCli(['extract', 'quotes', '--to', 'ndjson'], { input });
    expect(result.code).toBe(0);
    const records = ndjsonRecords(result.stdout);
    expect(records).toHaveLength(42_000);
    expect(records.at(-1)).toMatchObject({ speaker: 'John Smith', text: 'maybe' });
  });

  it('should list no statistic for citation markers ([12]) pasted into a draft', () => {
    const input = 'Wiki story\n\nThe claim was made in public.[12] Prices rose sharply [3] as 5 people left.\n';
    const result = spawnCli(['extract', 'statistics', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n').slice(1)).toHaveLength(1);
    expect(result.stdout).toContain(',5,5,,count,person,');
  });

  it('should list no statistic for the numbers of a numbered list in plain text', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'steps.txt'), 'Trial steps\n\nThe steps are:\n1. First item\n2. Second item\n');
    const result = await runCli(['extract', 'statistics', 'steps.txt', '--to', 'json'], { cwd });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('should keep a negative figure a number in CSV while its text gets a leading quote', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'cold.txt'), 'Temperatures fell to -5 degrees on Tuesday.\n');
    const result = await runCli(['extract', 'statistics', 'cold.txt', '--to', 'csv'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[1]).toBe("cold.txt,1,22,'-5 degrees,-5,,measure,degree,,,1,32");
  });

  it('should report a missing file by name, go on with the others and exit 1', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'sources', 'missing.txt', 'story.txt', '--to', 'json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.txt: no such file');
    expect(JSON.parse(result.stdout)).toHaveLength(5);
  });

  it('should refuse to overwrite an input', async () => {
    const cwd = workspace();
    const result = await runCli(['extract', 'quotes', 'story.txt', '-o', 'story.txt'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would overwrite an input');
    expect(readFileSync(path.join(cwd, 'story.txt'), 'utf8')).toBe(article);
  });

  it('should refuse a terminal as the only input instead of waiting for typing', async () => {
    const result = await runCli(['extract', 'quotes'], { stdinIsTty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'no input: give a file, or pipe an article into stdin (see copydesk extract --help)',
    );
  });

  it('should refuse stdin named twice', async () => {
    const result = await runCli(['convert', '-', '-', '--out-dir', 'out'], { stdin: article, cwd: workspace() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stdin ("-") can be read only once');
  });
});

describe('copydesk extract of NDJSON records', () => {
  const records = '{"id":"a1","text":"Council votes\\n\\nThe council voted 7-2."}\n{"id":"a2","text":"More."}\n';
  const hint =
    'this looks like NDJSON records ({"id", "text"} a line), read as one article; extract reads articles, not records';

  it('should warn on stdin that the records were read as one article, as convert does (the bin)', () => {
    const result = spawnCli(['extract', 'statistics'], { input: records });
    expect(result.stderr).toContain(`warning <stdin>:1: ${hint}`);
  });

  it('should not warn with --from text, or for an article', async () => {
    expect((await runCli(['extract', 'quotes', '--from', 'text', '-q'], { stdin: records })).stderr).toBe('');
    expect((await runCli(['extract', 'quotes', '-q'], { stdin: 'Council votes\n\nThe council voted.\n' })).stderr).toBe(
      '',
    );
  });
});
