/**
 * Which borders an article refers to, and where. Deliberately simple and honest: a border (from
 * data/borders.geojson) belongs to the article when the article names both of its countries, and its mentions
 * are the words "border"/"frontier"/"boundary" in sentences that name both countries — or the noun of a length
 * figure matched with that border ("an 18km-long border", where the sentence itself says only "the two
 * countries"). A border with no such mention is left out rather than drawn on a guess.
 */
import type { BorderFeature } from '../geojson/types';
import { excerptFor, type Span, sentenceSpans, spanAt } from '../text/sentences';
import type { Mention, ResolvedPlace } from '../types';

const BORDER_WORD = /\b(?:borders?|frontiers?|boundary|boundaries)\b/giu;

/**
 * The well-formed border features of an untrusted list (a loaded or imported file): kind "border", an id,
 * two alpha-3 codes, a LineString or MultiLineString. Anything else is dropped rather than crashing a step.
 *
 * @example validBorders([{ type: 'Feature', id: 'x' }]) // → []
 */
export function validBorders(list: readonly unknown[]): BorderFeature[] {
  return list.filter((f): f is BorderFeature => {
    const b = f as Partial<BorderFeature> | null;
    const p = b?.properties;
    const g = b?.geometry;
    return (
      typeof b?.id === 'string' &&
      p?.kind === 'border' &&
      typeof p.name === 'string' &&
      Array.isArray(p.countries) &&
      p.countries.length === 2 &&
      p.countries.every((c) => typeof c === 'string') &&
      (g?.type === 'LineString' || g?.type === 'MultiLineString') &&
      Array.isArray(g.coordinates)
    );
  });
}

/** ISO alpha-3 codes of the countries the article names, with the offsets of their mentions. */
export function namedCountries(places: ResolvedPlace[]): Map<string, number[]> {
  const named = new Map<string, number[]>();
  for (const p of places) {
    if (!p.iso3 || p.placeType !== 'country') continue;
    const list = named.get(p.iso3) ?? [];
    for (const m of p.mentions) list.push(m.start);
    named.set(p.iso3, list);
  }
  return named;
}

/** Borders whose two countries are both named by the article (any border, not only the article's). */
export function bordersBetweenNamed(places: ResolvedPlace[], borders: BorderFeature[]): BorderFeature[] {
  const named = namedCountries(places);
  return borders.filter((b) => b.properties.countries.length === 2 && b.properties.countries.every((c) => named.has(c)));
}

export interface ArticleBordersOptions {
  /** Border-word offsets already tied to a border by a matched length figure: border id → [start, end] pairs. */
  claimed?: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>>;
  spans?: Span[];
}

/**
 * The border features the article refers to, each with its mentions (sorted, deduplicated).
 *
 * @example
 * articleBorders('Russia shares a border with the DPRK.', [russia, dprk], [prkRus])
 * // → [prkRus with mentions [{ text: 'border', … }]]
 */
export function articleBorders(
  text: string,
  places: ResolvedPlace[],
  borders: BorderFeature[],
  options: ArticleBordersOptions = {},
): BorderFeature[] {
  const spans = options.spans ?? sentenceSpans(text);
  const named = namedCountries(places);
  // Sentence index → the countries it names.
  const sentenceCountries = new Map<number, Set<string>>();
  for (const [iso3, starts] of named) {
    for (const s of starts) {
      const span = spanAt(spans, s);
      if (!span) continue;
      const set = sentenceCountries.get(span.start) ?? new Set<string>();
      set.add(iso3);
      sentenceCountries.set(span.start, set);
    }
  }
  const words: Array<[number, number]> = [];
  for (const m of text.matchAll(BORDER_WORD)) words.push([m.index, m.index + m[0].length]);

  const out: BorderFeature[] = [];
  for (const b of bordersBetweenNamed(places, borders)) {
    const [c1, c2] = b.properties.countries as [string, string];
    const found = new Map<number, Mention>();
    const add = (start: number, end: number) => {
      if (!found.has(start)) {
        found.set(start, { start, end, text: text.slice(start, end), excerpt: excerptFor(text, spans, start, end) });
      }
    };
    for (const [start, end] of words) {
      const span = spanAt(spans, start);
      const set = span ? sentenceCountries.get(span.start) : undefined;
      if (set?.has(c1) && set.has(c2)) add(start, end);
    }
    for (const [start, end] of options.claimed?.get(b.id) ?? []) add(start, end);
    if (found.size === 0) continue;
    const mentions = [...found.values()].sort((x, y) => x.start - y.start);
    out.push({ ...b, properties: { ...b.properties, mentions } });
  }
  return out;
}
