import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { SKIP, visit } from '../../src/tree/visit.js';

const tree = parse('Headline here\n\n"We won," she said. Sales rose 5%.\n\nA second paragraph.\n', { from: 'text' });

describe('visit (the lint rules’ walker)', () => {
  it('should visit every node in preorder, as unist-util-visit does', async () => {
    const { visit: reference } = await import('unist-util-visit');
    const ours: string[] = [];
    const theirs: string[] = [];
    visit(tree as Nodes, (node) => {
      ours.push(node.type);
    });
    reference(tree as Nodes, (node) => {
      theirs.push(node.type);
    });
    expect(ours).toEqual(theirs);
    expect(ours.slice(0, 3)).toEqual(['root', 'headline', 'text']);
  });

  it('should visit only the nodes of a type, looking inside the others', () => {
    const types: string[] = [];
    visit(tree as Nodes, 'quote', (node) => {
      types.push(`${node.type}:${node.children.length}`);
    });
    expect(types).toEqual(['quote:1']);
  });

  it('should leave out the children of a node whose visitor returns SKIP', () => {
    const seen: string[] = [];
    visit(tree as Nodes, (node) => {
      seen.push(node.type);
      return node.type === 'paragraph' ? SKIP : undefined;
    });
    expect(seen).not.toContain('quote');
    expect(seen.filter((type) => type === 'paragraph')).toHaveLength(2);
  });
});
