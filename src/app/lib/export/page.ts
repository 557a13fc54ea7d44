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
 * @example const { html, filename } = await buildPage(collection, view, { countriesUrl: COARSE_URL, labelsUrl: LABELS_URL });
 */
export async function buildPage(
  collection: AtlasCollection | FeatureCollection,
  view: MapView | null,
  basemap: { countriesUrl: string; labelsUrl: string },
  templateUrl = 'standalone.html',
): Promise<{ html: string; filename: string }> {
  const json = (url: string, what: string) =>
    fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${what} could not be loaded (HTTP ${r.status})`);
      return r.json() as Promise<unknown>;
    });
  const [template, countries, labels] = await Promise.all([
    fetch(new URL(templateUrl, document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(`the page template is missing (HTTP ${r.status})`);
      return r.text();
    }),
    json(basemap.countriesUrl, 'the basemap'),
    json(basemap.labelsUrl, "the basemap's names"),
  ]);
  return {
    html: fillPage(template, { collection, view }, { countries, labels }),
    filename: `${slugify(('article' in collection && (collection.article.title || collection.article.id)) || 'article')}.html`,
  };
}
