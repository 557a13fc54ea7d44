/**
 * Great-circle arcs for drawing routes, as one continuous [lon, lat] line (longitudes unwrapped so that
 * a Tokyo → Los Angeles arc crosses the Pacific instead of the whole map).
 */
import type { Position } from 'geojson';
import { greatCircleArc } from '../../core/geo/greatCircle';
import { continuousArc } from './unwrap';

/**
 * The great-circle arc between two [lon, lat] points, continuous for Leaflet.
 * @example drawableArc([139.69, 35.69], [-118.24, 34.05]).at(-1) // → [241.76, 34.05]
 */
export function drawableArc(a: Position, b: Position, npoints = 64): Position[] {
  // The core's arc is continuous (starts at `a`, longitudes unwrapped); flattening guards the split form.
  return continuousArc(greatCircleArc([a[0] as number, a[1] as number], [b[0] as number, b[1] as number], { npoints }));
}

/**
 * The vertex at a fraction of the arc (by vertex count; arcs are evenly spaced), for the arrow and label.
 * @example arcMiddle([[0, 0], [10, 0], [20, 0]]) // → { position: [10, 0], index: 1 }
 */
export function arcMiddle(line: readonly Position[], at = 0.5): { position: Position; index: number } {
  const index = Math.min(line.length - 1, Math.max(0, Math.round((line.length - 1) * at)));
  return { position: line[index]!, index };
}

/**
 * Spread the labels of routes that join the same two places (either direction) along their arcs:
 * returns, per route id, the fraction of the arc where its arrow and label go.
 * @example labelSpots([{ id: 'a', from: 'x', to: 'y' }, { id: 'b', from: 'y', to: 'x' }]) // → Map { a → 0.35, b → 0.65 }
 */
export function labelSpots(routes: readonly { id: string; from: string; to: string }[]): Map<string, number> {
  const byPair = new Map<string, string[]>();
  for (const r of routes) {
    const key = [r.from, r.to].sort().join('|');
    const list = byPair.get(key) ?? [];
    if (list.length === 0) byPair.set(key, list);
    list.push(r.id);
  }
  const out = new Map<string, number>();
  for (const ids of byPair.values()) {
    ids.forEach((id, i) => {
      out.set(id, ids.length === 1 ? 0.5 : 0.35 + (0.3 * i) / (ids.length - 1));
    });
  }
  return out;
}

/** Web Mercator y (unitless) of a latitude in degrees, used only for on-screen angles. */
const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

/**
 * The screen angle (degrees clockwise from east) of travel from `a` to `b` on a Web Mercator map,
 * for rotating a direction arrow. Longitudes must be unwrapped (continuous).
 * @example screenAngle([0, 0], [0, 10]) // → -90 (pointing up)
 */
export function screenAngle(a: Position, b: Position): number {
  const dx = ((b[0] as number) - (a[0] as number)) * (Math.PI / 180);
  const dy = mercatorY(b[1] as number) - mercatorY(a[1] as number);
  return (Math.atan2(-dy, dx) * 180) / Math.PI;
}

/**
 * How far apart routes between the same two places are drawn: each bows out to one side by this share of
 * the distance between its ends (at its middle), so two journeys Moscow ⇄ Pyongyang are two lines a
 * reader can hover and choose, at every zoom.
 */
export const BOW_SHARE = 0.07;

/**
 * Per route id, which way and how far it bows: 0 for a route alone between its places; for routes sharing
 * their ends, ±0.5, ±1.5, … (symmetric about the true arc). The side is fixed by the pair, not the
 * direction of travel, so A → B and B → A with opposite bows lie on opposite sides.
 * @example routeBows([{ id: 'a', from: 'x', to: 'y' }, { id: 'b', from: 'y', to: 'x' }]) // → Map { a → -0.5, b → -0.5 } (opposite sides: they travel opposite ways)
 */
export function routeBows(routes: readonly { id: string; from: string; to: string }[]): Map<string, number> {
  const byPair = new Map<string, { id: string; flip: boolean }[]>();
  for (const r of routes) {
    const key = [r.from, r.to].sort().join('|');
    const list = byPair.get(key) ?? [];
    if (list.length === 0) byPair.set(key, list);
    list.push({ id: r.id, flip: r.from > r.to });
  }
  const out = new Map<string, number>();
  for (const list of byPair.values()) {
    list.forEach(({ id, flip }, i) => {
      const bow = list.length === 1 ? 0 : i - (list.length - 1) / 2;
      // The bow is measured to the left of the direction of travel; a route drawn the other way flips it.
      out.set(id, flip ? -bow : bow);
    });
  }
  return out;
}

/**
 * An arc bowed to the left of its direction of travel by `bow` × BOW_SHARE of its end-to-end length, most
 * at the middle and none at the ends (a sine profile), in the unwrapped [lon, lat] plane the map draws.
 * @example bowedArc([[0, 0], [5, 0], [10, 0]], 1)[1] // → [5, 0.7]
 */
export function bowedArc(arc: readonly Position[], bow: number): Position[] {
  if (bow === 0 || arc.length < 3) return arc.map((p) => [p[0]!, p[1]!]);
  const a = arc[0]!;
  const b = arc[arc.length - 1]!;
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const length = Math.hypot(dx, dy);
  if (length === 0) return arc.map((p) => [p[0]!, p[1]!]);
  // Left of travel: (-dy, dx) normalised.
  const nx = -dy / length;
  const ny = dx / length;
  const reach = bow * BOW_SHARE * length;
  return arc.map((p, i) => {
    const t = i / (arc.length - 1);
    const d = reach * Math.sin(Math.PI * t);
    return [p[0]! + nx * d, Math.max(-89, Math.min(89, p[1]! + ny * d))];
  });
}
