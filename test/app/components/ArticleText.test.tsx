// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleText } from '../../../src/app/components/ArticleText';
import { mapLayers } from '../../../src/app/lib/collection';
import { loadFixture, placeFixture } from '../helpers';

afterEach(cleanup);

/**
 * A long article: `sentence` repeated `copies` times, and one capital per word with a mention in every copy.
 * @example repeatedArticle('Talks in Seoul went on. ', 40, ['Seoul']).places[0].properties.mentions.length // 40
 */
function repeatedArticle(sentence: string, copies: number, words: readonly string[]) {
  const text = sentence.repeat(copies);
  const places = words.map((word) =>
    placeFixture(
      `place:${word.toLowerCase()}`,
      word,
      'capital',
      Array.from({ length: copies }, (_, i) => {
        const start = i * sentence.length + sentence.indexOf(word);
        return { start, end: start + word.length, text: word, excerpt: sentence.trim() };
      }),
    ),
  );
  return { text, places };
}

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

  it('renders a long article a chunk per frame, and all of it in the end', async () => {
    const chunk = 20;
    const copies = 3 * chunk;
    const { text, places } = repeatedArticle('Lavrov flew from Moscow to Pyongyang. ', copies, ['Moscow', 'Pyongyang']);
    const { container, rerender } = render(<ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={() => {}} segmentsPerChunk={chunk} />);
    const first = container.querySelectorAll('mark.mention').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(2 * copies);
    expect(container.querySelector('.article-more[role="status"]')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.article-more')).toBeNull(), { timeout: 10_000 });
    expect(container.querySelectorAll('mark.mention')).toHaveLength(2 * copies);
    expect(container.querySelector('.article-text')!.textContent).toBe(text);
    // Hover marks every mention of the place, in every chunk.
    rerender(<ArticleText text={text} places={places} activePlaceId="place:pyongyang" onHoverPlace={() => {}} segmentsPerChunk={chunk} />);
    expect(container.querySelectorAll('mark.is-active')).toHaveLength(copies);
    expect([...container.querySelectorAll('mark.is-active')].every((m) => m.getAttribute('data-place-id') === 'place:pyongyang')).toBe(true);
    rerender(<ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={() => {}} segmentsPerChunk={chunk} />);
    expect(container.querySelectorAll('mark.is-active')).toHaveLength(0);
  });

  it('brings in at once the chunk that holds a highlight', () => {
    const sentence = 'Talks in Seoul went on. ';
    const chunk = 20;
    const copies = 4 * chunk;
    const { text, places } = repeatedArticle(sentence, copies, ['Seoul']);
    const last = (copies - 1) * sentence.length;
    const view = render(
      <ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={() => {}} highlights={[{ start: last, end: last + sentence.length }]} segmentsPerChunk={chunk} />,
    );
    expect(view.container.querySelector('.article-more')).not.toBeNull();
    expect(view.container.querySelector('.is-highlighted')!.textContent).toBe('Talks in ');
  });

  it('asks "Not this place?" for the very mention pressed, even one a highlight splits', () => {
    const text = 'Moscow said so. Then Moscow again.';
    const second = text.lastIndexOf('Moscow');
    const mentions = [
      { start: 0, end: 6, text: 'Moscow', excerpt: 'Moscow said so.' },
      { start: second, end: second + 6, text: 'Moscow', excerpt: 'Then Moscow again.' },
    ];
    const places = [placeFixture('place:moscow', 'Moscow', 'capital', mentions)];
    const onCorrect = vi.fn();
    const { container } = render(
      <ArticleText
        text={text}
        places={places}
        activePlaceId={null}
        onHoverPlace={() => {}}
        // The highlight ends inside the second mention: its mark is cut in two.
        highlights={[{ start: 16, end: second + 3 }]}
        onCorrectMention={onCorrect}
      />,
    );
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.mention-button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Moscow', 'Mos', 'cow']);
    fireEvent.click(buttons[2]!);
    expect(onCorrect).toHaveBeenLastCalledWith('place:moscow', { start: second, end: second + 6, text: 'Moscow' });
    fireEvent.click(buttons[0]!);
    expect(onCorrect).toHaveBeenLastCalledWith('place:moscow', { start: 0, end: 6, text: 'Moscow' });
    // The text between the mentions is no button and asks nothing.
    fireEvent.click(container.querySelector('.article-text span')!);
    expect(onCorrect).toHaveBeenCalledTimes(2);
  });

  it('reports the place of a mention that has the keyboard focus, and none when it leaves', () => {
    const text = 'From Moscow to Beijing.';
    const places = [
      placeFixture('place:moscow', 'Moscow', 'capital', [{ start: 5, end: 11, text: 'Moscow', excerpt: text }]),
      placeFixture('place:beijing', 'Beijing', 'capital', [{ start: 15, end: 22, text: 'Beijing', excerpt: text }]),
    ];
    const onHover = vi.fn();
    const { container } = render(<ArticleText text={text} places={places} activePlaceId={null} onHoverPlace={onHover} onCorrectMention={() => {}} />);
    const [moscow, beijing] = [...container.querySelectorAll<HTMLButtonElement>('button.mention-button')];
    fireEvent.focus(moscow!);
    expect(onHover).toHaveBeenLastCalledWith('place:moscow');
    // Tab to the next mention: its place, without a "none" in between.
    fireEvent.blur(moscow!, { relatedTarget: beijing });
    fireEvent.focus(beijing!);
    expect(onHover.mock.calls.map((c) => c[0])).toEqual(['place:moscow', 'place:beijing']);
    fireEvent.blur(beijing!, { relatedTarget: document.body });
    expect(onHover).toHaveBeenLastCalledWith(null);
  });

  it('marks the active place in chunks that arrive while it is active', async () => {
    const chunk = 10;
    const copies = 5 * chunk;
    const { text, places } = repeatedArticle('Talks in Seoul went on. ', copies, ['Seoul']);
    const { container } = render(<ArticleText text={text} places={places} activePlaceId="place:seoul" onHoverPlace={() => {}} segmentsPerChunk={chunk} />);
    expect(container.querySelector('.article-more')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('.article-more')).toBeNull(), { timeout: 10_000 });
    expect(container.querySelectorAll('mark.is-active')).toHaveLength(copies);
  });

  it('isolates the article from the page’s direction', () => {
    const { container } = render(<ArticleText text={'\u202eReport'} places={[]} activePlaceId={null} onHoverPlace={() => {}} />);
    expect(container.querySelector('.article-text')!.getAttribute('dir')).toBe('auto');
  });
});
