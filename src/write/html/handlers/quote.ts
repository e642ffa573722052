import type { Element } from 'hast';
import type { Handler } from 'mdast-util-to-hast';
import type { Quote } from '../../../tree/types.js';

/**
 * `<q>` for a quotation, with its kind, speaker, cue and original marks in data attributes.
 * The marks themselves are not written: the HTML standard says quotation punctuation must not
 * appear inside or around `<q>`, because the browser renders it.
 */
export const quote: Handler = (state, node: Quote) => {
  const properties: Element['properties'] = { className: ['quote', node.kind], dataKind: node.kind };
  if (node.speaker) properties['dataSpeaker'] = node.speaker;
  if (node.cue) properties['dataCue'] = node.cue;
  properties['dataMarks'] = node.marks.join('');
  const result: Element = { type: 'element', tagName: 'q', properties, children: state.all(node) };
  state.patch(node, result);
  return state.applyData(node, result);
};
