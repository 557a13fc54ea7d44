// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../src/app/components/ArticleText';
import { mapLayers } from '../../../src/app/lib/collection';
import { loadFixture, placeFixture } from '../helpers';

afterEach(cleanup);

describe('ArticleText', () => {
  it('highlights every mention of every place', () => {
    const seed = loadFixture('seed-fixture.geojson');
    const { places } = mapLayers(seed);
    const { container } = render(<ArticleText text={seed.article.text!} places={places} activePlaceId={null} onHoverPlace={() => {}} />);
    const marks = [...container.querySelectorAll('mark.mention')];
    const expected = places.flatMap((p) => p.properties.mentions.map((m) => `${p.id}|${m.text}`)).sort();
    expect(marks.map((m) => `${m.getAttribute('data-place-id')}|${m.textContent}`).sort()).toEqual(expected);
    expect(container.textContent).toBe(seed.article.text);
  });

  it('reports hover on a mention and marks the active place', () => {
    const text = 'From Moscow to Beijing.';
    const places = [
      placeFixture('place:moscow', 'Moscow', 'capital', [{ start: 5, end: 11, text: 'Moscow', excerpt: text }]),
      placeFixture('place:beijing', 'Beijing', 'capital', [{ start: 15, end: 22, text: 'Beijing', excerpt: text }]),
    ];
    const onHover = vi.fn();
    const { container, rerender } = render(<ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={onHover} />);
    const moscow = container.querySelector('[data-place-id="place:moscow"]')!;
    fireEvent.mouseEnter(moscow);
    expect(onHover).toHaveBeenLastCalledWith('place:moscow');
    fireEvent.mouseLeave(moscow);
    expect(onHover).toHaveBeenLastCalledWith(null);
    rerender(<ArticleText text={text} places={places} activePlaceId="place:beijing" onHoverPlace={onHover} />);
    expect(container.querySelector('[data-place-id="place:beijing"]')!.classList.contains('is-active')).toBe(true);
    expect(moscow.classList.contains('is-active')).toBe(false);
  });

  it('shows markup in the article as text, never as HTML', () => {
    const text = 'See <img src=x onerror="alert(1)"> in Moscow.';
    const at = text.indexOf('Moscow');
    const places = [placeFixture('place:moscow', 'Moscow', 'capital', [{ start: at, end: at + 6, text: 'Moscow', excerpt: text }])];
    const { container } = render(<ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe(text);
  });
});
