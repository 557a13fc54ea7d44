/**
 * The story's view of the geoparser's places: which place (if any) covers a given article offset, and
 * which city is a country's capital — from the article's own places first, then from an injected lookup
 * (the gazetteer's capitals), never from a table typed by hand.
 */
import type { ResolvedPlace } from '../types';
import { STORY_LIMITS } from './weights';

/** Looks up a country's capital by ISO 3166-1 alpha-2 code (the gazetteer offers one). */
export type CapitalLookup = (countryCode: string) => ResolvedPlace | undefined;

/** One place mention, flattened for offset lookups. */
export interface PlaceMention {
  start: number;
  end: number;
  place: ResolvedPlace;
}

/** Place types that are points a person can travel to (a country is resolved to its capital first). */
const SETTLEMENT_TYPES = new Set(['capital', 'city', 'town', 'village', 'landmark']);

/** Offsets → places, plus country → capital, built once per article. */
export class PlaceIndex {
  readonly mentions: PlaceMention[];
  private readonly capitals = new Map<string, ResolvedPlace>();
  private readonly byId = new Map<string, ResolvedPlace>();
  private soleCapitalMemo: ResolvedPlace | null | undefined;

  constructor(
    readonly places: readonly ResolvedPlace[],
    private readonly capitalOf?: CapitalLookup,
  ) {
    const ms: PlaceMention[] = [];
    for (const p of places) {
      this.byId.set(p.id, p);
      for (const m of p.mentions) {
        if (Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start) ms.push({ start: m.start, end: m.end, place: p });
      }
      if (p.placeType === 'capital' && p.countryCode && !this.capitals.has(p.countryCode)) this.capitals.set(p.countryCode, p);
    }
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = ms;
  }

  /** The place mention covering article offset `pos`, if any (binary search; mentions do not overlap in practice). */
  at(pos: number): PlaceMention | undefined {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((ms[mid] as PlaceMention).start <= pos) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Walk back over a few earlier starts in case a longer earlier mention still covers pos.
    for (let i = best; i >= 0 && i >= best - 3; i--) {
      const m = ms[i] as PlaceMention;
      if (m.start <= pos && pos < m.end) return m;
    }
    return undefined;
  }

  /** Place mentions starting inside [start, end), in order. */
  within(start: number, end: number): PlaceMention[] {
    const ms = this.mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ms[mid] as PlaceMention).start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: PlaceMention[] = [];
    for (let i = lo; i < ms.length && (ms[i] as PlaceMention).start < end; i++) out.push(ms[i] as PlaceMention);
    return out;
  }

  /**
   * The capital "the capital" means: the one national capital the article names, when it names exactly one,
   * names it more than once and names no town more often (the capital the story is about, not a passing one).
   *
   * @example new PlaceIndex([helsinki, tampere]).soleCapital()?.name // → 'Helsinki' (named at least twice, Tampere less often)
   */
  soleCapital(): ResolvedPlace | undefined {
    // Computed once per article: a long text may say "the capital" thousands of times.
    if (this.soleCapitalMemo === undefined) this.soleCapitalMemo = this.findSoleCapital() ?? null;
    return this.soleCapitalMemo ?? undefined;
  }

  private findSoleCapital(): ResolvedPlace | undefined {
    let only: ResolvedPlace | undefined;
    let busiestTown = 0;
    for (const p of this.places) {
      if (p.mentions.length === 0) continue;
      if (p.placeType !== 'capital') {
        if (SETTLEMENT_TYPES.has(p.placeType)) busiestTown = Math.max(busiestTown, p.mentions.length);
        continue;
      }
      if (only && only.id !== p.id) return undefined;
      only = p;
    }
    if (!only || only.mentions.length < STORY_LIMITS.capitalMentions || only.mentions.length < busiestTown) return undefined;
    return only;
  }

  byPlaceId(id: string): ResolvedPlace | undefined {
    return this.byId.get(id);
  }

  /**
   * The capital of a country: a capital the article itself names, else the injected lookup.
   *
   * @example index.capital('KP') // → the Pyongyang place, when the article or gazetteer knows it
   */
  capital(countryCode: string): { place: ResolvedPlace; named: boolean } | undefined {
    if (!countryCode) return undefined;
    const named = this.capitals.get(countryCode);
    if (named) return { place: named, named: true };
    const looked = this.capitalOf?.(countryCode);
    if (!looked) return undefined;
    // The gazetteer's entry may be a place the article also names under the same id.
    const inArticle = this.byId.get(looked.id);
    return inArticle ? { place: inArticle, named: true } : { place: looked, named: false };
  }
}

/** True for places that are countries (the affiliation of a minister, the destination of "a visit to China"). */
export function isCountry(p: ResolvedPlace): boolean {
  return p.placeType === 'country';
}

/** True for places one can travel to directly (cities, capitals, towns, landmarks). */
export function isSettlement(p: ResolvedPlace): boolean {
  return SETTLEMENT_TYPES.has(p.placeType);
}
