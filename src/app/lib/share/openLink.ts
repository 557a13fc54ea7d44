/**
 * Opening a map link: read the fragment, then rebuild the map — by analysing the article's text (in the
 * worker, with the same gazetteer, so the same places come back) or, for a map that came from a file, by
 * reading the collection it carries through the same reader as an opened file.
 */
import type { AtlasCollection } from '../../../core/geojson/types';
import type { ArticleMeta, Result } from '../../../core/types';
import { readCollection } from '../collection';
import { decodeLink, type MapView } from './link';

export interface OpenedLink {
  collection: AtlasCollection;
  view: MapView | null;
  /** The corrections the link carries, for the corrections code to apply ([] when none). */
  edits: unknown[];
}

/**
 * @example const opened = await openLink(location.hash, analyzeInWorker); if (opened?.ok) show(opened.value.collection);
 */
export async function openLink(
  hash: string,
  analyze: (text: string, meta?: Partial<ArticleMeta>) => Promise<Result<AtlasCollection>>,
): Promise<Result<OpenedLink> | null> {
  const decoded = await decodeLink(hash);
  if (!decoded) return null;
  if (!decoded.ok) return decoded;
  const { article, collection, view, edits } = decoded.value;
  let result: Result<AtlasCollection>;
  if (article) {
    const { text, ...meta } = article;
    result = await analyze(text, meta);
  } else {
    result = readCollection(collection);
  }
  if (!result.ok) return { ok: false, error: `The map in this link could not be rebuilt: ${result.error}` };
  return { ok: true, value: { collection: result.value, view: view ?? null, edits } };
}
