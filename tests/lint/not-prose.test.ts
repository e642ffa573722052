/**
 * Web addresses and backtick code are not prose: typography rules (dash-style, ellipsis,
 * apostrophes) neither report nor fix inside them, in plain text and in Markdown alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixText } from '../../src/lint/fix.js';
import { runCli } from '../helpers/cli.js';

const article = [
  'Council approves new budget plan',
  '',
  'By Jane Doe',
  '',
  'Details at https://example.com/report--2024/summary...final.pdf and www.example.org/a--b today -- a record... Run `git commit --amend` now.',
  '',
].join('\n');
const fixed = article.replace('today -- a record...', 'today — a record…');

describe('addresses and code under --fix', () => {
  for (const from of ['text', 'markdown'] as const) {
    it(`should leave web addresses and backtick code alone and fix the prose around them (${from})`, () => {
      expect(fixText(article, { parse: { from } }).output).toBe(fixed);
    });
  }

  it('should leave a Markdown autolink and a URL scheme other than http alone', () => {
    const text = 'Budget plan approved\n\nSee <https://example.com/a--b> and ftp://files.example.com/x...y -- here.\n';
    expect(fixText(text, { parse: { from: 'markdown' } }).output).toBe(
      'Budget plan approved\n\nSee <https://example.com/a--b> and ftp://files.example.com/x...y — here.\n',
    );
  });

  it('should fix files through the CLI without touching their addresses', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-not-prose-'));
    writeFileSync(path.join(dir, 'url.txt'), article);
    writeFileSync(path.join(dir, 'url.md'), article);
    const result = await runCli(['lint', 'url.txt', 'url.md', '--fix', '--format', 'compact'], { cwd: dir });
    expect(result.stderr).toContain('fixed 4 problems in 2 files');
    expect(readFileSync(path.join(dir, 'url.txt'), 'utf8')).toBe(fixed);
    expect(readFileSync(path.join(dir, 'url.md'), 'utf8')).toBe(fixed);
    rmSync(dir, { recursive: true, force: true });
  });
});
