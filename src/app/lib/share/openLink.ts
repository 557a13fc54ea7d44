/**
 * Opening a map link: read the fragment, then rebuild the map — by analysing the article's text (in the
 * worker, with the same gazetteer, so the same places come back) or, for a map that came from a file, by
 * reading the collection it carries through the same reader as an opened file.
 */
import { applyEdits, readEdits } from '../../../core/edits';
import type { AtlasCollection } from '../../../core/geojson/types';
import type { ArticleMeta, Result } from '../../../core/types';
import type { OtherFeature } from '../collection';
import { geojsonVerdict } from '../input';
import { decodeLink, type MapView } from './link';

export interface OpenedLink {
  /** The map, with the link's corrections applied. */
  collection: AtlasCollection;
  /** Other tools' features of a map that came from a file. */
  others: OtherFeature[];
  view: MapView | null;
  /** The corrections the link carries (already applied to `collection`), for the corrections history. */
  edits: unknown[];
  /** What the reader or the corrections left out, to tell the person ('' when nothing). */
  report: string;
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
  let analysed: AtlasCollection;
  let others: OtherFeature[] = [];
  let report = '';
  if (article) {
    const { text, ...meta } = article;
    const result = await analyze(text, meta);
    if (!result.ok) return { ok: false, error: `The map in this link could not be rebuilt: ${result.error}` };
    analysed = result.value;
  } else {
    const verdict = geojsonVerdict(collection);
    if (verdict.kind !== 'geojson') return { ok: false, error: `The map in this link could not be read: ${verdict.kind === 'error' ? verdict.message : 'it is not a map'}` };
    analysed = verdict.collection;
    others = verdict.others;
    report = verdict.report ?? '';
  }
  if (edits.length === 0) return { ok: true, value: { collection: analysed, others, view: view ?? null, edits, report } };
  const read = readEdits(edits);
  if (!read.ok) return { ok: true, value: { collection: analysed, others, view: view ?? null, edits: [], report: `The link's corrections were not applied: ${read.error}.` } };
  const applied = applyEdits(analysed, read.value);
  const skipped = applied.outcomes.filter((o) => !o.applied).length;
  if (skipped) report = `${report} ${skipped} of the link's corrections no longer apply.`.trim();
  return { ok: true, value: { collection: applied.collection, others, view: view ?? null, edits: read.value, report } };
}
