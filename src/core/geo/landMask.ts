/**
 * A land mask over coastline rings (e.g. Natural Earth land from world-atlas), with a grid index so that
 * point-in-land and near-the-coast tests on a few thousand boundary vertices take milliseconds, not minutes
 * (Natural Earth 1:10m land has ~400,000 vertices).
 *
 * Used by the border build to tell where a shared country boundary leaves the land and becomes a
 * territorial-sea boundary. The tolerance (`nearKm`) absorbs the coarser mask: a 1:10m coastline is off by a
 * few hundred metres from the OpenStreetMap boundaries at river mouths.
 */
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Position } from 'geojson';

const CELL = 0.25; // degrees; 1 km ≈ 0.009° so a 3×3 neighbourhood always covers the tolerance
const COLS = Math.ceil(360 / CELL);
const ROWS = Math.ceil(180 / CELL);

/**
 * Vertices at exactly ±180° take the sign of their neighbours: Natural Earth closes Eurasia with a meridian
 * edge at −180 between vertices at +179.9, which, read literally, is on the wrong side of the world and flips
 * the even-odd parity of every ray between 65° and 69° N (the whole Finnish–Russian border).
 */
function seatOnAntimeridian(ring: Position[]): Position[] {
  const n = ring.length;
  if (!ring.some((p) => Math.abs(p[0] as number) === 180)) return ring;
  return ring.map((p, i) => {
    if (Math.abs(p[0] as number) !== 180) return p;
    for (let k = 1; k < n; k++) {
      const q = ring[(i - k + n) % n]!;
      if (Math.abs(q[0] as number) !== 180) return [Math.sign(q[0] as number) * 180 || 180, p[1] as number];
    }
    return p;
  });
}

const col = (lon: number) => Math.min(COLS - 1, Math.max(0, Math.floor((lon + 180) / CELL)));
const row = (lat: number) => Math.min(ROWS - 1, Math.max(0, Math.floor((lat + 90) / CELL)));

export class LandMask {
  private readonly ax: Float64Array;
  private readonly ay: Float64Array;
  private readonly bx: Float64Array;
  private readonly by: Float64Array;
  private readonly cells = new Map<number, number[]>();
  private readonly seen: Uint32Array;
  private stamp = 0;

  /** @param rings closed rings (outer rings and holes alike; even-odd rule), [lon, lat] */
  constructor(rings: Position[][]) {
    const edges: number[] = [];
    for (const ring of rings) {
      const r = seatOnAntimeridian(ring);
      for (let i = 1; i < r.length; i++) {
        const [x1, y1] = r[i - 1] as [number, number];
        const [x2, y2] = r[i] as [number, number];
        if (Math.abs(x2 - x1) > 180) {
          // An edge that jumps across the antimeridian (Natural Earth's Eurasia ring goes from 179.96 to −180):
          // taken literally it would run around the whole world and flip the parity of every ray at its
          // latitudes. Split it at ±180 instead, as the ring means.
          const side = x1 > 0 ? 180 : -180;
          const x2u = x2 + (x1 > 0 ? 360 : -360);
          const ym = y1 + ((side - x1) * (y2 - y1)) / (x2u - x1 || 1);
          edges.push(x1, y1, side, ym, -side, ym, x2, y2);
        } else {
          edges.push(x1, y1, x2, y2);
        }
      }
    }
    const n = edges.length / 4;
    this.ax = new Float64Array(n);
    this.ay = new Float64Array(n);
    this.bx = new Float64Array(n);
    this.by = new Float64Array(n);
    this.seen = new Uint32Array(n);
    for (let e = 0; e < n; e++) {
      const [x1, y1, x2, y2] = [edges[4 * e]!, edges[4 * e + 1]!, edges[4 * e + 2]!, edges[4 * e + 3]!];
      this.ax[e] = x1;
      this.ay[e] = y1;
      this.bx[e] = x2;
      this.by[e] = y2;
      for (let cy = row(Math.min(y1, y2)); cy <= row(Math.max(y1, y2)); cy++) {
        for (let cx = col(Math.min(x1, x2)); cx <= col(Math.max(x1, x2)); cx++) {
          const k = cy * COLS + cx;
          const list = this.cells.get(k);
          if (list) list.push(e);
          else this.cells.set(k, [e]);
        }
      }
    }
  }

  private nextStamp(): number {
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }

  /** Even-odd ray cast towards the east, visiting only the grid row of the point. */
  contains(p: Position): boolean {
    const [px, py] = p as [number, number];
    const stamp = this.nextStamp();
    let inside = false;
    const r = row(py);
    for (let c = col(px); c < COLS; c++) {
      const list = this.cells.get(r * COLS + c);
      if (!list) continue;
      for (const e of list) {
        if (this.seen[e] === stamp) continue;
        this.seen[e] = stamp;
        const y1 = this.ay[e]!;
        const y2 = this.by[e]!;
        if (y1 > py === y2 > py) continue;
        const x = this.ax[e]! + ((py - y1) * (this.bx[e]! - this.ax[e]!)) / (y2 - y1);
        if (x > px) inside = !inside;
      }
    }
    return inside;
  }

  /** True when some coastline edge is within `km` of the point (Turf point-to-line distance). */
  isNearCoast(p: Position, km: number): boolean {
    const [px, py] = p as [number, number];
    const stamp = this.nextStamp();
    for (let cy = row(py) - 1; cy <= row(py) + 1; cy++) {
      for (let cx = col(px) - 1; cx <= col(px) + 1; cx++) {
        if (cy < 0 || cy >= ROWS || cx < 0 || cx >= COLS) continue;
        const list = this.cells.get(cy * COLS + cx);
        if (!list) continue;
        for (const e of list) {
          if (this.seen[e] === stamp) continue;
          this.seen[e] = stamp;
          const line = [
            [this.ax[e]!, this.ay[e]!],
            [this.bx[e]!, this.by[e]!],
          ];
          if (pointToLineDistance([px, py], { type: 'LineString', coordinates: line }, { units: 'kilometers' }) <= km) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** On land, or within `nearKm` of the coastline. */
  isLand(p: Position, nearKm: number): boolean {
    return this.contains(p) || this.isNearCoast(p, nearKm);
  }
}

/**
 * Keeps the parts of `lines` whose vertices are on land: each line is cut into maximal runs of consecutive
 * vertices for which `isLand` holds, and runs of fewer than two vertices are dropped. Cuts happen at the
 * boundary's own vertices (none is invented): OpenStreetMap ends a land boundary at a node on the coast, where
 * the territorial-sea boundary begins.
 *
 * @example
 * cutToLand([[[0, 0], [1, 0], [2, 0], [9, 0]]], (p) => p[0] < 5) // [[[0, 0], [1, 0], [2, 0]]]
 */
export function cutToLand(lines: Position[][], isLand: (p: Position) => boolean): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    for (const p of line) {
      if (isLand(p)) run.push(p);
      else {
        if (run.length >= 2) out.push(run);
        run = [];
      }
    }
    if (run.length >= 2) out.push(run);
  }
  return out;
}
