import 'fake-indexeddb/auto';
import { createStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { type ArticleStore, openArticleStore, storageMessage } from '../../../src/app/lib/articleStore';
import { isPacked } from '../../../src/core/geojson/pack';
import type { AtlasCollection, PlaceFeature } from '../../../src/core/geojson/types';

let dbCount = 0;
/** A fresh database per test, so tests never see each other's articles. */
async function freshStore(): Promise<ArticleStore> {
  const r = await openArticleStore(`test-${++dbCount}`);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const analysis = (title: string): AtlasCollection => ({
  type: 'FeatureCollection',
  article: { id: title, title, text: `${title} text` },
  features: [],
});

/** An analysis with mentions, as the pipeline writes them (each excerpt the sentence around its mention). */
const mentioned = (): AtlasCollection => {
  const text = 'Talks in Moscow went on. Moscow said so.';
  const moscow: PlaceFeature = {
    type: 'Feature',
    id: 'place:moscow',
    geometry: { type: 'Point', coordinates: [37.62, 55.75] },
    properties: {
      kind: 'place',
      name: 'Moscow',
      placeType: 'capital',
      mentions: [
        { start: 9, end: 15, text: 'Moscow', excerpt: 'Talks in Moscow went on.' },
        { start: 25, end: 31, text: 'Moscow', excerpt: 'Moscow said so.' },
      ],
    } as PlaceFeature['properties'],
  };
  return { type: 'FeatureCollection', article: { id: 'm', title: 'M', text }, features: [moscow] };
};

describe('ArticleStore', () => {
  it('keeps the analysis packed (mentions as offsets) and reads it back whole; one saved plain before packing still reads', async () => {
    const name = `test-${++dbCount}`;
    const opened = await openArticleStore(name);
    if (!opened.ok) throw new Error(opened.error);
    await opened.value.save({ id: 'm', analysis: mentioned(), history: null, revision: 0 }, { title: 'M', editCount: 0 });
    const raw = createStore(name, 'articles');
    expect(isPacked(((await get('article:m', raw)) as { analysis: unknown }).analysis)).toBe(true);
    expect(await opened.value.load('m')).toEqual({ ok: true, value: { id: 'm', analysis: mentioned(), history: null, revision: 1 } });
    await set('article:old', { id: 'old', analysis: mentioned(), history: null, revision: 3 }, raw);
    expect(await opened.value.load('old')).toEqual({ ok: true, value: { id: 'old', analysis: mentioned(), history: null, revision: 3 } });
  });

  it('saves an article with its history and reads back exactly what was saved', async () => {
    const store = await freshStore();
    const history = { edits: [{ type: 'remove-place', placeId: 'place:x' }], undone: [] };
    const saved = await store.save({ id: 'a', analysis: analysis('A'), history, revision: 0 }, { title: 'A', editCount: 1 });
    expect(saved).toEqual({ ok: true, revision: 1 });
    const loaded = await store.load<typeof history>('a');
    expect(loaded).toEqual({ ok: true, value: { id: 'a', analysis: analysis('A'), history, revision: 1 } });
  });

  it('lists summaries, most recently changed first, and keeps a rename across saves', async () => {
    const store = await freshStore();
    await store.save({ id: 'a', analysis: analysis('A'), history: null, revision: 0 }, { title: 'A', editCount: 0 });
    await new Promise((r) => setTimeout(r, 2));
    await store.save({ id: 'b', analysis: analysis('B'), history: null, revision: 0 }, { title: 'B', editCount: 0 });
    let list = await store.list();
    expect(list.ok && list.value.map((s) => s.id)).toEqual(['b', 'a']);
    await store.rename('a', 'My corrected A');
    await new Promise((r) => setTimeout(r, 2));
    await store.save({ id: 'a', analysis: analysis('A'), history: null, revision: 1 }, { title: 'A', editCount: 2 });
    list = await store.list();
    expect(list.ok && list.value.map((s) => [s.id, s.title, s.editCount])).toEqual([
      ['a', 'My corrected A', 2],
      ['b', 'B', 0],
    ]);
  });

  it('refuses a write made from an older revision (another tab saved in between) and keeps the other write', async () => {
    const store = await freshStore();
    await store.save({ id: 'a', analysis: analysis('A'), history: 'first tab', revision: 0 }, { title: 'A', editCount: 1 });
    // Both tabs read revision 1; the second saves first.
    expect(await store.save({ id: 'a', analysis: analysis('A'), history: 'second tab', revision: 1 }, { title: 'A', editCount: 1 })).toEqual({
      ok: true,
      revision: 2,
    });
    const stale = await store.save({ id: 'a', analysis: analysis('A'), history: 'first tab again', revision: 1 }, { title: 'A', editCount: 1 });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    const loaded = await store.load<string>('a');
    expect(loaded.ok && loaded.value?.history).toBe('second tab');
  });

  it('deletes an article and its summary; remembers which article was open last', async () => {
    const store = await freshStore();
    await store.save({ id: 'a', analysis: analysis('A'), history: null, revision: 0 }, { title: 'A', editCount: 0 });
    await store.setLastOpened('a');
    expect(await store.lastOpened()).toBe('a');
    await store.remove('a');
    expect(await store.load('a')).toEqual({ ok: true, value: null });
    const list = await store.list();
    expect(list.ok && list.value).toEqual([]);
  });
});

describe('storage failures', () => {
  it('says when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: simulating a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      const r = await openArticleStore('missing');
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(/no storage.*Export/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('turns quota and private-mode errors into advice', () => {
    expect(storageMessage(new DOMException('full', 'QuotaExceededError'))).toMatch(/full.*export/i);
    expect(storageMessage(new DOMException('no', 'InvalidStateError'))).toMatch(/private browsing/);
    expect(storageMessage(new Error('disk on fire'))).toMatch(/disk on fire.*Export/);
  });
});
