import { describe, expect, it } from 'vitest';
import { check, fixWith } from '../helpers.js';

const headline = 'Ad sales boost Time Warner profit\n\n';
const mixed = `${headline}“Our performance was strong,” he said. "We met our objectives."\n`;

describe('quote-marks-consistent', () => {
  it('should accept one kind of marks', () => {
    expect(check('quote-marks-consistent', `${headline}"Strong," he said. "We met them."\n`)).toEqual([]);
  });

  it('should report the kind used less', () => {
    expect(check('quote-marks-consistent', mixed)).toEqual([
      '3:40-3:41: Unexpected straight `"`, expected `“`',
      '3:63-3:64: Unexpected straight `"`, expected `”`',
    ]);
  });

  it('should report every straight mark when the style is `curly`', () => {
    expect(check('quote-marks-consistent', `${headline}"Strong," he said.\n`, { options: { style: 'curly' } })).toEqual(
      ['3:1-3:2: Unexpected straight `"`, expected `“`', '3:9-3:10: Unexpected straight `"`, expected `”`'],
    );
  });

  it('should not curl an inch mark after a figure', () => {
    const text = `${headline}The centre, 5'10" tall, signed. "He is quick," the coach said.\n`;
    expect(fixWith('quote-marks-consistent', text, { options: { style: 'curly' } })).toBe(
      `${headline}The centre, 5'10" tall, signed. “He is quick,” the coach said.\n`,
    );
  });

  it('should fix straight marks to curly ones, and fixing twice changes nothing', () => {
    const fixed = fixWith('quote-marks-consistent', mixed);
    expect(fixed).toBe(`${headline}“Our performance was strong,” he said. “We met our objectives.”\n`);
    expect(fixWith('quote-marks-consistent', fixed)).toBe(fixed);
  });
});

describe('quote-marks-consistent on single-quoted phrases', () => {
  it('should report a phrase opened straight and closed curly, and fix it to the wanted kind', () => {
    const text = "Minister 'regrets’ row over ’90s policy\n\nThe minister said it was fine.\n";
    expect(check('quote-marks-consistent', text)).toEqual([
      "1:10-1:11: Unexpected `'` opening a phrase closed with `’`, expected `‘`",
    ]);
    expect(fixWith('quote-marks-consistent', text)).toBe(
      'Minister ‘regrets’ row over ’90s policy\n\nThe minister said it was fine.\n',
    );
    expect(fixWith('quote-marks-consistent', text, { options: { style: 'straight' } })).toBe(
      "Minister 'regrets' row over ’90s policy\n\nThe minister said it was fine.\n",
    );
  });

  it('should pair a phrase over a plural possessive with its real closing mark', () => {
    const text = `${headline}He disputed 'the analysts' view’ of the market.\n`;
    expect(check('quote-marks-consistent', text)).toEqual([
      "3:13-3:14: Unexpected `'` opening a phrase closed with `’`, expected `‘`",
    ]);
    expect(fixWith('quote-marks-consistent', text)).toBe(
      `${headline}He disputed ‘the analysts' view’ of the market.\n`,
    );
    expect(check('quote-marks-consistent', `${headline}He disputed 'the analysts' view' of the market.\n`)).toEqual([]);
  });

  it('should curl a straight phrase when the style is `curly`, as it curls double marks', () => {
    const text = `${headline}He called it 'a disaster'. “He told me 'never again',” she said.\n`;
    const curly = { options: { style: 'curly' } };
    expect(check('quote-marks-consistent', text, curly)).toEqual([
      "3:14-3:15: Unexpected straight `'`, expected `‘`",
      "3:25-3:26: Unexpected straight `'`, expected `’`",
      "3:40-3:41: Unexpected straight `'`, expected `‘`",
      "3:52-3:53: Unexpected straight `'`, expected `’`",
    ]);
    const fixed = fixWith('quote-marks-consistent', text, curly);
    expect(fixed).toBe(`${headline}He called it ‘a disaster’. “He told me ‘never again’,” she said.\n`);
    expect(fixWith('quote-marks-consistent', fixed, curly)).toBe(fixed);
  });

  it('should straighten a curly phrase when the style is `straight`', () => {
    const text = `${headline}The ‘bad bank’ split.\n`;
    expect(check('quote-marks-consistent', text, { options: { style: 'straight' } })).toEqual([
      "3:5-3:6: Unexpected curly `‘`, expected `'`",
      "3:14-3:15: Unexpected curly `’`, expected `'`",
    ]);
    expect(fixWith('quote-marks-consistent', text, { options: { style: 'straight' } })).toBe(
      `${headline}The 'bad bank' split.\n`,
    );
  });

  it('should leave a phrase whose marks match alone when the style is `consistent`', () => {
    expect(check('quote-marks-consistent', `${headline}He called it 'a disaster'. “It failed,” she said.\n`)).toEqual(
      [],
    );
  });

  it('should not curl apostrophes that only look like a pair', () => {
    const text = `${headline}They play rock 'n' roll, he said, and give 'em the analysts' view.\n`;
    expect(check('quote-marks-consistent', text, { options: { style: 'curly' } })).toEqual([]);
  });

  it('should accept phrases whose marks match', () => {
    expect(check('quote-marks-consistent', `${headline}The ‘bad bank’ and the 'good bank' split.\n`)).toEqual([]);
  });

  it('should report a paragraph of 130,000 mixed single quotes', () => {
    // A block's findings were added with `push(...findings)`, one argument each: a RangeError.
    const messages = check('quote-marks-consistent', `${headline}${"'a’ ".repeat(130_000)}\n`);
    expect(messages).toHaveLength(130_000);
  });
});
