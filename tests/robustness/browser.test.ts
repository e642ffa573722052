/**
 * The standalone page in a real browser: Debian's Chromium, driven by playwright-core, opens the
 * page for the seed article and for an article with every node kind, and checks that nothing
 * errs in the console, that the JSON-LD parses, and that headline, byline, sections and quotes
 * are on screen. Screenshots go to tmp/screenshots/ (git-ignored) for a person to look at.
 * Chromium gets a fresh profile folder (playwright passes it as --user-data-dir).
 *
 * `npm test` installs Chromium first when it can (.ci/ensure-chromium.mjs); where it cannot,
 * the test is skipped and says why.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { toHtml } from '../../src/write/html/index.js';
import { root } from '../helpers/cli.js';

const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const skipReason = process.env['COPYDESK_SKIP_BROWSER']
  ? 'COPYDESK_SKIP_BROWSER is set'
  : existsSync(executablePath)
    ? undefined
    : `${executablePath} is not installed (npm test's pretest installs it with apt-get as root)`;
if (skipReason) process.stdout.write(`browser.test.ts skipped: ${skipReason}\n`);

const screenshots = path.join(root, 'tmp', 'screenshots');

/** The articles, and whether they have a headline (the seed starts with its byline). */
const articles = [
  { name: 'seed', file: 'fixtures/seed/article.txt', headline: false },
  { name: 'every-kind', file: 'fixtures/every-kind/input.txt', headline: true },
];

describe.skipIf(skipReason !== undefined)('the standalone page in headless Chromium', () => {
  let browser: BrowserContext;
  let profile: string;
  let pages: string;

  beforeAll(async () => {
    profile = mkdtempSync(path.join(tmpdir(), 'copydesk-chromium-'));
    pages = mkdtempSync(path.join(tmpdir(), 'copydesk-pages-'));
    mkdirSync(screenshots, { recursive: true });
    // A fresh profile and no background networking: this machine's network is closed, and
    // Chromium's own update and sync requests would only fail noisily.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      viewport: { width: 900, height: 1200 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(pages, { recursive: true, force: true });
  });

  for (const article of articles) {
    it(`should render the ${article.name} article cleanly, with its parts visible`, async () => {
      const input = readFileSync(path.join(root, article.file), 'utf8');
      const tree = parse(input, { from: 'text', file: path.basename(article.file) });
      const file = path.join(pages, `${article.name}.html`);
      writeFileSync(file, toHtml(tree, { standalone: true }));

      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
      const metadata = JSON.parse(jsonLd ?? '') as { '@type': string; headline?: string };
      expect(metadata['@type']).toBe('NewsArticle');

      const headline = page.locator('article h1');
      expect(await headline.count()).toBe(article.headline ? 1 : 0);
      if (article.headline) {
        expect(await headline.isVisible()).toBe(true);
        expect(metadata.headline).toBe((await headline.textContent())?.trim());
      }
      const byline = page.locator('article .byline');
      expect(await byline.isVisible()).toBe(true);
      expect(await byline.locator('.author').count()).toBeGreaterThan(0);
      const sections = page.locator('article section > h2');
      expect(await sections.count()).toBe(2);
      for (const heading of await sections.all()) expect(await heading.isVisible()).toBe(true);
      const quotes = page.locator('article q');
      expect(await quotes.count()).toBeGreaterThan(1);
      for (const quote of await quotes.all()) expect(await quote.isVisible()).toBe(true);
      // The browser draws the marks of <q> from the page's `quotes` property, not the text.
      const marks = await quotes.first().evaluate((element) => {
        const view = globalThis as unknown as { getComputedStyle(node: unknown): { quotes: string } };
        return view.getComputedStyle(element).quotes;
      });
      expect(marks).toContain('“');

      // The highlight toggle is CSS only: checking it must colour quotes without any script.
      await page.locator('#highlight').check();
      const background = await quotes.first().evaluate((element) => {
        const view = globalThis as unknown as { getComputedStyle(node: unknown): { backgroundColor: string } };
        return view.getComputedStyle(element).backgroundColor;
      });
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      await page.locator('#highlight').uncheck();

      await page.screenshot({ path: path.join(screenshots, `${article.name}.png`), fullPage: true });
      await page.close();
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it("should draw the author's marks: single stays single, a quote running on gets no closing mark", async () => {
    const input = [
      'Mayor keeps her word',
      '',
      '"This is the first paragraph of a long statement.',
      '',
      '"This is the second paragraph," Mayor Ann Bee said. He called it \'friendly fire\'.',
    ].join('\n');
    const file = path.join(pages, 'marks.html');
    writeFileSync(file, toHtml(parse(input, { from: 'text' }), { standalone: true }));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const drawn = await page.locator('article q').evaluateAll((elements) =>
      elements.map((element) => {
        const view = globalThis as unknown as {
          getComputedStyle(node: unknown, pseudo?: string): { quotes: string; content: string };
        };
        return {
          marks: element.getAttribute('data-marks'),
          quotes: view.getComputedStyle(element).quotes.split(' ').slice(0, 2).join(' '),
          after: view.getComputedStyle(element, '::after').content,
        };
      }),
    );
    await page.screenshot({ path: path.join(screenshots, 'marks.png') });
    await page.close();
    expect(drawn).toEqual([
      { marks: '"', quotes: '"“" "”"', after: 'no-close-quote' },
      { marks: '""', quotes: '"“" "”"', after: 'close-quote' },
      { marks: "''", quotes: '"‘" "’"', after: 'close-quote' },
    ]);
  }, 60_000);

  it("should draw a quote inside a quote with the author's marks too, not the other pair", async () => {
    const input = [
      'Nest story',
      '',
      '\'He said "never" and left the room in a hurry,\' she said.',
      '',
      '"She told me \'no\' and that was it for the plan," he said.',
    ].join('\n');
    const file = path.join(pages, 'nested-marks.html');
    writeFileSync(file, toHtml(parse(input, { from: 'text' }), { standalone: true }));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    // The marks a nested <q> draws are the second pair of its own `quotes`: it must be the first.
    const pairs = await page.locator('article q q').evaluateAll((elements) =>
      elements.map((element) => {
        const view = globalThis as unknown as { getComputedStyle(node: unknown): { quotes: string } };
        const [open, close, nestedOpen, nestedClose] = view.getComputedStyle(element).quotes.split(' ');
        return {
          marks: element.getAttribute('data-marks'),
          first: `${open}${close}`,
          nested: `${nestedOpen}${nestedClose}`,
        };
      }),
    );
    await page.screenshot({ path: path.join(screenshots, 'nested-marks.png') });
    await page.close();
    expect(pairs).toEqual([
      { marks: '""', first: '"“""”"', nested: '"“""”"' },
      { marks: "''", first: '"‘""’"', nested: '"‘""’"' },
    ]);
  }, 60_000);
});
