import { describe, expect, it } from 'vitest';
import { latestStatedDate, parseArticleMeta } from '../../../src/core/article/meta';

describe('parseArticleMeta', () => {
  it('reads headline, byline, tags and the latest stated date', () => {
    const text = 'Talks open in Geneva\nBy Ana Ruiz\n["europe","diplomacy"]\nOn March 3, 2019 they met. A photo, March 5, 2019.';
    expect(parseArticleMeta(text, 'x')).toEqual({
      id: 'x',
      title: 'Talks open in Geneva',
      byline: 'Ana Ruiz',
      tags: ['europe', 'diplomacy'],
      published: '2019-03-05',
    });
  });

  it('copes with text that has none of it', () => {
    const meta = parseArticleMeta('');
    expect(meta.title).toBe('Untitled article');
    expect(meta.id).toMatch(/^article-[0-9a-f]{8}$/);
    expect(meta.byline).toBeUndefined();
    expect(parseArticleMeta('Headline\n[not json').tags).toBeUndefined();
  });

  it('gives the same id to the same text', () => {
    expect(parseArticleMeta('abc').id).toBe(parseArticleMeta('abc').id);
    expect(parseArticleMeta('abc').id).not.toBe(parseArticleMeta('abd').id);
  });

  it('ignores impossible dates', () => {
    expect(latestStatedDate('April 45, 2018 and May 2, 2017')).toBe('2017-05-02');
  });
});
