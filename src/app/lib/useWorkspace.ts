/**
 * The article on screen and the person's edits of it, kept: the automatic analysis, the edit history on top
 * of it (applyEdits re-derives the map from both), the "Your articles" list, and their saving in IndexedDB
 * as they change. App renders what this returns; nothing here draws.
 *
 * Saving: every change is written at once (nothing waits for the tab to close), one write at a time, each
 * conditional on the revision this tab last read or wrote (articleStore). Another tab's save is heard over
 * a BroadcastChannel and taken up; a write that still loses the race (both tabs edited at the same moment)
 * is kept as a copy of the article, with a message, so neither tab's edits are overwritten.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  amendLastEdit,
  canRedo,
  canUndo,
  createHistory,
  type EditHistory,
  pushEdit,
  redo,
  replaceEdits,
  resetToAutomatic,
  undo,
} from '../../core/edits/history';
import type { CorrectionContext, CorrectionsMemory } from '../../core/edits/memory';
import { createEdit, type EditDraft } from '../../core/edits/refs';
import type { EditOutcome } from '../../core/edits/types';
import type { AtlasCollection } from '../../core/geojson/types';
import type { Result } from '../../core/types';
import { type ArticleStore, type ArticleSummary, openArticleStore, type SavedArticle } from './articleStore';
import { keepUnchanged } from './keepUnchanged';
import { type EditsCore, loadEditsCore, loadedEditsCore } from './loadEditsCore';
import { openTabChannel, type TabChannel } from './tabSync';

interface Current {
  /** null until the article is first saved (the seed article is saved on its first edit). */
  id: string | null;
  analysis: AtlasCollection;
  history: EditHistory;
}

export interface Workspace {
  /** What the map shows: the analysis with the edits applied (null while loading). */
  collection: AtlasCollection | null;
  /** The automatic analysis under the edits. */
  analysis: AtlasCollection | null;
  history: EditHistory;
  outcomes: ReadonlyMap<string, EditOutcome>;
  canUndo: boolean;
  canRedo: boolean;
  articleId: string | null;
  /** The article's title as the person named it ("Your articles"), else the analysis' title. */
  title: string | null;
  articles: readonly ArticleSummary[];
  /** Why nothing is being saved (storage refused), shown until it works again. */
  storageError: string | null;
  /** Something the person should know about (another tab's edits taken up, a copy kept). */
  notice: string | null;
  loadError: string | null;
  /**
   * Apply an edit; `remember` also keeps what it teaches in the corrections memory; `amend` (an edit's id)
   * replaces that edit, in its undo step, if it is still the last one made. Gives the new edit's id.
   */
  edit: (draft: EditDraft, remember?: boolean, options?: EditOptions) => string | undefined;
  /** The corrections memory ("Remember this choice"), kept for the browser profile. */
  memory: CorrectionsMemory;
  /** Add a file's entries to the memory (an entry for the same words and context is replaced). */
  importMemory: (memory: CorrectionsMemory) => void;
  forget: (name: string, context?: CorrectionContext) => void;
  undo: () => void;
  redo: () => void;
  reset: () => void;
  drop: (editId: string) => void;
  /** A newly mapped article (pasted, opened, from a link with its edits): shown and saved. */
  showAnalysis: (analysis: AtlasCollection, edits?: unknown[]) => void;
  open: (id: string) => void;
  rename: (id: string, title: string) => void;
  /** Rename the article on screen (saving it first if it was not yet). */
  renameCurrent: (title: string) => void;
  remove: (id: string) => void;
}

export interface EditOptions {
  /** The id of the edit this one continues (consecutive nudges of a marker): it is replaced, not added to. */
  amend?: string | null;
}

/** An article to open at start instead of the one open last (a map link), with the edits it carries. */
export interface OpenedArticle {
  collection: AtlasCollection;
  /** Edits in their saved form, unchecked: they are read through the core's validator. */
  edits: unknown[];
}

export interface WorkspaceOptions {
  /** The first visit's article (the seed). */
  loadDefault: () => Promise<Result<AtlasCollection>>;
  /** The same article if it has loaded already: a first visit then shows it in the first render. */
  loadedDefault?: () => AtlasCollection | null;
  /** An article to open at start instead (null: none, or it could not be opened, and the app says why). */
  opening?: () => Promise<OpenedArticle | null>;
  /** False in stress mode: no article, nothing saved. */
  enabled: boolean;
  /** IndexedDB database name (tests use their own). */
  dbName?: string;
}

/**
 * Whether an article was open last, kept in localStorage as well as IndexedDB: localStorage answers at once,
 * so a first visit shows the default article without waiting for IndexedDB to open. Unknown (no
 * localStorage) counts as yes: then the store is asked.
 */
export const SAVED_HINT_KEY = 'news-atlas:article-open';

function savedHint(): boolean {
  try {
    return localStorage.getItem(SAVED_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

function setSavedHint(open: boolean): void {
  try {
    if (open) localStorage.setItem(SAVED_HINT_KEY, '1');
    else localStorage.removeItem(SAVED_HINT_KEY);
  } catch {
    // No localStorage: the next start asks IndexedDB, a little later.
  }
}

/**
 * Run `load` once the page is idle after its first map (requestIdleCallback, at most IDLE_WAIT_MS later),
 * or after a short timeout where there is no such call. Returns a function that cancels it.
 */
function afterFirstMap(load: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(load, { timeout: IDLE_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(load, NO_IDLE_CALLBACK_MS);
  return () => clearTimeout(handle);
}

/** The edit code loads no later than this after start (ms), idle or not: a first edit should not wait for it. */
const IDLE_WAIT_MS = 1500;
/** Without requestIdleCallback (Safari), the edit code loads this long after start (ms). */
const NO_IDLE_CALLBACK_MS = 300;

function newArticleId(): string {
  return `a-${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`}`;
}

const NO_OUTCOMES: ReadonlyMap<string, EditOutcome> = new Map();

/**
 * The workspace: the article, its edits, and where they are kept.
 * @example const ws = useWorkspace({ loadDefault: defaultArticleOnce, enabled: true }); ws.edit({ kind: 'remove-place', place });
 */
export function useWorkspace({ loadDefault, loadedDefault, enabled, dbName, opening }: WorkspaceOptions): Workspace {
  // A first visit (nothing open last time, no link) whose article has loaded starts with it: no render of an
  // empty map before it.
  const [initial] = useState<Current | null>(() => {
    const ready = enabled && !opening && !savedHint() ? loadedDefault?.() : null;
    return ready ? { id: null, analysis: ready, history: createHistory() } : null;
  });
  const [current, setCurrent] = useState<Current | null>(initial);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [memory, setMemory] = useState<CorrectionsMemory>(EMPTY_MEMORY);
  const [lib, setLib] = useState<EditsCore | null>(loadedEditsCore);
  const memoryRef = useRef(memory);
  const currentRef = useRef<Current | null>(initial);
  /** The revision of the current article as this tab last read or wrote it. */
  const revision = useRef(0);
  const store = useRef<ArticleStore | null>(null);
  const channel = useRef<TabChannel | null>(null);
  /** Writes run one after another, so each knows the revision the previous one left. */
  const writes = useRef<Promise<void>>(Promise.resolve());
  /** Read once, at start. */
  const openingRef = useRef(opening);
  /** The store once it has opened (null: it could not), for writes made before. */
  const storeReady = useRef<Promise<ArticleStore | null>>(Promise.resolve(null));

  const show = useCallback((next: Current, rev: number) => {
    currentRef.current = next;
    revision.current = rev;
    setCurrent(next);
  }, []);

  const loadMemory = useCallback(async () => {
    const s = store.current;
    if (!s) return;
    const stored = await s.corrections<unknown>();
    if (!stored.ok || !stored.value) return;
    // Read through the core's validator: what is stored may come from an older version of the app.
    const read = (await loadEditsCore()).readCorrections(stored.value);
    if (read.ok) {
      memoryRef.current = read.value;
      setMemory(read.value);
    }
  }, []);

  const changeMemory = useCallback((next: CorrectionsMemory) => {
    memoryRef.current = next;
    setMemory(next);
    const s = store.current;
    if (!s) return;
    void s.setCorrections(next).then((r) => {
      if (!r.ok) setStorageError(r.error);
      else channel.current?.post({ type: 'corrections', id: '' });
    });
  }, []);

  const refreshList = useCallback(async () => {
    const s = store.current;
    if (!s) return;
    const list = await s.list();
    if (list.ok) setArticles(list.value);
  }, []);

  /** Write `state` (queued); on a conflict keep it as a copy instead. */
  const persist = useCallback(
    (state: Current & { id: string }) => {
      writes.current = writes.current.then(async () => {
        // A write made before the store has opened (a map link shown at once) waits for it.
        const s = store.current ?? (await storeReady.current);
        if (!s) return;
        const work: SavedArticle<EditHistory> = { id: state.id, analysis: state.analysis, history: state.history, revision: revision.current };
        const about = { title: state.analysis.article.title, editCount: state.history.present.length };
        const saved = await s.save(work, about);
        if (saved.ok) {
          if (currentRef.current?.id === state.id) revision.current = saved.revision;
          setStorageError(null);
          channel.current?.post({ type: 'saved', id: state.id, revision: saved.revision });
          void s.setLastOpened(state.id);
          setSavedHint(true);
        } else if (saved.conflict) {
          const copyId = newArticleId();
          const title = `${state.analysis.article.title} (copy kept from this tab)`;
          const copy = await s.save({ ...work, id: copyId, revision: 0 }, { title, editCount: about.editCount });
          if (copy.ok) {
            await s.rename(copyId, title);
            show({ ...state, id: copyId }, copy.revision);
            void s.setLastOpened(copyId);
            setNotice(`Another tab changed this article at the same moment. Your version is kept as “${title}” in Your articles.`);
            channel.current?.post({ type: 'saved', id: copyId, revision: copy.revision });
          } else if (!copy.conflict) setStorageError(copy.error);
        } else {
          setStorageError(saved.error);
        }
        await refreshList();
      });
    },
    [refreshList, show],
  );

  /** A change made by the person: shown at once, then saved (the first edit of an unsaved article saves it). */
  const change = useCallback(
    (history: EditHistory) => {
      const before = currentRef.current;
      if (!before || history === before.history) return;
      const next = { ...before, id: before.id ?? newArticleId(), history };
      if (!before.id) revision.current = 0;
      show(next, revision.current);
      persist(next);
    },
    [persist, show],
  );

  const openSaved = useCallback(
    async (id: string, why?: string): Promise<boolean> => {
      const s = store.current;
      if (!s) return false;
      const loaded = await s.load<EditHistory>(id);
      if (!loaded.ok) {
        setStorageError(loaded.error);
        return false;
      }
      if (!loaded.value) return false;
      show({ id, analysis: loaded.value.analysis, history: loaded.value.history ?? createHistory() }, loaded.value.revision);
      setLoadError(null);
      if (why) setNotice(why);
      void s.setLastOpened(id);
      setSavedHint(true);
      return true;
    },
    [show],
  );

  const renameSaved = useCallback(
    async (id: string, title: string) => {
      const s = store.current;
      if (!s) {
        // Nothing is kept: the name still shows (and names the export) for as long as the tab is open.
        const here = currentRef.current;
        if (here?.id === id) show({ ...here, analysis: { ...here.analysis, article: { ...here.analysis.article, title } } }, revision.current);
        return;
      }
      const r = await s.rename(id, title);
      if (!r.ok) setStorageError(r.error);
      channel.current?.post({ type: 'renamed', id });
      await refreshList();
    },
    [refreshList, show],
  );

  /** A new article, saved at once; edits it came with (a link's) are checked and in force, undoable. */
  const openNew = useCallback(
    async (analysis: AtlasCollection, edits?: unknown[]) => {
      let history = createHistory();
      setNotice(null);
      if (edits && edits.length > 0) {
        const read = (await loadEditsCore()).readEdits(edits);
        if (read.ok) history = replaceEdits(history, read.value);
        else setNotice(`The map was opened without the corrections it carried (${read.error}).`);
      }
      const next = { id: newArticleId(), analysis, history };
      show(next, 0);
      setLoadError(null);
      persist(next);
    },
    [persist, show],
  );

  // Start: reopen the article open last time, else show the default one. The edit code loads when the page
  // is idle, after the first map (an article with edits loads it at once, below): evaluating it before the
  // article is drawn held the first map up.
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    const idle = afterFirstMap(() => {
      void loadEditsCore().then((m) => {
        if (!cancelled) setLib(m);
      });
    });
    const showDefault = async () => {
      const result = await loadDefault();
      if (cancelled || currentRef.current) return;
      if (result.ok) show({ id: null, analysis: result.value, history: createHistory() }, 0);
      else setLoadError(result.error);
    };
    const linked = openingRef.current?.() ?? Promise.resolve(null);
    // A map link is shown as soon as it is rebuilt, without waiting for IndexedDB (its save waits instead).
    void linked.then((link) => {
      if (link && !cancelled) void openNew(link.collection, link.edits);
    });
    // Nothing was open last time (and no link): the default article need not wait for IndexedDB.
    const firstVisit = !savedHint() && !openingRef.current;
    if (firstVisit) void showDefault();
    const opening = openArticleStore(dbName);
    storeReady.current = opening.then((r) => (r.ok ? r.value : null));
    (async () => {
      const opened = await opening;
      if (cancelled) return;
      if (!opened.ok) {
        setStorageError(opened.error);
        const link = await linked;
        if (cancelled || link) return;
        if (!firstVisit) await showDefault();
        return;
      }
      store.current = opened.value;
      channel.current = openTabChannel((m) => {
        if (m.type === 'corrections') {
          void loadMemory();
          return;
        }
        void refreshList();
        const here = currentRef.current;
        if (!here || m.id !== here.id) return;
        if (m.type === 'saved' && m.revision > revision.current) {
          void openSaved(m.id, 'Updated with the edits made in another tab.');
        } else if (m.type === 'deleted') {
          // Keep showing it, unsaved: the next edit saves it again, so nothing is lost.
          revision.current = 0;
          setNotice('This article was deleted in another tab. It is still here; an edit saves it again.');
        }
      });
      const last = await opened.value.lastOpened();
      void refreshList();
      void loadMemory();
      const link = await linked;
      if (cancelled || link) return;
      if (!firstVisit && last && (await openSaved(last))) return;
      setSavedHint(false);
      if (!firstVisit) await showDefault();
    })();
    return () => {
      cancelled = true;
      idle();
      channel.current?.close();
      channel.current = null;
    };
  }, [enabled, dbName, loadDefault, openSaved, openNew, refreshList, show, loadMemory]);

  // An article with edits needs the edit code now.
  const needsLib = !lib && !!current && current.history.present.length > 0;
  useEffect(() => {
    if (!needsLib) return;
    let cancelled = false;
    void loadEditsCore().then((m) => {
      if (!cancelled) setLib(m);
    });
    return () => {
      cancelled = true;
    };
  }, [needsLib]);

  // No edits: the analysis as it is (no wait for the edit code); else the edits applied once it has loaded.
  // Until then the map keeps what it showed (an edit made before the code arrived appears a moment later).
  const lastApplied = useRef<{ collection: AtlasCollection; outcomes: EditOutcome[] } | null>(null);
  const applied = useMemo(() => {
    if (!current) return null;
    if (current.history.present.length === 0) return { collection: current.analysis, outcomes: [] };
    if (lib) return lib.applyEdits(current.analysis, current.history.present);
    const shown = lastApplied.current;
    return shown && shown.collection.article.id === current.analysis.article.id ? shown : null;
  }, [current, lib]);
  lastApplied.current = applied;
  const outcomes = useMemo(
    () => (applied ? new Map(applied.outcomes.map((o) => [o.editId, o])) : NO_OUTCOMES),
    [applied],
  );

  const appliedRef = useRef(applied);
  appliedRef.current = applied;
  const history = current?.history ?? EMPTY_HISTORY;
  const actions = useMemo(
    () => ({
      edit: (draft: EditDraft, remember = false, options: EditOptions = {}) => {
        const h = currentRef.current?.history;
        if (!h) return undefined;
        const amending = !!options.amend && h.present.at(-1)?.id === options.amend && h.future.length === 0 && h.past.length > 0;
        const made = createEdit(draft, amending ? h.present.slice(0, -1) : h.present);
        const shown = appliedRef.current?.collection;
        change(amending ? amendLastEdit(h, made) : pushEdit(h, made));
        if (remember && shown) {
          void loadEditsCore().then((m) => {
            const entry = m.correctionFromEdit(made, shown);
            if (entry) changeMemory(m.rememberChoice(memoryRef.current, entry));
          });
        }
        return made.id;
      },
      importMemory: (incoming: CorrectionsMemory) => {
        void loadEditsCore().then((m) => changeMemory(incoming.entries.reduce(m.rememberChoice, memoryRef.current)));
      },
      forget: (name: string, context?: CorrectionContext) => {
        void loadEditsCore().then((m) => changeMemory(m.forgetChoice(memoryRef.current, name, context)));
      },
      undo: () => {
        const h = currentRef.current?.history;
        if (h) change(undo(h));
      },
      redo: () => {
        const h = currentRef.current?.history;
        if (h) change(redo(h));
      },
      reset: () => {
        const h = currentRef.current?.history;
        if (h) change(resetToAutomatic(h));
      },
      drop: (editId: string) => {
        const h = currentRef.current?.history;
        if (h) change(replaceEdits(h, h.present.filter((e) => e.id !== editId)));
      },
      showAnalysis: (analysis: AtlasCollection, edits?: unknown[]) => {
        void openNew(analysis, edits);
      },
      open: (id: string) => {
        setNotice(null);
        void openSaved(id);
      },
      rename: (id: string, title: string) => {
        void renameSaved(id, title);
      },
      renameCurrent: (title: string) => {
        const here = currentRef.current;
        if (!here) return;
        if (here.id) {
          void renameSaved(here.id, title);
          return;
        }
        // Not saved yet (the seed, unedited): saved now, under the new name.
        const next = { ...here, id: newArticleId(), analysis: { ...here.analysis, article: { ...here.analysis.article, title } } };
        show(next, 0);
        persist(next);
      },
      remove: (id: string) => {
        const s = store.current;
        if (!s) return;
        void s.remove(id).then(async (r) => {
          if (!r.ok) setStorageError(r.error);
          channel.current?.post({ type: 'deleted', id });
          if (currentRef.current?.id === id) {
            // The article stays on screen, no longer saved: the next edit would save it as new.
            show({ ...currentRef.current, id: null }, 0);
            await s.setLastOpened(null);
            setSavedHint(false);
          }
          await refreshList();
        });
      },
    }),
    [change, changeMemory, openNew, openSaved, persist, refreshList, renameSaved, show],
  );

  const summary = articles.find((a) => a.id === current?.id);
  // The person's title (from "Your articles") is the article's title everywhere, exports included.
  const shownTitle = summary?.title;
  /** The collection shown before, and the analysis it came from: an edit of the same analysis shares its unchanged features. */
  const shown = useRef<{ analysis: AtlasCollection; collection: AtlasCollection } | null>(null);
  const collection = useMemo(() => {
    let c = applied?.collection ?? null;
    if (c && shownTitle && c.article.title !== shownTitle) c = { ...c, article: { ...c.article, title: shownTitle } };
    if (!c || !current) return c;
    const before = shown.current?.analysis === current.analysis ? shown.current.collection : null;
    c = keepUnchanged(before, c);
    shown.current = { analysis: current.analysis, collection: c };
    return c;
  }, [applied, shownTitle, current]);
  return {
    collection,
    analysis: current?.analysis ?? null,
    history,
    outcomes,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    articleId: current?.id ?? null,
    title: summary?.title ?? current?.analysis.article.title ?? null,
    articles,
    storageError,
    notice,
    loadError,
    memory,
    ...actions,
  };
}

const EMPTY_HISTORY: EditHistory = createHistory();
const EMPTY_MEMORY: CorrectionsMemory = { format: 'news-atlas-corrections', version: 1, entries: [] };
