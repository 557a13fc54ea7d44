/**
 * Structural sharing between two versions of the map: every edit re-derives the collection from the analysis
 * (core/edits applyEdits), so routes, borders and figures come out as new objects even when nothing about
 * them changed. Giving back the previous object for a feature equal to it lets the map and the panels
 * (React.memo, useMemo on the features) skip what an edit did not touch: reversing one route then redraws
 * one route, not every marker, border and paragraph.
 */
import { dequal } from 'dequal';
import { useRef } from 'react';
import type { AtlasCollection, AtlasFeature } from '../../core/geojson/types';

/**
 * `next`, with each feature equal to the previous version's feature of the same id replaced by that object,
 * and the feature lists themselves kept when none of their items changed. Equal means deep-equal: a feature
 * whose any property changed (a mark of the edit, a distance, a verdict) is the new object.
 * @example keepUnchanged(before, applyEdits(analysis, edits).collection).features[0] === before.features[0]
 */
export function keepUnchanged(prev: AtlasCollection | null, next: AtlasCollection): AtlasCollection {
  if (!prev || prev === next) return next;
  const features = shareItems(prev.features, next.features);
  const possible = next.possibleJourneys && prev.possibleJourneys ? shareItems(prev.possibleJourneys, next.possibleJourneys) : next.possibleJourneys;
  if (features === next.features && possible === next.possibleJourneys) return next;
  return { ...next, features, ...(possible ? { possibleJourneys: possible } : {}) };
}

/** The items of `next`, each one equal to an item of `prev` with its id being that item; `prev` itself when all are. */
function shareItems<F extends Pick<AtlasFeature, 'id'>>(prev: readonly F[], next: F[]): F[] {
  const before = new Map<string, F>();
  for (const f of prev) before.set(String(f.id), f);
  let same = prev.length === next.length;
  let shared = false;
  const out = next.map((f, i) => {
    const old = before.get(String(f.id));
    const kept = old !== undefined && (old === f || dequal(old, f)) ? old : f;
    if (kept !== f) shared = true;
    if (kept !== prev[i]) same = false;
    return kept;
  });
  if (same) return prev as F[];
  return shared ? out : next;
}

/**
 * `next` when it differs from `prev` item by item (by identity), else `prev`: a list rebuilt from the same
 * items (a filter, a layer split) keeps its identity, so what depends on it need not be redone.
 * @example sameItems(a, [...a]) === a // → true
 */
export function sameItems<L extends readonly unknown[]>(prev: L | null | undefined, next: L): L {
  if (!prev || prev.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) return next;
  return prev;
}

/**
 * The hook form of sameItems: the list of the render before when its items are the same objects.
 * @example const places = useSameItems(mapLayers(collection).places);
 */
export function useSameItems<L extends readonly unknown[]>(list: L): L {
  const last = useRef<L | null>(null);
  const kept = sameItems(last.current, list);
  last.current = kept;
  return kept;
}

/**
 * The value of the render before when it is deep-equal to this one (a derived Map or Set rebuilt with the
 * same content), so memoised children given it need not re-render.
 * @example const roles = useDeepSame(countRoles(routes));
 */
export function useDeepSame<T>(value: T): T {
  const last = useRef<{ value: T } | null>(null);
  if (last.current && (last.current.value === value || dequal(last.current.value, value))) return last.current.value;
  last.current = { value };
  return value;
}
