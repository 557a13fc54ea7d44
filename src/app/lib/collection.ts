/**
 * Reading GeoJSON that came from outside the app's own code (an opened file, a paste, an import, the default
 * article): every feature is checked against the contract's schemas (src/core/geojson/schema.ts). A feature
 * with bad values is left out with a reason, the rest is shown; features without an app `kind` (files from
 * other tools) become `OtherFeature`s drawn as a layer of their own.
 */
import * as v from 'valibot';
import { ArticleFieldSchemas, AtlasFeatureSchemas, CollectionSchema, MentionSchema, OtherFeatureSchema } from '../../core/geojson/schema';
import type { AtlasCollection, AtlasFeature, BorderFeature, FeatureKind, PlaceFeature, RouteFeature } from '../../core/geojson/types';
import { escapeControls } from '../../core/text/escape';
import type { ArticleMeta, Mention, Result } from '../../core/types';
import { type OtherFeature, type OtherGeometry, toOtherFeature } from './otherFeatures';

export type { OtherFeature } from './otherFeatures';

export interface MapLayers {
  places: PlaceFeature[];
  routes: RouteFeature[];
  borders: BorderFeature[];
}

/** A feature the reader did not keep: its position in the file (from 1), its id if it had one, and why. */
export interface LeftOutFeature {
  position: number;
  id?: string;
  reason: string;
}

/** What the reader made of a GeoJSON value. */
export interface OpenedGeojson {
  /** The article and the app's own features (place, route, event, border, claim). */
  collection: AtlasCollection;
  /** Features of other tools (no app `kind`), in file order. */
  others: OtherFeature[];
  leftOut: LeftOutFeature[];
  /** Smaller repairs worth telling: article fields dropped, mentions outside the text dropped. */
  notes: string[];
}

const APP_KINDS: ReadonlySet<string> = new Set<FeatureKind>(['place', 'route', 'event', 'border', 'claim']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest reason shown for one feature (a reason quotes the bad value). */
const MAX_REASON = 120;

/** valibot's names of types in words ("Array" → "a list"); a choice of literals stays as it is. */
const EXPECTED_WORDS: Record<string, string> = { Array: 'a list', string: 'text', number: 'a number', Object: 'an object', null: 'null' };
const plainExpected = (expected: string | null): string =>
  expected === null ? 'something else' : ((Object.hasOwn(EXPECTED_WORDS, expected) ? EXPECTED_WORDS[expected] : undefined) ?? expected.replace(/^\((.*)\)$/, 'one of $1').replaceAll(' | ', ', '));

/** A person-readable reason from valibot's first issue: the field and what is wrong with it. */
function reasonOf(issues: readonly v.BaseIssue<unknown>[]): string {
  // The deepest issue names the field; a union reports its own path only.
  const issue = issues[0]!;
  const deepest = issue.issues?.length ? reasonOf(issue.issues) : null;
  if (deepest) return deepest;
  const path = v.getDotPath(issue) ?? '';
  const message = /^Invalid /.test(issue.message) ? `should be ${plainExpected(issue.expected)}, not ${issue.received}` : issue.message;
  const field = path.replace(/^properties\./, '');
  const reason = /coordinates/.test(message) || !field ? message : `${field} ${message}`;
  const safe = escapeControls(reason);
  return safe.length > MAX_REASON ? `${safe.slice(0, MAX_REASON)}…` : safe;
}

function readArticle(value: unknown, notes: string[]): ArticleMeta & { text: string } {
  const input = isObject(value) ? value : {};
  const article: Record<string, unknown> = Object.create(null);
  const dropped: string[] = [];
  for (const [key, field] of Object.entries(input)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    // Own keys only: "toString" or "valueOf" in a file are data, not the schema table's inherited methods.
    const schema = Object.hasOwn(ArticleFieldSchemas, key) ? (ArticleFieldSchemas as Record<string, v.GenericSchema>)[key] : undefined;
    if (!schema) {
      article[key] = field;
      continue;
    }
    if (v.is(schema, field)) article[key] = key === 'id' ? String(field) : field;
    else dropped.push(key);
  }
  if (dropped.length) notes.push(`article ${dropped.join(', ')} ${dropped.length > 1 ? 'were' : 'was'} not text and ${dropped.length > 1 ? 'were' : 'was'} left out`);
  const title = typeof article.title === 'string' && article.title.trim() ? article.title : 'Untitled article';
  return { ...article, id: typeof article.id === 'string' ? article.id : 'article', title, text: typeof article.text === 'string' ? article.text : '' };
}

/**
 * Read an unknown value (parsed JSON) as GeoJSON the map can show. Never throws.
 * @example readGeojson({ type: 'FeatureCollection', features: [] }).ok // → true
 */
export function readGeojson(input: unknown): Result<OpenedGeojson> {
  // A lone Feature is GeoJSON too: open it as a collection of one.
  const value = isObject(input) && input.type === 'Feature' ? { type: 'FeatureCollection', features: [input] } : input;
  if (!v.is(CollectionSchema, value)) {
    return { ok: false, error: 'Not a GeoJSON FeatureCollection (expected "type": "FeatureCollection" and a "features" array).' };
  }
  const notes: string[] = [];
  const article = readArticle((value as Record<string, unknown>).article, notes);
  const appFile = Object.hasOwn(value, 'article');
  const features: AtlasFeature[] = [];
  const others: OtherFeature[] = [];
  const leftOut: LeftOutFeature[] = [];
  const usedIds = new Set<string>();
  let droppedMentions = 0;
  let renamed = 0;
  for (const [index, raw] of value.features.entries()) {
    const position = index + 1;
    const rawId = isObject(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id) : undefined;
    const leave = (reason: string): void => {
      leftOut.push({ position, ...(rawId !== undefined ? { id: escapeControls(rawId) } : {}), reason });
    };
    if (!isObject(raw) || raw.type !== 'Feature') {
        leave('not a GeoJSON Feature');
        continue;
      }
    const kind = isObject(raw.properties) ? raw.properties.kind : undefined;
    const appKind = typeof kind === 'string' && APP_KINDS.has(kind);
    if (appKind) {
      const checked = v.safeParse(AtlasFeatureSchemas[kind as FeatureKind], raw);
      if (checked.success) {
        const p = checked.output.properties as Record<string, unknown>;
        const mentions = (Array.isArray(p.mentions) ? p.mentions : []).filter(
          (m): m is Mention => v.is(MentionSchema, m) && m.start <= m.end && m.end <= article.text.length,
        );
        droppedMentions += (Array.isArray(p.mentions) ? p.mentions.length : 0) - mentions.length;
        // Ids key what is drawn and listed: a repeated one gets a suffix (and a note) rather than losing the feature.
        const wanted = rawId ?? `${kind}:${position}`;
        let id = wanted;
        for (let n = 2; usedIds.has(id); n++) id = `${wanted}~${n}`;
        if (id !== wanted) renamed++;
        usedIds.add(id);
        const name = typeof p.name === 'string' && p.name ? p.name : id;
        features.push({ ...checked.output, id, properties: { ...p, name, mentions } } as unknown as AtlasFeature);
        continue;
      }
      // A foreign file may use "kind" for something of its own: its feature is still drawn if it can be.
      if (appFile || !v.is(OtherFeatureSchema, raw)) {
        leave(reasonOf(checked.issues));
        continue;
      }
    }
    const other = v.safeParse(OtherFeatureSchema, raw);
    if (!other.success) {
        leave(raw.geometry === null || raw.geometry === undefined ? 'no geometry' : reasonOf(other.issues));
        continue;
      }
    // Ids key the drawn shapes: a repeated one falls back to the feature's position.
    const id = rawId !== undefined && !usedIds.has(rawId) ? rawId : undefined;
    const feature = toOtherFeature(
      { ...(id !== undefined ? { id } : {}), geometry: other.output.geometry as OtherGeometry, properties: other.output.properties ?? null },
      position,
    );
    usedIds.add(feature.id);
    others.push(feature);
  }
  if (renamed > 0) notes.push(`${renamed} feature${renamed > 1 ? 's' : ''} with an id used before renamed (id~2, …)`);
  if (droppedMentions > 0) notes.push(`${droppedMentions} mention${droppedMentions > 1 ? 's' : ''} outside the article's text left out`);
  const collection = { ...value, type: 'FeatureCollection', article, features } as AtlasCollection;
  return { ok: true, value: { collection, others, leftOut, notes } };
}

/** How many left-out features are named one by one before "and N more". */
const LEFT_OUT_LISTED = 5;

/**
 * One sentence on the features left out, or '' when none was.
 * @example describeLeftOut([{ position: 7, reason: 'coordinates out of range' }]) // → '1 feature left out: feature 7, coordinates out of range.'
 */
export function describeLeftOut(leftOut: readonly LeftOutFeature[]): string {
  if (leftOut.length === 0) return '';
  const listed = leftOut
    .slice(0, LEFT_OUT_LISTED)
    .map((f) => `feature ${f.position}${f.id !== undefined ? ` (${f.id.length > 40 ? `${f.id.slice(0, 40)}…` : f.id})` : ''}, ${f.reason}`);
  const more = leftOut.length > LEFT_OUT_LISTED ? `; and ${leftOut.length - LEFT_OUT_LISTED} more` : '';
  return `${leftOut.length} feature${leftOut.length > 1 ? 's' : ''} left out: ${listed.join('; ')}${more}.`;
}

/**
 * Why an opened file has nothing to show, or null when it has something (features or article text).
 * @example nothingUsable({ collection, others: [], leftOut: [], notes: [] }) // → 'The file has no features and no article text.'
 */
export function nothingUsable(opened: OpenedGeojson): string | null {
  if (opened.collection.features.length > 0 || opened.others.length > 0 || opened.collection.article.text) return null;
  if (opened.leftOut.length === 0) return 'The file has no features and no article text.';
  return `Nothing in the file can be shown: ${describeLeftOut(opened.leftOut)}`;
}

/**
 * Read an unknown value as the app's collection only (the default article, tests): other tools' features
 * and the report are dropped.
 * @example readCollection({ type: 'FeatureCollection', features: [] }).ok // → true
 */
export function readCollection(value: unknown): Result<AtlasCollection> {
  const opened = readGeojson(value);
  return opened.ok ? { ok: true, value: opened.value.collection } : opened;
}

/**
 * The features the map draws, by layer.
 * @example mapLayers(collection).places.length
 */
export function mapLayers(collection: AtlasCollection): MapLayers {
  const layers: MapLayers = { places: [], routes: [], borders: [] };
  for (const f of collection.features) {
    if (f.properties.kind === 'place') layers.places.push(f as PlaceFeature);
    else if (f.properties.kind === 'route') layers.routes.push(f as RouteFeature);
    else if (f.properties.kind === 'border') layers.borders.push(f as BorderFeature);
  }
  return layers;
}
