/**
 * The article shown when the app opens. Loaded with a dynamic import so it stays out of the first bundle
 * and arrives as its own small chunk (no network beyond the page's own origin).
 */
import type { AtlasCollection } from '../../core/geojson/types';
import type { Result } from '../../core/types';
import { readCollection } from '../lib/collection';

/**
 * Load and check the default article's GeoJSON.
 * @example const result = await loadDefaultArticle(); if (result.ok) show(result.value);
 */
export async function loadDefaultArticle(): Promise<Result<AtlasCollection>> {
  try {
    const { default: raw } = await import('../../../test/fixtures/app/seed-fixture.geojson?raw');
    return readCollection(JSON.parse(raw));
  } catch (error) {
    return { ok: false, error: `Could not load the default article: ${(error as Error).message}` };
  }
}
