// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEditsCore } from '../../../src/app/lib/loadEditsCore';
import { SAVED_HINT_KEY, useWorkspace, type Workspace } from '../../../src/app/lib/useWorkspace';
import { placeRefOf, storyRefOf } from '../../../src/core/edits/refs';
import type { PlaceFeature, RouteFeature } from '../../../src/core/geojson/types';
import { loadFixture } from '../helpers';

afterEach(cleanup);
// The app loads the edit code as a chunk at start; here it is loaded once before the hooks mount.
beforeAll(async () => {
  await loadEditsCore();
});

const analysis = loadFixture('seed-fixture.geojson');
const loadDefault = async () => ({ ok: true as const, value: analysis });
let dbCount = 0;

function start(dbName = `ws-${++dbCount}`) {
  const hook = renderHook(() => useWorkspace({ loadDefault, enabled: true, dbName }));
  return { ...hook, dbName };
}
const ids = (ws: Workspace, kind: string) => ws.collection!.features.filter((f) => f.properties.kind === kind).map((f) => f.id);
const feature = <T,>(ws: Workspace, id: string) => ws.collection!.features.find((f) => f.id === id) as T;

describe('useWorkspace', () => {
  it('on a first visit shows a default article that has loaded already in its first render; a returning visit waits for its saved article', async () => {
    localStorage.removeItem(SAVED_HINT_KEY);
    const first = renderHook(() => useWorkspace({ loadDefault, loadedDefault: () => analysis, enabled: true, dbName: `ws-${++dbCount}` }));
    expect(first.result.current.collection?.article.title).toBe(analysis.article.title);
    expect(first.result.current.articleId).toBeNull();
    first.unmount();
    localStorage.setItem(SAVED_HINT_KEY, '1');
    try {
      const back = renderHook(() => useWorkspace({ loadDefault, loadedDefault: () => analysis, enabled: true, dbName: `ws-${++dbCount}` }));
      expect(back.result.current.collection).toBeNull();
      // Nothing was saved in this database after all: the default article comes, through the store.
      await waitFor(() => expect(back.result.current.collection).not.toBeNull());
    } finally {
      localStorage.removeItem(SAVED_HINT_KEY);
    }
  });

  it('shows the default article unsaved; the first edit saves it, and a new page restores the article and its edits', async () => {
    const { result, dbName, unmount } = start();
    await waitFor(() => expect(result.current.collection).not.toBeNull());
    expect(result.current.articleId).toBeNull();
    const panmunjom = feature<PlaceFeature>(result.current, 'place:panmunjom');
    act(() => result.current.edit({ kind: 'remove-place', place: placeRefOf(panmunjom) }));
    expect(ids(result.current, 'place')).not.toContain('place:panmunjom');
    await waitFor(() => expect(result.current.articles.map((a) => a.id)).toEqual([result.current.articleId]));
    expect(result.current.articles[0]).toMatchObject({ title: analysis.article.title, editCount: 1 });
    unmount();

    const again = start(dbName);
    await waitFor(() => expect(again.result.current.articleId).toBe(result.current.articleId));
    expect(again.result.current.history.present).toEqual(result.current.history.present);
    expect(ids(again.result.current, 'place')).not.toContain('place:panmunjom');
  });

  it('an edit that amends the last one (a run of marker nudges) replaces it in its undo step; one undo takes the run back', async () => {
    const { result } = start();
    await waitFor(() => expect(result.current.collection).not.toBeNull());
    const moscow = feature<PlaceFeature>(result.current, 'place:moscow');
    const move = (lon: number, amend: string | null | undefined) =>
      result.current.edit({ kind: 'move-place', place: placeRefOf(feature<PlaceFeature>(result.current, 'place:moscow')), lon, lat: 55.75 }, false, { amend });
    let last: string | undefined;
    act(() => {
      last = move(37.7, null);
    });
    for (const lon of [37.8, 37.9, 38]) {
      act(() => {
        last = move(lon, last);
      });
    }
    expect(result.current.history.present).toHaveLength(1);
    expect(feature<PlaceFeature>(result.current, 'place:moscow').geometry.coordinates).toEqual([38, 55.75]);
    // Another edit in between: the next nudge is an edit of its own.
    const route = feature<RouteFeature>(result.current, 'route:beijing:moscow');
    act(() => {
      result.current.edit({ kind: 'delete-route', route: storyRefOf(route) });
    });
    act(() => {
      move(38.1, last);
    });
    expect(result.current.history.present.map((e) => e.kind)).toEqual(['move-place', 'delete-route', 'move-place']);
    act(() => result.current.undo());
    act(() => result.current.undo());
    expect(feature<PlaceFeature>(result.current, 'place:moscow').geometry.coordinates).toEqual([38, 55.75]);
    act(() => result.current.undo());
    expect(feature<PlaceFeature>(result.current, 'place:moscow').geometry.coordinates).toEqual(moscow.geometry.coordinates);
    expect(result.current.canUndo).toBe(false);
  });

  it('undo and redo step through the edits; back to the automatic result is undoable too', async () => {
    const { result } = start();
    await waitFor(() => expect(result.current.collection).not.toBeNull());
    const moscow = feature<PlaceFeature>(result.current, 'place:moscow');
    act(() => result.current.edit({ kind: 'move-place', place: placeRefOf(moscow), lon: 30.3, lat: 59.94 }));
    const route = feature<RouteFeature>(result.current, 'route:beijing:moscow');
    act(() => result.current.edit({ kind: 'delete-route', route: storyRefOf(route) }));
    expect(feature<PlaceFeature>(result.current, 'place:moscow').geometry.coordinates).toEqual([30.3, 59.94]);
    expect(ids(result.current, 'route')).not.toContain('route:beijing:moscow');

    act(() => result.current.undo());
    expect(ids(result.current, 'route')).toContain('route:beijing:moscow');
    expect(result.current.canRedo).toBe(true);
    act(() => result.current.redo());
    expect(ids(result.current, 'route')).not.toContain('route:beijing:moscow');

    act(() => result.current.reset());
    expect(result.current.collection).toBe(result.current.analysis);
    act(() => result.current.undo());
    expect(result.current.history.present).toHaveLength(2);
    act(() => result.current.undo());
    act(() => result.current.undo());
    expect(result.current.canUndo).toBe(false);
    expect(feature<PlaceFeature>(result.current, 'place:moscow').geometry.coordinates).toEqual(moscow.geometry.coordinates);
  });

  it('a newly mapped article is saved at once and listed; rename and delete change the list', async () => {
    const { result } = start();
    await waitFor(() => expect(result.current.collection).not.toBeNull());
    const other = { ...analysis, article: { ...analysis.article, id: 'other', title: 'Another article' } };
    act(() => result.current.showAnalysis(other));
    await waitFor(() => expect(result.current.articles).toHaveLength(1));
    const id = result.current.articleId!;
    act(() => result.current.rename(id, 'Renamed by me'));
    await waitFor(() => expect(result.current.title).toBe('Renamed by me'));
    act(() => result.current.remove(id));
    await waitFor(() => expect(result.current.articles).toHaveLength(0));
    expect(result.current.articleId).toBeNull(); // still on screen, no longer saved
    expect(result.current.collection).not.toBeNull();
  });

  it('an edit in one tab reaches another tab showing the same article', async () => {
    const a = start();
    await waitFor(() => expect(a.result.current.collection).not.toBeNull());
    const china = feature<PlaceFeature>(a.result.current, 'place:china');
    act(() => a.result.current.edit({ kind: 'remove-place', place: placeRefOf(china) }));
    await waitFor(() => expect(a.result.current.articles).toHaveLength(1));
    const b = start(a.dbName);
    await waitFor(() => expect(b.result.current.articleId).toBe(a.result.current.articleId));
    const beijing = feature<PlaceFeature>(b.result.current, 'place:beijing');
    act(() => b.result.current.edit({ kind: 'remove-place', place: placeRefOf(beijing) }));
    await waitFor(() => expect(ids(a.result.current, 'place')).not.toContain('place:beijing'));
    expect(a.result.current.history.present.map((e) => e.kind)).toEqual(['remove-place', 'remove-place']);
    expect(a.result.current.notice).toMatch(/another tab/);
  });

  it('a first visit shows the default article without waiting for IndexedDB; a returning one waits for its article', async () => {
    const realOpen = indexedDB.open.bind(indexedDB);
    // An IndexedDB that never answers (a slow disk, taken to the limit).
    indexedDB.open = (() => ({}) as IDBOpenDBRequest) as typeof indexedDB.open;
    try {
      localStorage.removeItem(SAVED_HINT_KEY);
      const first = start();
      await waitFor(() => expect(first.result.current.collection).toBe(analysis));
      first.unmount();
      localStorage.setItem(SAVED_HINT_KEY, '1');
      const returning = start();
      await new Promise((r) => setTimeout(r, 50));
      expect(returning.result.current.collection).toBeNull();
      returning.unmount();
    } finally {
      indexedDB.open = realOpen;
      localStorage.removeItem(SAVED_HINT_KEY);
    }
  });

  it('remembers a corrected choice when asked, and imports and forgets entries', async () => {
    const { result } = start();
    await waitFor(() => expect(result.current.collection).not.toBeNull());
    const washington = feature<PlaceFeature>(result.current, 'place:washington');
    act(() => result.current.edit({ kind: 'remove-place', place: placeRefOf(washington) }, true));
    await waitFor(() => expect(result.current.memory.entries).toEqual([expect.objectContaining({ name: 'Washington', place: null })]));
    act(() =>
      result.current.importMemory({
        format: 'news-atlas-corrections',
        version: 1,
        entries: [{ name: 'Gondor', context: { countries: [] }, place: { type: 'custom', name: 'Gondor', lon: 10, lat: 45 } }],
      }),
    );
    await waitFor(() => expect(result.current.memory.entries.map((e) => e.name)).toEqual(['Washington', 'Gondor']));
    act(() => result.current.forget('Washington'));
    await waitFor(() => expect(result.current.memory.entries.map((e) => e.name)).toEqual(['Gondor']));
  });
});
