/**
 * A small hand-built article tree for writer tests: headline, byline, a lead with a dateline,
 * one section and a credit line.
 */
import type { ArticleRoot } from '../../src/tree/types.js';
import { heading, paragraph, text } from './build.js';

/**
 * A fresh copy of the small article.
 *
 * @returns The tree (no positions, no root data).
 */
export function smallArticle(): ArticleRoot {
  return {
    type: 'root',
    children: [
      { type: 'headline', children: [text('Quake rattles Chile')] },
      { type: 'byline', authors: ['Jane Doe'], children: [text('By Jane Doe')] },
      {
        type: 'paragraph',
        children: [
          {
            type: 'dateline',
            place: 'SANTIAGO',
            region: 'Chile',
            date: null,
            agency: 'AP',
            children: [text('SANTIAGO, Chile (AP) —')],
          },
          text(' A quake shook Chile.'),
        ],
      },
      { type: 'section', children: [heading(2, 'Damage'), paragraph('None was reported.')] },
      { type: 'sourceTags', tags: [{ name: 'AP', role: 'agency' }], children: [text('— AP')] },
    ],
  };
}
