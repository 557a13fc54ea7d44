/**
 * The person's articles, kept in the browser's IndexedDB through idb-keyval: each article's automatic
 * analysis and its edit history, saved as they change, and a small summary per article for the "Your
 * articles" list (so the list never loads every analysis). Every write of an article is conditional on the
 * revision the tab last read or wrote: a second tab that changed the article in between makes the write
 * fail as a conflict instead of silently overwriting that tab's edits (see useWorkspace).
 *
 * Failures (no IndexedDB, private mode, a full disk) come back as messages, never as exceptions.
 */
import { createStore, del, get, getMany, keys, set, type UseStore, update } from 'idb-keyval';
import { type PackedCollection, packCollection, unpackCollection } from '../../core/geojson/pack';
import type { AtlasCollection } from '../../core/geojson/types';
import type { Result } from '../../core/types';

/** One line of the "Your articles" list. */
export interface ArticleSummary {
  id: string;
  title: string;
  /** ms since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** Edits in force (after undo). */
  editCount: number;
}

/** What is kept of one article: the automatic analysis and the edits on top of it. */
export interface SavedArticle<History> {
  id: string;
  analysis: AtlasCollection;
  history: History;
  /** Grows by one with every save; a write expecting another revision is a conflict. */
  revision: number;
}

/**
 * What IndexedDB holds for an article: the analysis packed (src/core/geojson/pack.ts: a long article's
 * mentions as offsets, so saving and reopening it copies a fraction of the bytes); an article saved before
 * packing holds it plain, and reads the same.
 */
type StoredArticle<History> = Omit<SavedArticle<History>, 'analysis'> & { analysis: AtlasCollection | PackedCollection };

export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: boolean; error: string };

const DB_NAME = 'news-atlas';
const STORE_NAME = 'articles';
const SUMMARY = 'summary:';
const ARTICLE = 'article:';
/** The article that was open last: a reload reopens it. */
const LAST_OPENED = 'last-opened';
/** The corrections memory ("Remember this choice"), one for the browser profile. */
const CORRECTIONS = 'corrections';

/**
 * Words a person can act on for a storage error: quota and private mode get their own advice.
 * @example storageMessage(new DOMException('', 'QuotaExceededError')) // → 'The browser's storage is full …'
 */
export function storageMessage(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const detail = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'QuotaExceededError') {
    return 'The browser’s storage for this page is full, so your latest changes are not saved. Delete an article from “Your articles” or export your work.';
  }
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return 'This browser does not let the page save anything (private browsing?). Your changes last until the tab is closed: export them to keep them.';
  }
  return `Your changes could not be saved in this browser (${detail || name || 'unknown error'}). Export them to keep them.`;
}

/**
 * The saved articles of this browser profile.
 * @example const store = await openArticleStore(); if (store.ok) await store.value.list();
 */
export class ArticleStore {
  constructor(private readonly db: UseStore) {}

  /** Summaries, most recently changed first. */
  async list(): Promise<Result<ArticleSummary[]>> {
    return attempt(async () => {
      const summaryKeys = (await keys<string>(this.db)).filter((k) => typeof k === 'string' && k.startsWith(SUMMARY));
      const summaries = (await getMany<ArticleSummary>(summaryKeys, this.db)).filter((s): s is ArticleSummary => !!s);
      return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
    });
  }

  async load<History>(id: string): Promise<Result<SavedArticle<History> | null>> {
    return attempt(async () => {
      const stored = await get<StoredArticle<History>>(ARTICLE + id, this.db);
      return stored ? { ...stored, analysis: unpackCollection(stored.analysis) } : null;
    });
  }

  async summary(id: string): Promise<Result<ArticleSummary | null>> {
    return attempt(async () => (await get<ArticleSummary>(SUMMARY + id, this.db)) ?? null);
  }

  /**
   * Save an article if what is stored is still at `expectedRevision` (0: not saved yet, or deleted since).
   * @example await store.save({ id, analysis, history, revision: 0 }, { title, editCount: 0 });
   */
  async save<History>(work: SavedArticle<History>, about: { title: string; editCount: number }): Promise<SaveResult> {
    const expected = work.revision;
    try {
      // One transaction for the article and its summary: a reload between two writes would list a stale
      // edit count beside the restored edits.
      const found = await this.db('readwrite', (store) => {
        let seen = expected;
        const article = store.get(ARTICLE + work.id);
        article.onsuccess = () => {
          const old = article.result as StoredArticle<History> | undefined;
          // A deleted article (old missing) is written again: the tab still editing it keeps its work.
          seen = old?.revision ?? expected;
          if (seen !== expected) return;
          store.put({ ...work, analysis: packCollection(work.analysis), revision: expected + 1 } satisfies StoredArticle<History>, ARTICLE + work.id);
          const summary = store.get(SUMMARY + work.id);
          summary.onsuccess = () => {
            const before = summary.result as ArticleSummary | undefined;
            const now = Date.now();
            store.put(
              {
                id: work.id,
                title: before?.title ?? about.title,
                createdAt: before?.createdAt ?? now,
                updatedAt: now,
                editCount: about.editCount,
              } satisfies ArticleSummary,
              SUMMARY + work.id,
            );
          };
        };
        return new Promise<number>((resolve, reject) => {
          store.transaction.oncomplete = () => resolve(seen);
          store.transaction.onabort = store.transaction.onerror = () => reject(store.transaction.error);
        });
      });
      if (found !== expected) {
        return { ok: false, conflict: true, error: 'This article was changed in another tab.' };
      }
      return { ok: true, revision: expected + 1 };
    } catch (error) {
      return { ok: false, conflict: false, error: storageMessage(error) };
    }
  }

  async rename(id: string, title: string): Promise<Result<void>> {
    return attempt(async () => {
      await update<ArticleSummary | undefined>(SUMMARY + id, (old) => (old ? { ...old, title } : old), this.db);
    });
  }

  async remove(id: string): Promise<Result<void>> {
    return attempt(async () => {
      await del(ARTICLE + id, this.db);
      await del(SUMMARY + id, this.db);
    });
  }

  /** The corrections memory as last saved (null: none yet). */
  async corrections<Memory>(): Promise<Result<Memory | null>> {
    return attempt(async () => (await get<Memory>(CORRECTIONS, this.db)) ?? null);
  }

  async setCorrections<Memory>(memory: Memory): Promise<Result<void>> {
    return attempt(() => set(CORRECTIONS, memory, this.db));
  }

  /** A read that fails where the browser refuses storage (some private modes only fail on first use). */
  async probe(): Promise<Result<void>> {
    return attempt(async () => {
      await get(LAST_OPENED, this.db);
    });
  }

  async lastOpened(): Promise<string | null> {
    const r = await attempt(async () => (await get<string>(LAST_OPENED, this.db)) ?? null);
    return r.ok ? r.value : null;
  }

  async setLastOpened(id: string | null): Promise<Result<void>> {
    return attempt(() => (id === null ? del(LAST_OPENED, this.db) : set(LAST_OPENED, id, this.db)));
  }
}

async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: storageMessage(error) };
  }
}

/**
 * Open the store, or say why this browser cannot keep anything (no IndexedDB, or it refuses to open).
 * @example const store = await openArticleStore(); if (!store.ok) showMessage(store.error);
 */
export async function openArticleStore(dbName = DB_NAME): Promise<Result<ArticleStore>> {
  if (typeof indexedDB === 'undefined') {
    return { ok: false, error: 'This browser has no storage for web pages (IndexedDB), so nothing is saved. Export your work to keep it.' };
  }
  const store = new ArticleStore(createStore(dbName, STORE_NAME));
  const probe = await store.probe();
  return probe.ok ? { ok: true, value: store } : { ok: false, error: probe.error };
}
