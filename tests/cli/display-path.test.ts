import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/display-path.js';

describe('displayPath', () => {
  const cwd = path.resolve('/work/project');

  it.each([
    ['a file inside the working folder', path.join(cwd, 'site', 'a.html'), path.join('site', 'a.html')],
    [
      'a file beside it, outside',
      path.resolve(cwd, '..', 'other', 'a.html'),
      path.resolve(cwd, '..', 'other', 'a.html'),
    ],
    ['the folder itself', cwd, cwd],
    ['a file whose name starts with two dots', path.join(cwd, '..notes.txt'), '..notes.txt'],
  ])('should show %s as the user would type it', (_name, file, shown) => {
    expect(displayPath(file, cwd)).toBe(shown);
  });
});
