/**
 * A map in a link: the article (or, for a map that did not come from text, the collection itself), the
 * view, and the corrections, as deflated JSON in the URL fragment — the fragment never reaches a server.
 * Opening the link analyses the same text with the same gazetteer, so the same map comes back. Everything
 * read from a link is untrusted: its size is bounded before and after inflating, and its shape is checked.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { AtlasCollection } from '../../../core/geojson/types';
import type { ArticleMeta, Result } from '../../../core/types';
import type { OtherFeature } from '../otherFeatures';

/** The fragment's prefix and format version: `#map=1.<base64url>`. */
export const LINK_PREFIX = '#map=1.';

/**
 * Longest link offered. Browsers take far longer URLs, but chat apps, mail clients and CMS fields cut or
 * refuse links well before; past this the app offers the file or the self-contained page instead.
 */
export const MAX_LINK_CHARS = 16_000;

/** Largest inflated payload read from a link (a deflate bomb stops here): the article limit, plus room. */
export const MAX_PAYLOAD_BYTES = 4_000_000;

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

export interface LinkPayload {
  v: 1;
  /** The article: the map is rebuilt by analysing its text with this metadata. */
  article?: ArticleMeta & { text: string };
  /**
   * A map that came from a file rather than text (no article text): the collection itself, with other
   * tools' features as plain GeoJSON features (the reader sorts them out again).
   */
  collection?: FeatureCollection;
  view?: MapView;
  /**
   * The person's corrections to the map, applied after analysis, in the edit list's own format (see the
   * corrections code); [] until there are any. Kept as given: the edit code validates it.
   */
  edits: unknown[];
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The link's fragment for a payload (deflate-raw, base64url).
 * @example await encodeLink({ v: 1, article: { id: 'a', title: 'T', text: 'Oslo.' }, edits: [] }) // → '#map=1.q1Yq…'
 */
export async function encodeLink(payload: LinkPayload): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return LINK_PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readView(v: unknown): MapView | undefined {
  if (!isObject(v) || !isNum(v.lat) || !isNum(v.lon) || !isNum(v.zoom)) return undefined;
  if (Math.abs(v.lat) > 90 || v.zoom < -2 || v.zoom > 22) return undefined;
  return { lat: v.lat, lon: v.lon, zoom: v.zoom };
}

const META_STRINGS = ['id', 'title', 'byline', 'published'] as const;

/**
 * Read a link's fragment back; `null` when the fragment is no map link at all.
 * @example await decodeLink('#map=1.…') // → { ok: true, value: { v: 1, article: {…}, view: {…}, edits: [] } }
 */
export async function decodeLink(hash: string): Promise<Result<LinkPayload> | null> {
  if (!hash.startsWith(LINK_PREFIX)) return null;
  const data = hash.slice(LINK_PREFIX.length);
  if (data.length > MAX_LINK_CHARS * 8 || !/^[A-Za-z0-9_-]*$/.test(data)) return { ok: false, error: 'This map link is damaged (it has characters a map link never has).' };
  let parsed: unknown;
  try {
    const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), MAX_PAYLOAD_BYTES);
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    const tooBig = error instanceof RangeError;
    return { ok: false, error: tooBig ? 'This map link holds more than the app reads from a link.' : 'This map link is damaged or cut short; ask for it again, or for the map file.' };
  }
  if (!isObject(parsed) || parsed.v !== 1) return { ok: false, error: 'This map link was made by a newer version of the app, or is damaged.' };
  const payload: LinkPayload = { v: 1, edits: Array.isArray(parsed.edits) ? parsed.edits : [] };
  const view = readView(parsed.view);
  if (view) payload.view = view;
  if (isObject(parsed.article) && typeof parsed.article.text === 'string') {
    const a = parsed.article;
    const meta: Record<string, unknown> = { text: a.text };
    for (const key of META_STRINGS) if (typeof a[key] === 'string') meta[key] = a[key];
    if (Array.isArray(a.tags)) meta.tags = a.tags.filter((t) => typeof t === 'string');
    payload.article = { id: 'link', title: '', ...meta } as LinkPayload['article'];
  } else if (isObject(parsed.collection)) {
    payload.collection = parsed.collection as unknown as FeatureCollection;
  } else {
    return { ok: false, error: 'This map link holds no article and no map.' };
  }
  return { ok: true, value: payload };
}

/**
 * The app's collection and other tools' features as one GeoJSON FeatureCollection (what a file of the map
 * holds), for links and pages; the reader splits them again.
 * @example withOthers(collection, others).features.length // → collection.features.length + others.length
 */
export function withOthers(collection: AtlasCollection, others: readonly OtherFeature[] = []): AtlasCollection | FeatureCollection {
  if (others.length === 0) return collection;
  const plain = others.map((o): Feature => ({ type: 'Feature', id: o.id, geometry: o.geometry, properties: o.properties }));
  return { ...collection, features: [...collection.features, ...plain] } as FeatureCollection;
}

/**
 * What a link carries for a collection: its article when it has text (the map is rebuilt from it),
 * otherwise the collection itself (with other tools' features).
 * @example linkPayload(collection, { lat: 40, lon: 100, zoom: 3 }).article?.title
 */
export function linkPayload(collection: AtlasCollection, view?: MapView, edits: unknown[] = [], others: readonly OtherFeature[] = []): LinkPayload {
  const { text, ...meta } = collection.article;
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  const shortView = view ? { lat: round(view.lat, 5), lon: round(view.lon, 5), zoom: round(view.zoom, 2) } : undefined;
  if (text) return { v: 1, article: { ...meta, text }, ...(shortView ? { view: shortView } : {}), edits };
  return { v: 1, collection: withOthers(collection, others) as FeatureCollection, ...(shortView ? { view: shortView } : {}), edits };
}
