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

function sentenceAround(text: string, start: number, end: number): string {
  // Bounded walk: a text with no sentence ends must not make every excerpt the whole text.
  let s = start;
  while (s > 0 && start - s < 300 && !/[\n.!?]/.test(text.charAt(s - 1))) s--;
  let e = end;
  while (e < text.length && e - end < 300 && !/[\n.!?]/.test(text.charAt(e))) e++;
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
      place.mentions.push({ start, end, text: surface, excerpt: sentenceAround(text, start, end) });
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
