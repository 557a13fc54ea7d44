/**
 * The article's geography beyond its places: the borders it refers to and the distance/length figures it
 * states, checked against what the atlas computes. Pure; the pipeline appends these features.
 */
import { articleBorders, bordersBetweenNamed, validBorders } from '../geo/articleBorders';
import type { AtlasFeature, BorderFeature, ClaimFeature } from '../geojson/types';
import type { ArticleDocument } from '../text/document';
import { sentenceSpans } from '../text/sentences';
import type { ResolvedPlace } from '../types';
import { borderCandidates, checkClaims, claimFeatures, type PairFigures, pairCandidates } from './checkClaims';
import { findDistanceClaims } from './findDistances';

export * from './checkClaims';
export * from './findDistances';

const BORDER_NOUN_AFTER = /[ \u00a0]*(?:borders?|frontiers?|boundary)\b/iy;

/**
 * Border features the article refers to, then one claim feature per stated distance or length.
 * `features` (optional) are the features already built — a claim matched with a place pair also lists the
 * route between those places, when there is one.
 *
 * @example
 * geoFeaturesFor(text, places, borders).map((f) => f.id)
 * // → ['border:prk-rus', 'claim:18km@2898', 'claim:5799km@3060'] for the seed article
 */
export function geoFeaturesFor(
  text: string,
  places: ResolvedPlace[],
  borderList: readonly unknown[] = [],
  features: AtlasFeature[] = [],
  document?: ArticleDocument,
  options: { figuresOf?: PairFigures } = {},
): Array<BorderFeature | ClaimFeature> {
  const borders = validBorders(borderList);
  // The document's sentences when the pipeline read them; a direct call splits here.
  const spans = document?.text === text ? document.sentenceSpans : sentenceSpans(text);
  const claims = findDistanceClaims(text, spans);
  const named = bordersBetweenNamed(places, borders);
  const checks =
    claims.length > 0 ? checkClaims(claims, [...pairCandidates(places, options.figuresOf), ...borderCandidates(named)]) : [];

  // A length figure matched with a border ties its noun ("18km-long border") to that border.
  const claimed = new Map<string, Array<[number, number]>>();
  for (const c of checks) {
    if (c.status === 'none' || c.best?.candidate.kind !== 'border') continue;
    BORDER_NOUN_AFTER.lastIndex = c.claim.mention.end;
    const m = BORDER_NOUN_AFTER.exec(text);
    if (!m) continue;
    const word = m[0].trimStart();
    const start = c.claim.mention.end + m[0].length - word.length;
    const id = c.best.candidate.ids[0]!;
    // Pushed, not copied: a long text may tie thousands of figures to one border.
    const spans = claimed.get(id);
    if (spans) spans.push([start, start + word.length]);
    else claimed.set(id, [[start, start + word.length]]);
  }

  const claimsOut = claimFeatures(checks);
  // Link a matched place pair to the route between them, if the story drew one. The routes are indexed by
  // their ends once, so many figures and many routes cost their sum, not their product.
  const routesBetween = new Map<string, string[]>();
  if (claimsOut.length > 0) {
    for (const r of features) {
      if (r.properties.kind !== 'route') continue;
      const { from, to } = r.properties;
      for (const key of from === to ? [`${from}\n${to}`] : [`${from}\n${to}`, `${to}\n${from}`]) {
        const ids = routesBetween.get(key);
        if (ids) ids.push(r.id);
        else routesBetween.set(key, [r.id]);
      }
    }
  }
  for (const f of claimsOut) {
    const [a, b] = f.properties.matches;
    if (!a || !b || f.properties.matches.length !== 2) continue;
    for (const id of routesBetween.get(`${a}\n${b}`) ?? []) f.properties.matches.push(id);
  }
  return [...articleBorders(text, places, borders, { claimed, spans }), ...claimsOut];
}
