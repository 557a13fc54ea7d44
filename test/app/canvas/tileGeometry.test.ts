// @vitest-environment happy-dom
// happy-dom only so that Leaflet (which touches `window` on import) can be the reference projection.
import fc from 'fast-check';
import L from 'leaflet';
import { describe, expect, it } from 'vitest';
import { type Box, boxOf, clipRing, type LineRun, lineRuns, overlaps, projectPositions, type TileView, tileViews, WORLD } from '../../../src/app/canvas/tileGeometry';

const MAX_LAT = 85.0511287798;

/** Closed-form Web Mercator at zoom 0 (256 px world), latitude clamped like Leaflet. */
function mercator(lon: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [128 + (lon / 360) * 256, 128 - (128 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** A view of tile (x, y, z) in the first world, with no margin. */
function viewOf(x: number, y: number, z: number, size = 256): TileView {
  const views = tileViews({ x, y, z }, x * (WORLD / 2 ** z), (x + 1) * (WORLD / 2 ** z), size).filter((v) => v.box[0] === (x * WORLD) / 2 ** z);
  expect(views).toHaveLength(1);
  return views[0]!;
}

/** Run vertices back in world pixels, as [x, y] pairs. */
function worldVertices(run: LineRun, view: TileView): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < run.xy.length; k += 2) out.push([(run.xy[k]! - view.dx) / view.scale, (run.xy[k + 1]! - view.dy) / view.scale]);
  return out;
}

function polylineLength(xy: readonly number[]): number {
  let length = 0;
  for (let k = 2; k < xy.length; k += 2) length += Math.hypot(xy[k]! - xy[k - 2]!, xy[k + 1]! - xy[k - 1]!);
  return length;
}

/** Along-the-line distance (canvas px) of every run vertex, keyed by its world x, y. */
function alongByVertex(runs: LineRun[], view: TileView): Map<string, number> {
  const out = new Map<string, number>();
  for (const run of runs) {
    const world = worldVertices(run, view);
    let along = run.offset;
    world.forEach(([x, y], i) => {
      if (i > 0) along += Math.hypot(run.xy[2 * i]! - run.xy[2 * i - 2]!, run.xy[2 * i + 1]! - run.xy[2 * i - 1]!);
      out.set(`${x},${y}`, along);
    });
  }
  return out;
}

describe('projectPositions', () => {
  it('maps known positions to zoom-0 world pixels', () => {
    const xy = projectPositions([
      [0, 0],
      [180, 0],
      [-180, 0],
      [90, 0],
    ]);
    expect(Array.from(xy)).toEqual([128, 128, 256, 128, 0, 128, 192, 128]);
  });

  it('clamps latitude at ±85.0511287798 to the top and bottom edges', () => {
    const xy = projectPositions([
      [0, MAX_LAT],
      [0, -MAX_LAT],
      [0, 89.9],
      [0, -90],
    ]);
    expect(xy[1]).toBeCloseTo(0, 6);
    expect(xy[3]).toBeCloseTo(256, 6);
    expect(xy[5]).toBe(xy[1]);
    expect(xy[7]).toBe(xy[3]);
    expect(xy.every(Number.isFinite)).toBe(true);
  });

  it('does not wrap longitudes beyond ±180', () => {
    const xy = projectPositions([
      [190, 0],
      [-200, 0],
      [540, 0],
    ]);
    expect(xy[0]).toBeCloseTo(256 + (10 / 360) * 256, 10);
    expect(xy[0]).toBeGreaterThan(256);
    expect(xy[2]).toBeCloseTo(-(20 / 360) * 256, 10);
    expect(xy[4]).toBeCloseTo(512, 10);
  });

  it('matches the closed-form Web Mercator and Leaflet EPSG:3857 at zoom 0', () => {
    const positions: [number, number][] = [];
    for (let lon = -270; lon <= 270; lon += 33.5) for (let lat = -89; lat <= 89; lat += 12.7) positions.push([lon, lat]);
    const xy = projectPositions(positions);
    positions.forEach(([lon, lat], i) => {
      const [mx, my] = mercator(lon, lat);
      expect(xy[2 * i]).toBeCloseTo(mx, 9);
      expect(xy[2 * i + 1]).toBeCloseTo(my, 9);
      const leaflet = L.CRS.EPSG3857.latLngToPoint(L.latLng(lat, lon), 0);
      expect(xy[2 * i]).toBeCloseTo(leaflet.x, 9);
      expect(xy[2 * i + 1]).toBeCloseTo(leaflet.y, 9);
    });
  });

  it('returns an empty array for no positions', () => {
    expect(projectPositions([])).toHaveLength(0);
  });
});

describe('boxOf', () => {
  it('bounds interleaved coordinates', () => {
    expect(boxOf(new Float64Array([1, 2, 3, 0, -1, 5]))).toEqual([-1, 0, 3, 5]);
  });

  it('grows a box it is given, in place', () => {
    const box: Box = [0, 0, 1, 1];
    const out = boxOf(new Float64Array([2, -3]), box);
    expect(out).toBe(box);
    expect(box).toEqual([0, -3, 2, 1]);
  });

  it('leaves an empty box inverted (so nothing overlaps it)', () => {
    const empty = boxOf(new Float64Array());
    expect(empty).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
    expect(overlaps(empty, [-1e9, -1e9, 1e9, 1e9])).toBe(false);
  });
});

describe('overlaps', () => {
  it('counts touching edges and corners', () => {
    expect(overlaps([0, 0, 1, 1], [1, 1, 2, 2])).toBe(true);
    expect(overlaps([0, 0, 1, 1], [1, 0, 2, 1])).toBe(true);
  });
  it('counts containment', () => {
    expect(overlaps([0, 0, 10, 10], [2, 2, 3, 3])).toBe(true);
    expect(overlaps([2, 2, 3, 3], [0, 0, 10, 10])).toBe(true);
  });
  it('rejects boxes apart in x or in y only', () => {
    expect(overlaps([0, 0, 1, 1], [1.01, 0, 2, 1])).toBe(false);
    expect(overlaps([0, 0, 1, 1], [0, 1.01, 1, 2])).toBe(false);
    expect(overlaps([0, 0, 1, 1], [-2, -2, -0.01, 5])).toBe(false);
  });
});

describe('tileViews', () => {
  it('shows data inside the world once on the zoom-0 tile, untransformed', () => {
    const views = tileViews({ x: 0, y: 0, z: 0 }, 10, 246);
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view!.scale).toBe(1);
    expect(view!.dx).toBeCloseTo(0, 12);
    expect(view!.dy).toBeCloseTo(0, 12);
    expect(view!.box).toEqual([0, 0, 256, 256]);
    expect(view!.size).toBe(256);
  });

  it('leaves out world copies that only touch the tile edge', () => {
    // Data spanning exactly [0, 256]: the copies one world east and west meet the tile only at x = 0 and 256.
    const views = tileViews({ x: 0, y: 0, z: 0 }, 0, 256);
    expect(views.map((v) => v.dx + 0)).toEqual([0]);
    expect(views[0]!.box).toEqual([0, 0, 256, 256]);
  });

  it('scales and offsets by zoom and tile position', () => {
    const view = viewOf(1, 1, 1);
    expect(view.scale).toBe(2);
    expect(view.dx).toBe(-256);
    expect(view.dy).toBe(-256);
    expect(view.box).toEqual([128, 128, 256, 256]);
    // The world point (192, 192) is the centre of tile (1, 1, 1).
    expect(192 * view.scale + view.dx).toBe(128);
    expect(192 * view.scale + view.dy).toBe(128);
  });

  it('keeps world-pixel boxes independent of the tile size in CSS pixels', () => {
    const view = viewOf(1, 0, 1, 512);
    expect(view.scale).toBe(4);
    expect(view.box).toEqual([128, 0, 256, 128]);
    expect(view.dx).toBe(-512);
    expect(view.size).toBe(512);
  });

  it('draws an unwrapped arc east of 180° shifted one world west onto the first world tile', () => {
    const views = tileViews({ x: 0, y: 0, z: 2 }, 200, 340);
    expect(views).toHaveLength(1);
    const [view] = views;
    expect(view!.scale).toBe(4);
    expect(view!.box).toEqual([256, 0, 320, 64]);
    expect(view!.dx).toBe(-1024);
    // x = 300 is 300 − 256 = 44 world px into the tile.
    expect(300 * view!.scale + view!.dx).toBe(44 * 4);
  });

  it('draws the west part of the same arc unshifted on the last tile of the row', () => {
    const views = tileViews({ x: 3, y: 0, z: 2 }, 200, 340);
    expect(views).toHaveLength(1);
    expect(views[0]!.box).toEqual([192, 0, 256, 64]);
    expect(views[0]!.dx).toBe(-768);
  });

  it('shows data in every copy of the world it overlaps', () => {
    // Data wider than a world: [-100, 400] covers tile (0, 0, 2) = [0, 64] in copies k = -1 and 0.
    const views = tileViews({ x: 0, y: 0, z: 2 }, -100, 400);
    expect(views.map((v) => v.box[0])).toEqual([256, 0]);
  });

  it('returns no views for data far from the tile in every world copy', () => {
    expect(tileViews({ x: 0, y: 0, z: 3 }, 100, 110)).toEqual([]);
    expect(tileViews({ x: 5, y: 2, z: 3 }, 1000, 1010)).toEqual([]);
  });

  it('returns no views for an empty extent', () => {
    expect(tileViews({ x: 0, y: 0, z: 0 }, Infinity, -Infinity)).toEqual([]);
    expect(tileViews({ x: 0, y: 0, z: 0 }, Number.NaN, 10)).toEqual([]);
  });

  it('expands the box by the margin (CSS px) so data just outside the tile is kept', () => {
    // Tile (0, 0, 3) is [0, 32]; data at 33 is 1 world px = 8 CSS px east of it.
    expect(tileViews({ x: 0, y: 0, z: 3 }, 33, 40)).toEqual([]);
    // A margin of exactly 8 px only reaches the data's edge: nothing of it would show.
    expect(tileViews({ x: 0, y: 0, z: 3 }, 33, 40, 256, 8)).toEqual([]);
    const views = tileViews({ x: 0, y: 0, z: 3 }, 33, 40, 256, 16);
    expect(views).toHaveLength(1);
    expect(views[0]!.box).toEqual([-2, -2, 34, 34]);
    expect(views[0]!.dx).toBeCloseTo(0, 12);
  });

  it('returns exactly the world copies whose shifted data overlaps the tile (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }).chain((z) => fc.record({ z: fc.constant(z), x: fc.integer({ min: 0, max: 2 ** z - 1 }), y: fc.integer({ min: 0, max: 2 ** z - 1 }) })),
        fc.double({ min: -600, max: 800, noNaN: true }),
        fc.double({ min: 0, max: 700, noNaN: true }),
        fc.integer({ min: 0, max: 10 }),
        (tile, minX, width, margin) => {
          const maxX = minX + width;
          const views = tileViews(tile, minX, maxX, 256, margin);
          const span = WORLD / 2 ** tile.z;
          const pad = margin / (256 / span);
          const expected: number[] = [];
          for (let k = -6; k <= 6; k++) {
            if (minX + k * WORLD < (tile.x + 1) * span + pad && maxX + k * WORLD > tile.x * span - pad) expected.push(k);
          }
          expect(views.map((v) => Math.round((tile.x * span - v.box[0] - pad) / WORLD))).toEqual(expected);
          for (const v of views) {
            // The tile's own corner lands on canvas (0, 0).
            expect(v.box[0] + pad).toBeCloseTo(-v.dx / v.scale, 6);
            expect(v.box[1] + pad).toBeCloseTo(-v.dy / v.scale, 6);
          }
        },
      ),
    );
  });
});

describe('lineRuns', () => {
  // Tile (1, 1, 2): world [64, 128] × [64, 128], scale 4, canvas = world · 4 − 256.
  const tile = viewOf(1, 1, 2);
  const canvas = (x: number, y: number): [number, number] => [x * 4 - 256, y * 4 - 256];

  it('returns one run at offset 0 for a line inside the tile', () => {
    const runs = lineRuns(new Float64Array([70, 70, 100, 80, 120, 120]), tile);
    expect(runs).toEqual([{ xy: [...canvas(70, 70), ...canvas(100, 80), ...canvas(120, 120)], offset: 0 }]);
  });

  it('returns nothing for a line that misses the tile or has one vertex', () => {
    expect(lineRuns(new Float64Array([0, 0, 30, 30, 60, 10]), tile)).toEqual([]);
    expect(lineRuns(new Float64Array([70, 70]), tile)).toEqual([]);
  });

  it('splits a line that leaves and re-enters the tile, the second run offset by the line drawn before it', () => {
    const line = new Float64Array([70, 70, 100, 70, 200, 70, 200, 120, 100, 120, 90, 120]);
    const runs = lineRuns(line, tile);
    expect(runs).toHaveLength(2);
    expect(runs[0]).toEqual({ xy: [...canvas(70, 70), ...canvas(100, 70), ...canvas(200, 70)], offset: 0 });
    expect(runs[1]!.xy).toEqual([...canvas(200, 120), ...canvas(100, 120), ...canvas(90, 120)]);
    // 30 + 100 + 50 world px before (200, 120), at 4 canvas px per world px.
    expect(runs[1]!.offset).toBe((30 + 100 + 50) * 4);
  });

  it('gives runs on adjacent tiles offsets that continue the dash pattern', () => {
    const line = new Float64Array(2 * 23);
    for (let i = 0; i < 23; i++) line.set([10 + 5 * i, 70], 2 * i); // x = 10 … 120, y = 70
    const left = viewOf(0, 1, 2);
    const right = viewOf(1, 1, 2);
    const leftRuns = lineRuns(line, left);
    const rightRuns = lineRuns(line, right);
    expect(leftRuns).toHaveLength(1);
    expect(rightRuns).toHaveLength(1);
    expect(leftRuns[0]!.offset).toBe(0);
    // The right tile's run starts at x = 60 (the segment 60 → 65 crosses x = 64): 50 world px after the start.
    expect(worldVertices(rightRuns[0]!, right)[0]).toEqual([60, 70]);
    expect(rightRuns[0]!.offset).toBe(50 * 4);
    // That is exactly the length the left tile draws up to the same vertex.
    const leftAlong = alongByVertex(leftRuns, left);
    const rightAlong = alongByVertex(rightRuns, right);
    const shared = [...rightAlong.keys()].filter((key) => leftAlong.has(key));
    expect(shared).toEqual(['60,70', '65,70']);
    for (const key of shared) expect(rightAlong.get(key)).toBeCloseTo(leftAlong.get(key)!, 9);
  });

  it('scales offsets with the zoom', () => {
    const line = new Float64Array([100, 100, 110, 100, 200, 100, 200, 120, 100, 120]);
    expect(lineRuns(line, tile).map((r) => r.offset)).toEqual([0, (10 + 90 + 20) * 4]);
    expect(lineRuns(line, viewOf(3, 3, 3)).map((r) => r.offset)).toEqual([0, (10 + 90 + 20) * 8]); // [96, 128]², scale 8
  });

  it('drops vertices under minStep the same way on every tile', () => {
    // Scale 4 and minStep 1.5 → step 0.375 world px; vertices every 0.25 px keep every other one.
    const line: number[] = [];
    for (let x = 40; x <= 90; x += 0.25) line.push(x, 70);
    const xy = new Float64Array(line);
    const left = viewOf(0, 1, 2);
    const right = viewOf(1, 1, 2);
    const leftRuns = lineRuns(xy, left, 1.5);
    const rightRuns = lineRuns(xy, right, 1.5);
    expect(leftRuns).toHaveLength(1);
    expect(rightRuns).toHaveLength(1);
    const leftX = worldVertices(leftRuns[0]!, left).map(([x]) => x);
    const rightX = worldVertices(rightRuns[0]!, right).map(([x]) => x);
    const kept = (from: number, to: number) => Array.from({ length: (to - from) / 0.5 + 1 }, (_, i) => from + 0.5 * i);
    expect(leftX).toEqual(kept(40, 64.5));
    // A decision made relative to the tile would start at 63.75; the line's own decision keeps 63.5.
    expect(rightX).toEqual(kept(63.5, 90));
    expect(rightRuns[0]!.offset).toBe((63.5 - 40) * 4);
  });

  it('always keeps the last vertex, however close', () => {
    const runs = lineRuns(new Float64Array([70, 70, 80, 70, 80.1, 70]), tile, 1.5);
    expect(runs[0]!.xy).toEqual([...canvas(70, 70), ...canvas(80, 70), ...canvas(80.1, 70)]);
    const merged = lineRuns(new Float64Array([70, 70, 70.1, 70, 80, 70]), tile, 1.5);
    expect(merged[0]!.xy).toEqual([...canvas(70, 70), ...canvas(80, 70)]);
  });

  it('draws the same canvas pixels for a line and its copy one world east on the shifted view', () => {
    const line = new Float64Array([20, 70, 40, 75, 40.25, 75, 60, 90, 100, 90]);
    const shifted = line.map((v, i) => (i % 2 === 0 ? v + WORLD : v));
    const home = viewOf(0, 1, 2);
    const copy = tileViews({ x: 0, y: 1, z: 2 }, 256, 384).find((v) => v.box[0] === 256)!;
    expect(lineRuns(shifted, copy)).toEqual(lineRuns(line, home));
  });

  const tileArb = fc
    .integer({ min: 0, max: 6 })
    .chain((z) => fc.record({ z: fc.constant(z), x: fc.integer({ min: 0, max: 2 ** z - 1 }), y: fc.integer({ min: 0, max: 2 ** z - 1 }) }));
  // Vertices within a few tile spans of the tile (as multiples of its span), so that lines often cross it.
  const relativeLineArb = fc.array(fc.tuple(fc.double({ min: -2, max: 3, noNaN: true }), fc.double({ min: -2, max: 3, noNaN: true })), {
    minLength: 2,
    maxLength: 30,
  });

  it('keeps every run vertex near the tile and offsets increasing along the line (property)', () => {
    fc.assert(
      fc.property(tileArb, relativeLineArb, fc.integer({ min: 0, max: 8 }), fc.constantFrom(0, 0.5, 1.5, 4), (t, relative, margin, minStep) => {
        const span = WORLD / 2 ** t.z;
        const line = Float64Array.from(relative.flatMap(([u, v]) => [(t.x + u) * span, (t.y + v) * span]));
        let longest = 0;
        for (let k = 2; k < line.length; k += 2) longest = Math.max(longest, Math.hypot(line[k]! - line[k - 2]!, line[k + 1]! - line[k - 1]!));
        const [minX, , maxX] = boxOf(line);
        for (const view of tileViews(t, minX, maxX, 256, margin)) {
          const runs = lineRuns(line, view, minStep);
          // Dropping vertices merges segments: a kept segment is at most one step (per axis) longer.
          const slack = longest + (minStep / view.scale) * Math.SQRT2 + 1e-9 * span;
          const [bx0, by0, bx1, by1] = view.box;
          let hitSegments = 0;
          for (let k = 2; k < line.length; k += 2) {
            const seg: Box = [Math.min(line[k - 2]!, line[k]!), Math.min(line[k - 1]!, line[k + 1]!), Math.max(line[k - 2]!, line[k]!), Math.max(line[k - 1]!, line[k + 1]!)];
            if (overlaps(seg, view.box)) hitSegments++;
          }
          let drawnSegments = 0;
          runs.forEach((run, i) => {
            expect(run.xy.length % 2).toBe(0);
            expect(run.xy.length).toBeGreaterThanOrEqual(4);
            drawnSegments += run.xy.length / 2 - 1;
            for (const [x, y] of worldVertices(run, view)) {
              expect(x).toBeGreaterThanOrEqual(bx0 - slack);
              expect(x).toBeLessThanOrEqual(bx1 + slack);
              expect(y).toBeGreaterThanOrEqual(by0 - slack);
              expect(y).toBeLessThanOrEqual(by1 + slack);
            }
            if (i > 0) {
              const previous = runs[i - 1]!;
              expect(run.offset).toBeGreaterThanOrEqual(previous.offset);
              // Runs do not overlap along the line: the next starts after the previous one ends.
              expect(run.offset).toBeGreaterThanOrEqual(previous.offset + polylineLength(previous.xy) - 1e-6 * (1 + run.offset));
            }
          });
          // Without dropping, every segment touching the tile is drawn exactly once.
          if (minStep === 0) expect(drawnSegments).toBe(hitSegments);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('clipRing', () => {
  const area = (xy: readonly number[]): number => {
    let twice = 0;
    for (let k = 0; k < xy.length; k += 2) {
      const j = (k + 2) % xy.length;
      twice += xy[k]! * xy[j + 1]! - xy[j]! * xy[k + 1]!;
    }
    return Math.abs(twice) / 2;
  };

  it('cuts a ring larger than the box down to the box', () => {
    const clipped = clipRing([-10, -10, 10, -10, 10, 10, -10, 10], [0, 0, 5, 5]);
    expect(area(clipped)).toBeCloseTo(25, 9);
    for (let k = 0; k < clipped.length; k += 2) {
      expect(clipped[k]).toBeGreaterThanOrEqual(0);
      expect(clipped[k]).toBeLessThanOrEqual(5);
    }
  });

  it('keeps a ring inside the box as it is, and drops one outside it', () => {
    expect(clipRing([1, 1, 2, 1, 2, 2], [0, 0, 5, 5])).toEqual([1, 1, 2, 1, 2, 2]);
    expect(clipRing([10, 10, 12, 10, 12, 12], [0, 0, 5, 5])).toEqual([]);
  });

  it('keeps the part of a concave ring inside the box (an L shape cut through both arms)', () => {
    // L: [0,4]×[0,1] ∪ [0,1]×[0,4]; box [0.5, 0.5, 3, 3] keeps [0.5,3]×[0.5,1] ∪ [0.5,1]×[1,3].
    const ring = [0, 0, 4, 0, 4, 1, 1, 1, 1, 4, 0, 4];
    expect(area(clipRing(ring, [0.5, 0.5, 3, 3]))).toBeCloseTo(2.5 * 0.5 + 0.5 * 2, 9);
  });

  it('gives the area of the overlap for any rectangle and box (property)', () => {
    const interval = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.01, max: 60, noNaN: true }));
    fc.assert(
      fc.property(interval, interval, interval, interval, ([rx, rw], [ry, rh], [bx, bw], [by, bh]) => {
        const ring = [rx, ry, rx + rw, ry, rx + rw, ry + rh, rx, ry + rh];
        const overlap = Math.max(0, Math.min(rx + rw, bx + bw) - Math.max(rx, bx)) * Math.max(0, Math.min(ry + rh, by + bh) - Math.max(ry, by));
        expect(area(clipRing(ring, [bx, by, bx + bw, by + bh]))).toBeCloseTo(overlap, 6);
      }),
    );
  });
});
