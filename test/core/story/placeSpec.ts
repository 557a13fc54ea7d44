/**
 * Hand-built places for story tests, written as names + coordinates + the surface forms the article uses.
 * Mentions (UTF-16 offsets, sentence excerpts) are computed from the text, longest surface first, so a
 * fixture never carries hand-typed offsets. Coordinates are facts (GeoNames), cited in each fixture.
 */
import type { PlaceType, ResolvedPlace } from '../../../src/core/types';

export interface PlaceSpec {
  id: string;
  name: string;
  lon: number;
  lat: number;
  placeType: PlaceType;
  countryCode: string;
  iso3?: string;
  /** Exact, case-sensitive surface forms to find in the text (word-bounded). */
  surfaces?: string[];
  /** Surface forms that are demonyms/adjectives ("Chinese"). */
  demonyms?: string[];
}

/** Newline, full stop, question and exclamation marks: where an excerpt stops. */
const SENTENCE_ENDS = new Set([10, 46, 63, 33]);
/** An excerpt reaches at most this far each side of its mention (a text may have no sentence ends at all). */
const EXCERPT_REACH = 300;

/** Offsets of every sentence end, found in one pass, so each excerpt costs a binary search, not a walk. */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (SENTENCE_ENDS.has(text.charCodeAt(i))) out.push(i);
  return out;
}

/** Index of the first value in sorted `xs` that is ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAround(text: string, ends: readonly number[], start: number, end: number): string {
  const k = lowerBound(ends, start);
  const before = k > 0 ? (ends[k - 1] as number) + 1 : 0;
  const after = ends[lowerBound(ends, end)] ?? text.length;
  const s = Math.max(before, start - EXCERPT_REACH);
  const e = Math.min(after, end + EXCERPT_REACH);
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}

/**
 * Builds ResolvedPlace[] for `text` from specs; places with no mention are left out (use them as capitals).
 *
 * @example placesFromSpec('Kim went to Seoul.', [{ id: 'place:seoul', surfaces: ['Seoul'], … }])[0].mentions[0].start // 12
 */
export function placesFromSpec(text: string, specs: PlaceSpec[]): ResolvedPlace[] {
  const forms: { spec: PlaceSpec; surface: string }[] = [];
  for (const spec of specs) {
    for (const s of [...(spec.surfaces ?? []), ...(spec.demonyms ?? [])]) forms.push({ spec, surface: s });
  }
  forms.sort((a, b) => b.surface.length - a.surface.length);
  // Coverage mask: a longer surface already claimed these characters (linear, unlike pairwise checks).
  const used = new Uint8Array(text.length);
  const ends = sentenceEnds(text);
  const byId = new Map<string, ResolvedPlace>();
  for (const { spec, surface } of forms) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + surface.length;
      if (used.subarray(start, end).some((x) => x === 1)) continue;
      used.fill(1, start, end);
      const place =
        byId.get(spec.id) ??
        ({
          id: spec.id,
          name: spec.name,
          lon: spec.lon,
          lat: spec.lat,
          placeType: spec.placeType,
          countryCode: spec.countryCode,
          iso3: spec.iso3,
          gazetteer: { source: 'test', id: spec.id },
          confidence: 1,
          candidates: [],
          reference: spec.demonyms?.includes(surface) ? 'demonym' : 'literal',
          mentions: [],
        } satisfies ResolvedPlace);
      place.mentions.push({ start, end, text: surface, excerpt: sentenceAround(text, ends, start, end) });
      byId.set(spec.id, place);
    }
  }
  for (const p of byId.values()) p.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()];
}

/** A capital lookup over specs of type 'capital' (stands in for the gazetteer's). */
export function capitalsFromSpec(specs: PlaceSpec[]): (cc: string) => ResolvedPlace | undefined {
  return (cc) => {
    const s = specs.find((x) => x.placeType === 'capital' && x.countryCode === cc);
    if (!s) return undefined;
    return {
      id: s.id,
      name: s.name,
      lon: s.lon,
      lat: s.lat,
      placeType: s.placeType,
      countryCode: s.countryCode,
      gazetteer: { source: 'test', id: s.id },
      confidence: 1,
      candidates: [],
      reference: 'literal',
      mentions: [],
    };
  };
}
