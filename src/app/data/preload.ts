/**
 * Start what the first map needs as soon as the entry module runs, in parallel with React's first render,
 * instead of after the map has mounted: the default article (its own lazily loaded chunk) here, and the
 * offline basemap in the tile worker (see startPreloads).
 */

import detailUrl from 'world-atlas/countries-50m.json?url';
import coarseUrl from 'world-atlas/countries-110m.json?url';
import labelsUrl from '../../../data/labels.json?url';
import type { AtlasCollection } from '../../core/geojson/types';
import { tileRenderer } from '../canvas/tileRenderer';
import { loadDefaultArticle } from './defaultArticle';

/** The world-view basemap (Natural Earth 1:110m): small, so the first map paints fast. */
export const COARSE_URL: string = coarseUrl;

/**
 * The detailed basemap (Natural Earth 1:50m): fetched and decoded by the tile worker once the first map
 * is drawn (see PolygonTileLayer.loadLevel), never on the main thread.
 */
export const DETAIL_URL: string = detailUrl;

/** The basemap's names and US state lines (data/labels.json): fetched once the first map is drawn. */
export const LABELS_URL: string = labelsUrl;

let article: ReturnType<typeof loadDefaultArticle> | null = null;
let loadedArticle: AtlasCollection | null = null;

/**
 * The default article, loaded once.
 * @example const result = await defaultArticleOnce();
 */
export function defaultArticleOnce(): ReturnType<typeof loadDefaultArticle> {
  article ??= loadDefaultArticle().then((result) => {
    if (result.ok) loadedArticle = result.value;
    return result;
  });
  return article;
}

/**
 * The default article if it has loaded already (null otherwise): the first render can show it at once.
 * @example const first = defaultArticleIfLoaded();
 */
export function defaultArticleIfLoaded(): AtlasCollection | null {
  return loadedArticle;
}

/**
 * Begin the loads now: the tile worker starts and fetches and decodes the world-view basemap while the
 * page renders; the default article is fetched unless `article` is false (stress mode shows none).
 * Resolves when the tile worker's thread runs (see TileRenderer.warmUp) and the default article has
 * loaded (or failed to): what the first render can use.
 * @example await startPreloads({ article: true });
 */
export function startPreloads({ article: withArticle }: { article: boolean }): Promise<void> {
  const started = tileRenderer().warmUp([COARSE_URL]);
  const loaded = withArticle ? defaultArticleOnce() : null;
  return Promise.all([started, loaded]).then(() => undefined);
}
