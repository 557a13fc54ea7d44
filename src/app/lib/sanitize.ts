/**
 * What an export may pass on of what it read: properties the contract does not name are kept as data by the
 * reader, but a file the app writes must not carry a link, style or markup that would act in the next tool
 * (`fill: "url(http://…)"`, `article.url: "javascript:…"`). Pure: no DOM.
 */
import { ArticleFieldSchemas, AtlasFeatureSchemas } from '../../core/geojson/schema';
import type { AtlasCollection, AtlasFeature } from '../../core/geojson/types';
import { safeColor } from './otherFeatures';

/** simplestyle keys whose value is a colour: kept only when a safe colour. */
const COLOR_KEYS = new Set(['marker-color', 'stroke', 'fill']);
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * A string that would act rather than read in a viewer: a script or data URL (browsers ignore leading
 * controls and spaces, and tabs or newlines inside the scheme), a CSS function that loads or computes, or markup.
 * @example isDangerousText(' JaVa\tscript:alert(1)') // → true
 * @example isDangerousText('Moscow') // → false
 */
export function isDangerousText(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip these before reading a URL's scheme
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  if (/^(javascript|vbscript|data|file|blob):/.test(squeezed)) return true;
  if (/(url|expression|image-set|image|var|attr|element|paint)\(/.test(squeezed)) return true;
  return /<[a-z!/?]/i.test(value);
}

/** An unknown value with every dangerous string and prototype key taken out (undefined when nothing is left). */
function cleanUnknown(value: unknown): unknown {
  if (typeof value === 'string') return isDangerousText(value) ? undefined : value;
  if (Array.isArray(value)) return value.map(cleanUnknown).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (PROTOTYPE_KEYS.has(k)) continue;
      const cleaned = cleanUnknown(v);
      if (cleaned !== undefined) out[k] = cleaned;
    }
    return out;
  }
  return value;
}

/** Clean the members of `record` not in `known`; colour keys are kept only as safe colours. */
function cleanMembers<T extends object>(record: T, known: ReadonlySet<string>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (PROTOTYPE_KEYS.has(k)) continue;
    if (COLOR_KEYS.has(k)) {
      const color = safeColor(v);
      if (color) out[k] = color;
    } else if (known.has(k)) out[k] = v;
    else {
      const cleaned = cleanUnknown(v);
      if (cleaned !== undefined) out[k] = cleaned;
    }
  }
  return out as T;
}

const KNOWN_PROPERTIES = Object.fromEntries(
  Object.entries(AtlasFeatureSchemas).map(([kind, schema]) => [kind, new Set(Object.keys(schema.entries.properties.entries))]),
) as Record<string, Set<string>>;
const KNOWN_FEATURE_MEMBERS = new Set(['type', 'id', 'geometry', 'properties', 'bbox']);
const KNOWN_ARTICLE_MEMBERS = new Set(Object.keys(ArticleFieldSchemas));
const KNOWN_COLLECTION_MEMBERS = new Set(['type', 'features', 'article', 'bbox']);

/**
 * The collection as it may be written to a file: the contract's fields as they are, unknown members without
 * dangerous values, colours only when safe.
 * @example sanitizeForExport(collection).article.url // → undefined when it was "javascript:…"
 */
export function sanitizeForExport(collection: AtlasCollection): AtlasCollection {
  const features = collection.features.map((f) => {
    const known = KNOWN_PROPERTIES[f.properties.kind] ?? new Set<string>();
    const feature = cleanMembers(f, KNOWN_FEATURE_MEMBERS);
    return { ...feature, properties: cleanMembers(f.properties, known) } as AtlasFeature;
  });
  const top = cleanMembers(collection, KNOWN_COLLECTION_MEMBERS);
  return { ...top, article: cleanMembers(collection.article, KNOWN_ARTICLE_MEMBERS), features };
}
