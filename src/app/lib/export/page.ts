/**
 * The self-contained map page: the template the build made (standalone.html, every script inline) with
 * the collection, the view and the basemap's world-view countries embedded as JSON. One file that opens
 * offline in any browser, fetched from the app's own origin only when someone exports it.
 */
import type { FeatureCollection } from 'geojson';
import type { AtlasCollection } from '../../../core/geojson/types';
import { slugify } from '../format';
import type { MapView } from '../share/link';
import { fillPage } from './pageData';

/**
 * Build the page's HTML.
 * @example const { html, filename } = await buildPage(collection, view, COARSE_URL);
 */
export async function buildPage(collection: AtlasCollection | FeatureCollection, view: MapView | null, basemapUrl: string, templateUrl = 'standalone.html'): Promise<{ html: string; filename: string }> {
  const [template, basemap] = await Promise.all([
    fetch(new URL(templateUrl, document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(`the page template is missing (HTTP ${r.status})`);
      return r.text();
    }),
    fetch(basemapUrl).then((r) => {
      if (!r.ok) throw new Error(`the basemap could not be loaded (HTTP ${r.status})`);
      return r.json() as Promise<unknown>;
    }),
  ]);
  return {
    html: fillPage(template, { collection, view }, basemap),
    filename: `${slugify(('article' in collection && (collection.article.title || collection.article.id)) || 'article')}.html`,
  };
}
