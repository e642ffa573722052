import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { treeText, withoutPositions } from '../../src/tree/compare.js';
import { toMarkdown } from '../../src/write/markdown/index.js';
import { smallArticle } from '../helpers/article.js';
import { paragraph, text } from '../helpers/build.js';

const body =
  '# Quake rattles Chile\n\nBy Jane Doe\n\nSANTIAGO, Chile (AP) — A quake shook Chile.\n\n## Damage\n\nNone was reported.\n\n— AP\n';

describe('toMarkdown', () => {
  it('should write # headline, ## sections, and byline, dateline and credits as text lines', () => {
    expect(toMarkdown(smallArticle())).toBe(body);
  });

  it('should write a deck as a line below the headline', () => {
    const tree = smallArticle();
    tree.children.splice(1, 0, { type: 'deck', children: [text('No damage reported')] });
    expect(toMarkdown(tree)).toBe(body.replace('\n\nBy Jane Doe', '\n\nNo damage reported\n\nBy Jane Doe'));
  });

  it('should write a dateline on its own line', () => {
    const tree = smallArticle();
    tree.children.splice(2, 1, {
      type: 'paragraph',
      children: [
        {
          type: 'dateline',
          place: 'VIENNA',
          date: 'Nov. 3',
          agency: 'UPI',
          children: [text('VIENNA, Nov. 3 (UPI) --')],
        },
      ],
    });
    expect(toMarkdown(tree)).toContain('\n\nVIENNA, Nov. 3 (UPI) --\n\n');
  });

  it('should escape text that would read as Markdown', () => {
    const tree = smallArticle();
    tree.children.splice(2, 1, paragraph('*Not emphasis*, <HLMC> and [not a link](x)'));
    const markdown = toMarkdown(tree);
    expect(markdown).toContain('\\*Not emphasis\\*, \\<HLMC> and \\[not a link]\\(x)');
    expect(treeText(parse(markdown, { from: 'markdown' }))).toContain('*Not emphasis*, <HLMC> and [not a link](x)');
  });

  it('should write quotes within quotes 30,000 deep', () => {
    // The writer wrote each quote whole to learn its first character, at every level: about 40 s.
    const quotes = `${'“a ‘b '.repeat(17_000)}${'’ ”'.repeat(17_000)}`;
    expect(toMarkdown(parse(`Quotes within quotes\n\n${quotes}\n`, { from: 'text' }))).toBe(
      `# Quotes within quotes\n\n${quotes}\n`,
    );
  });

  it('should read back to the same tree', () => {
    const tree = parse(
      'Quake rattles Chile\n\nBy Jane Doe\n\nSANTIAGO, Chile (AP) — A *quake* shook [Chile](x).\n\n— AP',
      {
        from: 'text',
      },
    );
    const back = parse(toMarkdown(tree), { from: 'markdown' });
    expect(withoutPositions(back, { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
  });

  it('should write a draft that opens with a rule so that it does not read back as front matter', () => {
    const tree = parse('---\na\n\n------\n', { from: 'markdown' });
    const markdown = toMarkdown(tree);
    expect(markdown.startsWith('***')).toBe(true);
    const back = parse(markdown, { from: 'markdown' });
    expect(withoutPositions(back, { rootData: false })).toEqual(withoutPositions(tree, { rootData: false }));
  });

  describe('front matter', () => {
    it('should start with YAML metadata: title, authors, dateline and sources', () => {
      expect(toMarkdown(smallArticle(), { frontMatter: true })).toBe(
        [
          '---',
          'title: Quake rattles Chile',
          'authors:',
          '  - Jane Doe',
          'dateline:',
          '  place: SANTIAGO',
          '  region: Chile',
          '  date: null',
          '  agency: AP',
          'sources:',
          '  - name: AP',
          '    role: agency',
          '---',
          '',
          body,
        ].join('\n'),
      );
    });

    it('should add the deck as the description', () => {
      const tree = smallArticle();
      tree.children.splice(1, 0, { type: 'deck', children: [text('No damage reported')] });
      expect(toMarkdown(tree, { frontMatter: true })).toMatch(
        /^---\ntitle: Quake rattles Chile\ndescription: No damage reported\n/,
      );
    });

    it('should write no block when the article has no metadata', () => {
      const tree = parse('The ferry left.\n\nIt returns in spring.', { from: 'text' });
      expect(toMarkdown(tree, { frontMatter: true })).toBe('The ferry left.\n\nIt returns in spring.\n');
    });

    it('should keep the fields of a draft’s own front matter', () => {
      const tree = parse('---\nslug: quake\n---\n\n# Quake rattles Chile\n\nText.\n', { from: 'markdown' });
      expect(toMarkdown(tree, { frontMatter: true })).toBe(
        '---\nslug: quake\ntitle: Quake rattles Chile\n---\n\n# Quake rattles Chile\n\nText.\n',
      );
    });

    it('should quote YAML-significant text', () => {
      const tree = smallArticle();
      tree.children[0] = { type: 'headline', children: [text('Quake: "no damage" # yet')] };
      const markdown = toMarkdown(tree, { frontMatter: true });
      const yaml = markdown.slice(4, markdown.indexOf('\n---\n'));
      expect(parse(`---\n${yaml}\n---\n\nText.`, { from: 'markdown' }).data?.frontMatter?.['title']).toBe(
        'Quake: "no damage" # yet',
      );
    });
  });
});
