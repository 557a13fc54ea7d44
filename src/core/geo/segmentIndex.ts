/**
 * A grid index over line segments answering "is any segment within d km of this point?" quickly: a grid
 * lookup, a bounding-box test in degrees, and only then Turf's point-to-line distance on the few survivors.
 */
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { Position } from 'geojson';

/** Degrees of latitude per km (upper bound, so the box test never rejects a segment within reach). */
const DEG_PER_KM = 1 / 110.5;

/** A numeric cell key (cheaper than strings); column and row stay far below 2^20 for any cell ≥ 0.001°. */
const cellKey = (c: number, r: number) => (r + 2 ** 20) * 2 ** 21 + (c + 2 ** 20);

export class SegmentIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly seg: number[] = [];

  /** @param lines polylines or closed rings, [lon, lat]; @param cellDeg grid cell size in degrees */
  constructor(
    lines: Position[][],
    private readonly cellDeg = 0.05,
  ) {
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const [x1, y1] = line[i - 1] as [number, number];
        const [x2, y2] = line[i] as [number, number];
        // Antimeridian jumps are not segments anyone means; skip them.
        if (Math.abs(x2 - x1) > 180) continue;
        const e = this.seg.length / 4;
        this.seg.push(x1, y1, x2, y2);
        const c0 = Math.floor(Math.min(x1, x2) / cellDeg);
        const c1 = Math.floor(Math.max(x1, x2) / cellDeg);
        const r0 = Math.floor(Math.min(y1, y2) / cellDeg);
        const r1 = Math.floor(Math.max(y1, y2) / cellDeg);
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const k = cellKey(c, r);
            const list = this.cells.get(k);
            if (list) list.push(e);
            else this.cells.set(k, [e]);
          }
        }
      }
    }
  }

  /**
   * True when some segment is within `km` of `p` (km must be well under the cell size, ~5 km by default).
   *
   * @example new SegmentIndex([[[0, 0], [1, 0]]]).isNear([0.5, 0.0001], 0.02) // true (11 m away)
   */
  isNear(p: Position, km: number): boolean {
    const [px, py] = p as [number, number];
    const dy = km * DEG_PER_KM;
    const dx = dy / Math.max(0.01, Math.cos((Math.min(89.9, Math.abs(py)) * Math.PI) / 180));
    const c = Math.floor(px / this.cellDeg);
    const r = Math.floor(py / this.cellDeg);
    for (let rr = r - 1; rr <= r + 1; rr++) {
      for (let cc = c - 1; cc <= c + 1; cc++) {
        for (const e of this.cells.get(cellKey(cc, rr)) ?? []) {
          const x1 = this.seg[4 * e]!;
          const y1 = this.seg[4 * e + 1]!;
          const x2 = this.seg[4 * e + 2]!;
          const y2 = this.seg[4 * e + 3]!;
          if (px < Math.min(x1, x2) - dx || px > Math.max(x1, x2) + dx) continue;
          if (py < Math.min(y1, y2) - dy || py > Math.max(y1, y2) + dy) continue;
          const line = { type: 'LineString' as const, coordinates: [[x1, y1], [x2, y2]] };
          if (pointToLineDistance([px, py], line, { units: 'kilometers' }) <= km) return true;
        }
      }
    }
    return false;
  }
}
