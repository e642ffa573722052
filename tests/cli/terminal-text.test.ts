import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/show-controls.js';
import { cells, displayWidth, graphemeWidth } from '../../src/terminal-text.js';

describe('displayWidth', () => {
  it.each([
    ['ASCII', 'said 76%', 8],
    ['CJK ideographs (East Asian Wide)', '東京', 4],
    ['Hangul syllables', '한국어', 6],
    ['a Hangul syllable of conjoining jamo', '\u1100\u1161\u11a8', 2],
    ['an ideograph of plane 2', '𠀋', 2],
    ['fullwidth forms', 'ＡＢ', 4],
    ['halfwidth katakana', 'ｱ', 1],
    ['an emoji', '🎉', 2],
    ['an emoji with a skin tone', '👍🏽', 2],
    ['a flag', '🇫🇷', 2],
    ['a family joined by zero-width joiners', '👨‍👩‍👧', 2],
    ['a text symbol', '☺', 1],
    ['a text symbol shown as emoji (U+FE0F)', '☺️', 2],
    ['a keycap', '1\ufe0f\u20e3', 2],
    ['a digit', '1', 1],
    ['a letter with a combining accent', 'cafe\u0301', 4],
    ['a stray combining mark', '\u0301', 0],
    ['a zero-width space and a soft hyphen', '\u200b\u00ad', 0],
    ['the empty string', '', 0],
  ])('should measure %s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('should give a grapheme cluster 0, 1 or 2 columns', () => {
    expect([graphemeWidth('a'), graphemeWidth('京'), graphemeWidth('e\u0301'), graphemeWidth('\u200d')]).toEqual([
      1, 2, 1, 0,
    ]);
  });

  it('should split a line into clusters at their UTF-16 indices', () => {
    expect(cells('a👍🏽é京')).toEqual([
      { index: 0, width: 1 },
      { index: 1, width: 2 },
      { index: 5, width: 1 },
      { index: 6, width: 2 },
    ]);
  });

  it('should measure text without joining characters as Intl.Segmenter splits it (the fast path)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const unit = fc.oneof(
      fc.constantFrom('a', ' ', '’', '“', '—', '東', '한', 'Ａ', 'ｱ', '⌚', '☺', '\u0e01', '\u0e33', '\u2028', '€'),
      fc.integer({ min: 0x20, max: 0xffff }).map((code) => String.fromCharCode(code)),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const expected = [...segmenter.segment(text)].map(({ segment, index }) => ({
          index,
          width: graphemeWidth(segment),
        }));
        expect(cells(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('showControls', () => {
  it.each([
    ['an escape sequence', 'red \u001b[31mtext', 'red \u241b[31mtext'],
    ['a title-setting sequence ended by BEL', '\u001b]0;pwned\u0007', '\u241b]0;pwned\u2407'],
    ['a carriage return and a line feed', 'a\rb\nc', 'a\u240db\u240ac'],
    ['DEL and a C1 control (CSI)', 'a\u007fb\u009bc', 'a\u2421b\ufffdc'],
    ['a tab, left alone', 'a\tb', 'a\tb'],
    ['text without controls, left alone', 'Zoë said “東京” 🎉', 'Zoë said “東京” 🎉'],
  ])('should draw %s as symbols', (_name, text, shown) => {
    expect(showControls(text)).toBe(shown);
  });

  it('should keep every character one UTF-16 code unit and one column wide', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = showControls(text);
        expect(shown.length).toBe(text.length);
        expect(shown).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
      }),
    );
  });
});
