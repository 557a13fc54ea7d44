/**
 * The article shown when the app opens: data/seed.geojson, served by the app itself as a file (index.html
 * preloads it), so it stays out of the first bundle and no request leaves the page's origin.
 */
import seedUrl from '../../../data/seed.geojson?url';
import type { AtlasCollection } from '../../core/geojson/types';
import type { Result } from '../../core/types';
import { readCollection } from '../lib/collection';

/**
 * Load and check the default article's GeoJSON.
 * @example const result = await loadDefaultArticle(); if (result.ok) show(result.value);
 */
export async function loadDefaultArticle(): Promise<Result<AtlasCollection>> {
  try {
    const response = await fetch(seedUrl);
    if (!response.ok) return { ok: false, error: `Could not load the default article (HTTP ${response.status}).` };
    return readCollection(await response.json());
  } catch (error) {
    return { ok: false, error: `Could not load the default article: ${(error as Error).message}` };
  }
}
