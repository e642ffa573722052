/**
 * `copydesk extract sources` on bylines and closing credits as 2020s web copy sets them.
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/cli.js';

/** The `name,role,from` of each CSV row of `extract sources`. */
function sources(stdout: string): string[] {
  const [header, ...rows] = stdout.trimEnd().split('\n');
  const columns = (header ?? '').split(',');
  const at = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split(',');
    return [cells[at('name')], cells[at('role')], cells[at('from')]].join(',');
  });
}

/** A Reuters story pasted from the web: the credit, then the site's "Our Standards" footer. */
const reutersWithFooter = [
  'OPEC+ weighs deeper cuts',
  '',
  'LONDON, Nov 20 (Reuters) - OPEC+ is weighing deeper oil output cuts, sources said.',
  '',
  '(Reporting by Alex Lawler; Editing by David Goodman)',
  '',
  'Our Standards: The Thomson Reuters Trust Principles.',
  '',
].join('\n');

describe('copydesk extract sources on modern credits (spawned bin)', () => {
  it('should list Reuters\' credit above the site\'s "Our Standards" footer', () => {
    const input = reutersWithFooter;
    const result = spawnCli(['extract', 'sources', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(sources(result.stdout)).toEqual([
      'Reuters,agency,dateline',
      'Alex Lawler,reporting,sourceTags',
      'David Goodman,editing,sourceTags',
    ]);
  });

  it("should put the credit and the site's footer under it in the HTML <footer>", () => {
    const input = reutersWithFooter;
    const result = spawnCli(['convert', '--to', 'html'], { input });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /<footer>\n<p class="source-tags">\(Reporting by Alex Lawler; Editing by David Goodman\)<\/p>\n<p>Our Standards:/,
    );
  });

  it('should list AP\'s contributor above "Follow AP coverage …"', () => {
    const input = [
      'Senate passes stopgap bill',
      '',
      'WASHINGTON (AP) — The Senate passed a stopgap spending bill late on Wednesday.',
      '',
      'Associated Press writer Kevin Freking contributed to this report.',
      '',
      'Follow AP coverage of the election at https://apnews.com/hub/election-2024',
      '',
    ].join('\n');
    const result = spawnCli(['extract', 'sources', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(sources(result.stdout)).toEqual([
      'AP,agency,dateline',
      'Associated Press,agency,sourceTags',
      'Kevin Freking,additional reporting,sourceTags',
    ]);
  });

  it("should list the byline's authors without the outlet typed on the next line", () => {
    const input = [
      'City beat United in derby',
      '',
      'By Simon Stone and Jane Doe',
      'BBC Sport at the Etihad Stadium',
      '',
      'Manchester City beat Manchester United 3-1 on Sunday.',
      '',
    ].join('\n');
    const result = spawnCli(['extract', 'sources', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(sources(result.stdout)).toEqual(['Simon Stone,author,byline', 'Jane Doe,author,byline']);
  });

  it('should list Bloomberg\'s "--With assistance from" and contact lines', () => {
    const input = [
      'Fed holds rates steady',
      '',
      '(Bloomberg) -- The Federal Reserve held interest rates steady on Wednesday.',
      '',
      '--With assistance from Jane Doe.',
      '',
      'To contact the reporter on this story: Craig Torres in Washington at ctorres3@bloomberg.net',
      '',
      'To contact the editors responsible for this story: Brendan Murray at brmurray@bloomberg.net',
      '',
    ].join('\n');
    const result = spawnCli(['extract', 'sources', '--to', 'csv'], { input });
    expect(result.code).toBe(0);
    expect(sources(result.stdout)).toEqual([
      'Bloomberg,agency,dateline',
      'Jane Doe,additional reporting,sourceTags',
      'Craig Torres,reporting,sourceTags',
      'Brendan Murray,editing,sourceTags',
    ]);
  });
});
