/**
 * Start the two downloads the first map needs — the default article and the offline basemap — as soon as
 * the entry module runs, in parallel with React's first render, instead of after the map has mounted.
 * Both stay in their own lazily loaded chunks; this only moves the moment they are requested.
 */
import coarseUrl from 'world-atlas/countries-110m.json?url';
import detailUrl from 'world-atlas/countries-50m.json?url';
import type { BasemapCollection } from '../basemap/loadBasemap';
import { loadDefaultArticle } from './defaultArticle';

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return response.json();
}

/**
 * The detailed basemap (Natural Earth 1:50m): fetched and decoded by the tile worker once the first map
 * is drawn (see PolygonTileLayer.loadLevel), never on the main thread.
 */
export const DETAIL_URL: string = detailUrl;

let basemap: Promise<BasemapCollection> | null = null;
let article: ReturnType<typeof loadDefaultArticle> | null = null;

function loadCountries(url: string): Promise<BasemapCollection> {
  // The topology download starts at once; the decoder chunk loads in parallel.
  return Promise.all([import('../basemap/loadBasemap'), fetchJson(url)]).then(([m, topology]) =>
    m.toCountries(topology as Parameters<typeof m.toCountries>[0]),
  );
}

/**
 * The world-view basemap (Natural Earth 1:110m), loaded once: it is small, so the first map paints fast.
 * @example const countries = await basemapOnce();
 */
export function basemapOnce(): Promise<BasemapCollection> {
  basemap ??= loadCountries(coarseUrl);
  basemap.catch(() => {
    basemap = null; // a later call may retry
  });
  return basemap;
}

/**
 * The default article, loaded once.
 * @example const result = await defaultArticleOnce();
 */
export function defaultArticleOnce(): ReturnType<typeof loadDefaultArticle> {
  article ??= loadDefaultArticle();
  return article;
}

/**
 * Begin both loads now (called by the entry module unless the page is in stress mode).
 * @example startPreloads();
 */
export function startPreloads(): void {
  void defaultArticleOnce();
  basemapOnce().catch(() => {});
}
