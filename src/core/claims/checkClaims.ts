/**
 * Checks the figures an article states against what the atlas can compute: distances between the article's
 * places under the three named models (./../geo/distance.ts) and the lengths of the borders it refers to.
 * Each figure is matched with the computed value that best explains it, and the verdict names the model.
 */
import {
  DISTANCE_MODEL_IDS,
  DISTANCE_MODELS,
  type DistanceFigures,
  type DistanceModelId,
  distanceModels,
  FIGURE_KEY,
  isLonLat,
  TURF_RADIUS_KM,
  WEB_SPHERE_RADIUS_KM,
} from '../geo/distance';
import { lineEllipsoidKm, lineLengthKm } from '../geo/length';
import type { BorderFeature, ClaimFeature, ClaimProperties } from '../geojson/types';
import type { PlaceType, ResolvedPlace } from '../types';
import type { DistanceClaim } from './findDistances';

/** Something a stated figure may be: a distance between two places, or a border's length. */
export interface DistanceCandidate {
  kind: 'pair' | 'border';
  /** Feature ids the figure would be matched with (the two places, or the border). */
  ids: string[];
  /** "Moscow–Beijing", "North Korea – Russia border". */
  label: string;
  figures: DistanceFigures;
}

/** Place types whose coordinates are a point one can measure from; a country's centroid is not. */
export const POINT_PLACE_TYPES: ReadonlySet<PlaceType> = new Set(['capital', 'city', 'town', 'village', 'landmark']);

/** At most this many places enter the pairwise table (n² pairs); the article's first-mentioned ones. */
export const MAX_PAIR_PLACES = 100;

const firstMention = (p: ResolvedPlace) => p.mentions[0]?.start ?? Number.POSITIVE_INFINITY;

/** The figures of a pair of places (distanceModels by default; a caller may pass a memo of it). */
export type PairFigures = (a: ResolvedPlace, b: ResolvedPlace) => DistanceFigures;

const measurePair: PairFigures = (a, b) => distanceModels([a.lon, a.lat], [b.lon, b.lat]);

/**
 * Pairwise distances between the article's point-like places, under all three models. Each pair is labelled
 * in the order the article first names the two places. `figuresOf` computes them (a memo of distanceModels
 * lets a person's edits re-check the figures without measuring the unchanged pairs again).
 *
 * @example pairCandidates([moscow, beijing])[0] // { kind: 'pair', ids: ['place:moscow', 'place:beijing'], label: 'Moscow–Beijing', figures: {…} }
 */
export function pairCandidates(
  places: ResolvedPlace[],
  figuresOf: PairFigures = measurePair,
): DistanceCandidate[] {
  const seen = new Set<string>();
  const points = places
    .filter((p) => POINT_PLACE_TYPES.has(p.placeType) && isLonLat([p.lon, p.lat]))
    .filter((p) => {
      if (seen.has(p.id)) return false;
      seen.add(p.id);
      return true;
    })
    .sort((a, b) => firstMention(a) - firstMention(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_PAIR_PLACES);
  const out: DistanceCandidate[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (a.lon === b.lon && a.lat === b.lat) continue;
      out.push({
        kind: 'pair',
        ids: [a.id, b.id],
        label: `${a.name}–${b.name}`,
        figures: figuresOf(a, b),
      });
    }
  }
  return out;
}

/**
 * Border lengths under all three models: Turf's length, the same central angles on the 6378.137 km sphere,
 * and the sum of WGS84 geodesics.
 */
export function borderCandidates(borders: BorderFeature[]): DistanceCandidate[] {
  const out: DistanceCandidate[] = [];
  for (const b of borders) {
    // The data build stores both lengths (summing geodesics over thousands of vertices takes ~100 ms); an
    // imported border without them is measured here, and one whose coordinates cannot be measured is skipped.
    const stored = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : undefined);
    let turfKm = stored(b.properties.lengthKm);
    let ellipsoidKm = stored(b.properties.ellipsoidKm);
    try {
      turfKm ??= lineLengthKm(b.geometry);
      ellipsoidKm ??= lineEllipsoidKm(b.geometry);
    } catch {
      continue;
    }
    if (!Number.isFinite(turfKm) || !Number.isFinite(ellipsoidKm)) continue;
    out.push({
      kind: 'border',
      ids: [b.id],
      label: b.properties.name,
      figures: { turfKm, webSphereKm: (turfKm * WEB_SPHERE_RADIUS_KM) / TURF_RADIUS_KM, ellipsoidKm },
    });
  }
  return out;
}

/**
 * match / close: explained by a computed distance or length; none: stated as a distance between the
 * article's places (or a border length) and not explained; unchecked: the figure measures something else
 * (a river section, a trail, a radius), which the atlas does not compute, so it is not judged.
 */
export type ClaimStatus = 'match' | 'close' | 'none' | 'unchecked';

export interface ClaimExplanation {
  candidate: DistanceCandidate;
  model: DistanceModelId;
  km: number;
  /** computed − stated, km. */
  differenceKm: number;
  /** |difference| / stated. */
  relative: number;
}

export interface ClaimCheck {
  claim: DistanceClaim;
  status: ClaimStatus;
  /** The best explanation, also given when the status is "none" (the nearest figure). */
  best?: ClaimExplanation;
  /** Other models that also fall within the stated precision for the same candidate. */
  alsoWithin: DistanceModelId[];
  /** Other candidates within the stated precision (the figure is ambiguous between them). */
  ambiguousWith: DistanceCandidate[];
  verdict: string;
}

const BORDER_NOUNS = new Set(['border', 'borders', 'frontier', 'boundary']);
const TRAVEL_NOUNS = new Set(['trip', 'journey', 'flight', 'drive', 'route', 'march']);

/**
 * How far off a computed figure may be and still be what the article means: the figure's own rounding
 * ("18" covers 17.5–18.5), at least 0.1% for an exact figure (writers' coordinates differ by a few
 * hundred metres), 5% when the article says "about".
 */
export function toleranceKm(claim: DistanceClaim): number {
  const relative = claim.qualifier === 'exact' ? 0.001 : 0.05;
  return Math.max(claim.precisionKm, claim.km * relative);
}

/**
 * Whether a computed figure is what the claim states: within the tolerance; for "more than N", from N (less
 * the figure's rounding) to N + 25% (past that a writer would have said more); for "less than N", likewise
 * from N − 25% to N.
 */
export function satisfies(claim: DistanceClaim, km: number, tol = toleranceKm(claim)): boolean {
  const n = claim.km;
  const rounding = Math.max(claim.precisionKm, n * 0.001);
  if (claim.qualifier === 'at-least') return km >= n - rounding && km <= n * 1.25 + tol;
  if (claim.qualifier === 'at-most') return km <= n + rounding && km >= n * 0.75 - tol;
  return Math.abs(km - n) <= tol;
}

const MODEL_PHRASE: Record<DistanceModelId, string> = {
  turf: "on Turf's sphere (R 6371.0088 km)",
  'web-sphere': 'on the 6378.137 km sphere web maps use',
  ellipsoid: 'on the WGS84 ellipsoid',
};

/**
 * Two formatters made once: toLocaleString with options builds a formatter on every call, which was most
 * of the time a long text of figures spends checking them.
 */
const KM_UNDER_100 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const KM_FROM_100 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const fmtKm = (km: number) => (km < 100 ? KM_UNDER_100 : KM_FROM_100).format(km);

function fmtPct(relative: number): string {
  const pct = relative * 100;
  return `${pct < 0.1 ? pct.toFixed(2) : pct < 10 ? pct.toFixed(1) : pct.toFixed(0)}%`;
}

/** Which candidates a figure may be, from what the text says it measures. */
function eligible(claim: DistanceClaim, candidates: DistanceCandidate[]): DistanceCandidate[] {
  const s = claim.subject;
  if (!s) return candidates;
  if (BORDER_NOUNS.has(s)) {
    const borders = candidates.filter((c) => c.kind === 'border');
    return borders.length > 0 ? borders : [];
  }
  if (TRAVEL_NOUNS.has(s)) return candidates.filter((c) => c.kind === 'pair');
  // A tunnel, a road, a river: nothing the atlas computes measures it.
  return [];
}

function explain(claim: DistanceClaim, c: DistanceCandidate, model: DistanceModelId): ClaimExplanation {
  const km = c.figures[FIGURE_KEY[model]];
  const differenceKm = km - claim.km;
  return { candidate: c, model, km, differenceKm, relative: claim.km > 0 ? Math.abs(differenceKm) / claim.km : Infinity };
}

/**
 * Matches each stated figure with the computed distance or length that best explains it.
 *
 * @example
 * const [check] = checkClaims(findDistanceClaims('5799km'), pairCandidates([moscow, beijing]));
 * check.verdict // "matches Moscow–Beijing on the 6378.137 km sphere web maps use (5,799.6 km), 0.01% off"
 */
export function checkClaims(claims: DistanceClaim[], candidates: DistanceCandidate[]): ClaimCheck[] {
  return claims.map((claim) => {
    const pool = eligible(claim, candidates);
    if (pool.length === 0) {
      if (claim.subject && BORDER_NOUNS.has(claim.subject)) {
        return { claim, status: 'none', alsoWithin: [], ambiguousWith: [], verdict: 'no border between places the article names is known' };
      }
      return { claim, status: 'unchecked', alsoWithin: [], ambiguousWith: [], verdict: unchecked(claim) };
    }
    const tol = toleranceKm(claim);
    const ok = (km: number) => satisfies(claim, km, tol);
    // The nearest figure that satisfies the claim; failing that, the nearest figure at all.
    let best: ClaimExplanation | undefined;
    for (const c of pool) {
      for (const m of DISTANCE_MODEL_IDS) {
        const e = explain(claim, c, m);
        const better =
          !best ||
          (ok(e.km) && !ok(best.km)) ||
          (ok(e.km) === ok(best.km) && Math.abs(e.differenceKm) < Math.abs(best.differenceKm));
        if (better) best = e;
      }
    }
    let b = best!;
    // When the figure's precision cannot tell the models apart, report Turf's figure — the one the product
    // shows beside every route and border — rather than whichever model happens to be nearest.
    const turfAlt = explain(claim, b.candidate, 'turf');
    if (b.model !== 'turf' && ok(b.km) && ok(turfAlt.km)) b = turfAlt;
    const err = Math.abs(b.differenceKm);
    const status: ClaimStatus = ok(b.km) ? 'match' : err <= Math.max(3 * tol, 0.02 * claim.km) ? 'close' : 'none';
    // A figure the text does not frame as a distance between places ("the path runs 1/2 mile along the
    // river") is no claim about the article's places: say so rather than flag it against the nearest pair.
    if (status === 'none' && !claim.between && !claim.subject) {
      return { claim, status: 'unchecked', alsoWithin: [], ambiguousWith: [], verdict: unchecked(claim) };
    }
    const alsoWithin = DISTANCE_MODEL_IDS.filter((m) => m !== b.model && ok(b.candidate.figures[FIGURE_KEY[m]]));
    const ambiguousWith = pool.filter(
      (c) => c !== b.candidate && DISTANCE_MODEL_IDS.some((m) => ok(c.figures[FIGURE_KEY[m]])),
    );
    const figure = `${b.candidate.label} ${MODEL_PHRASE[b.model]} (${fmtKm(b.km)} km), ${fmtPct(b.relative)} off`;
    const others = (ms: DistanceModelId[]) =>
      ms.map((m) => `${DISTANCE_MODELS[m].label}: ${fmtKm(b.candidate.figures[FIGURE_KEY[m]])} km`).join(', ');
    let verdict =
      status === 'match'
        ? `matches ${figure}`
        : status === 'close'
          ? `close to ${figure}`
          : `no computed distance or length explains it (nearest: ${figure})`;
    if (status !== 'none' && alsoWithin.length > 0) {
      verdict += `; at ±${fmtKm(tol)} km the figure cannot tell the models apart (${others(alsoWithin)})`;
    }
    if (status !== 'none' && ambiguousWith.length > 0) {
      verdict += `; also consistent with ${ambiguousWith.map((c) => c.label).join(', ')}`;
    }
    // Miles and nautical miles are checked in km; say so.
    if (claim.unit !== 'km') verdict = `${claim.value.toLocaleString('en-US')} ${claim.unit} = ${fmtKm(claim.km)} km: ${verdict}`;
    return { claim, status, best: b, alsoWithin, ambiguousWith, verdict };
  });
}

/** The verdict of a figure the atlas does not check, in plain words. */
function unchecked(claim: DistanceClaim): string {
  const stated = claim.unit === 'km' ? '' : `${claim.range ? claim.range.join('–') : claim.value.toLocaleString('en-US')} ${claim.unit} = ${fmtKm(claim.km)} km; `;
  const what = claim.subject ? `the length of a ${claim.subject}` : 'not a distance between the article’s places';
  return `${stated}${what}, not checked`;
}

/** Claim properties with the figures behind the verdict (a superset of the contract's ClaimProperties). */
export interface CheckedClaimProperties extends ClaimProperties {
  /** The stated figure in km. */
  statedKm: number;
  status: ClaimStatus;
  /** Label of the model in `model`, e.g. "6378.137 km sphere (web maps)". */
  modelLabel?: string;
  differenceKm?: number;
}

/**
 * One `claim` feature per checked figure (null geometry; `matches` are feature ids; ids stable per text).
 *
 * @example claimFeatures(checkClaims(claims, candidates))[0].id // "claim:5799km@3060"
 */
export function claimFeatures(checks: ClaimCheck[]): ClaimFeature[] {
  return checks.map(({ claim, status, best, verdict }) => {
    const matched = status !== 'none' && best ? best : undefined;
    const properties: CheckedClaimProperties = {
      kind: 'claim',
      name: claim.mention.text,
      value: claim.value,
      unit: claim.unit,
      statedKm: claim.km,
      status,
      matches: matched ? [...matched.candidate.ids] : [],
      verdict,
      mentions: [claim.mention],
      title: claim.mention.text,
      description: verdict,
    };
    if (matched) {
      properties.computedKm = Number(matched.km.toFixed(3));
      properties.model = matched.model;
      properties.modelLabel = DISTANCE_MODELS[matched.model].label;
      properties.differenceKm = Number(matched.differenceKm.toFixed(3));
    }
    return {
      type: 'Feature',
      id: `claim:${claim.value}${claim.unit}@${claim.mention.start}`,
      geometry: null,
      properties,
    };
  });
}
