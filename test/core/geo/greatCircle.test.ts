import { distance as turfDistance } from '@turf/turf';
import fc from 'fast-check';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { TURF_RADIUS_KM } from '../../../src/core/geo/distance';
import { greatCircleArc, splitAtAntimeridian, toContinuousLine } from '../../../src/core/geo/greatCircle';
import { lineEllipsoidKm, lineLengthKm } from '../../../src/core/geo/length';

// GeoNames coordinates.
const TOKYO: [number, number] = [139.69171, 35.6895];
const LOS_ANGELES: [number, number] = [-118.24368, 34.05223];
const MOSCOW: [number, number] = [37.61556, 55.75222];
const BEIJING: [number, number] = [116.39723, 39.9075];

const km = (p: Position, q: Position) => turfDistance([p[0]!, p[1]!], [q[0]!, q[1]!]);
const sameLon = (x: number, y: number) => Math.abs((((x - y) % 360) + 540) % 360 - 180) < 1e-9;
const coordsOf = (g: LineString | MultiLineString): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;

function asLine(g: LineString | MultiLineString): Position[] {
  expect(g.type).toBe('LineString');
  return (g as LineString).coordinates;
}

function maxSegmentKm(line: Position[]): number {
  let m = 0;
  for (let i = 1; i < line.length; i++) m = Math.max(m, km(line[i - 1]!, line[i]!));
  return m;
}

describe('greatCircleArc (continuous form)', () => {
  it('Tokyo → Los Angeles crosses the date line over the Pacific with short segments', () => {
    const line = asLine(greatCircleArc(TOKYO, LOS_ANGELES));
    expect(line).toHaveLength(100);
    expect(line[0]).toEqual(TOKYO);
    expect(sameLon(line[99]![0]!, LOS_ANGELES[0])).toBe(true);
    expect(line[99]![1]).toBe(LOS_ANGELES[1]);
    // Over the Pacific: longitudes climb monotonically from 139.7 through 180 to 241.8, never via Europe.
    for (let i = 1; i < line.length; i++) {
      expect(line[i]![0]!).toBeGreaterThan(line[i - 1]![0]!);
      expect(Math.abs(line[i]![0]! - line[i - 1]![0]!)).toBeLessThan(5);
    }
    expect(line.some((p) => p[0]! > 180)).toBe(true);
    const total = turfDistance(TOKYO, LOS_ANGELES);
    expect(maxSegmentKm(line)).toBeLessThan((total / 99) * 1.01);
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(total, 1);
  });

  it('Moscow → Beijing needs no wrapping and bulges north of both ends', () => {
    const line = asLine(greatCircleArc(MOSCOW, BEIJING, { npoints: 50 }));
    expect(line).toHaveLength(50);
    expect(line.every((p) => p[0]! >= MOSCOW[0] && p[0]! <= BEIJING[0])).toBe(true);
    expect(Math.max(...line.map((p) => p[1]!))).toBeGreaterThan(MOSCOW[1]);
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(5793.16, 1);
    expect(lineEllipsoidKm({ type: 'LineString', coordinates: line })).toBeCloseTo(5808.5, 0);
  });

  it('identical points give a zero-length two-vertex line', () => {
    const line = asLine(greatCircleArc(MOSCOW, MOSCOW));
    expect(line).toEqual([MOSCOW, MOSCOW]);
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBe(0);
  });

  it('antipodal points get a deterministic half circle through a pole', () => {
    for (const [a, b] of [
      [[0, 0], [180, 0]],
      [[10, -30], [-170, 30]],
      [[100, 45], [-80, -45]],
    ] as [number, number][][]) {
      const line = asLine(greatCircleArc(a!, b!));
      expect(line[0]).toEqual(a);
      expect(sameLon(line[line.length - 1]![0]!, b![0]!)).toBe(true);
      expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(Math.PI * TURF_RADIUS_KM, 0);
      expect(maxSegmentKm(line)).toBeLessThan(500);
      expect(Math.max(...line.map((p) => Math.abs(p[1]!)))).toBeGreaterThan(89);
    }
  });

  it('regression: nearly antipodal pairs found by fast-check stay in range and short-segmented', () => {
    const split = greatCircleArc([179.99999999999997, 0], [0, 0], { npoints: 40, split: true });
    for (const part of coordsOf(split)) for (const p of part) expect(Math.abs(p[0]!)).toBeLessThanOrEqual(180);
    const line = asLine(greatCircleArc([0, 0.0000014104625145264679], [179.99999999999977, 0], { npoints: 8 }));
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(Math.PI * TURF_RADIUS_KM, 0);
  });

  it('regression: a pair 1e-8 rad short of antipodal (CI counterexample) is evenly spaced, not bunched', () => {
    const b: [number, number] = [179.9999994264598, 6.037091348628667e-7];
    const line = asLine(greatCircleArc([0, 0], b, { npoints: 102 }));
    const even = turfDistance([0, 0], b) / (line.length - 1);
    // Turf's own interpolation put 406 km between two vertices here (2.05× the even spacing).
    expect(maxSegmentKm(line)).toBeLessThan(even * 1.05);
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(Math.PI * TURF_RADIUS_KM, 0);
  });

  it('points near the poles: short path, short segments', () => {
    const line = asLine(greatCircleArc([0, 89.9], [180, 89.9]));
    const total = turfDistance([0, 89.9], [180, 89.9]);
    expect(total).toBeCloseTo(22.24, 1);
    expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(total, 3);
    expect(maxSegmentKm(line)).toBeLessThan(1);
  });

  it('rejects malformed positions with a clear error', () => {
    expect(() => greatCircleArc([Number.NaN, 0], [1, 1])).toThrow(/lon, lat/);
  });
});

describe('RFC 7946 form and back', () => {
  it('splits Tokyo → Los Angeles at ±180 with one seam latitude', () => {
    const g = greatCircleArc(TOKYO, LOS_ANGELES, { split: true });
    expect(g.type).toBe('MultiLineString');
    const [west, east] = (g as MultiLineString).coordinates;
    expect(west![0]).toEqual(TOKYO);
    expect(east![east!.length - 1]).toEqual(LOS_ANGELES);
    expect(west![west!.length - 1]![0]).toBe(180);
    expect(east![0]![0]).toBe(-180);
    expect(east![0]![1]).toBe(west![west!.length - 1]![1]);
    expect(lineLengthKm(g)).toBeCloseTo(turfDistance(TOKYO, LOS_ANGELES), 1);
  });

  it('splitAtAntimeridian of a simple crossing', () => {
    expect(splitAtAntimeridian({ type: 'LineString', coordinates: [[170, 0], [190, 0]] })).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [[170, 0], [180, 0]],
        [[-180, 0], [-170, 0]],
      ],
    });
  });

  it('toContinuousLine joins split parts and unwraps a Turf-style jump', () => {
    expect(
      toContinuousLine({ type: 'MultiLineString', coordinates: [[[170, 0], [180, 0]], [[-180, 0], [-170, 0]]] }),
    ).toEqual({ type: 'LineString', coordinates: [[170, 0], [180, 0], [190, 0]] });
    expect(toContinuousLine({ type: 'LineString', coordinates: [[172, 46.6], [-175.1, 47.9]] })).toEqual({
      type: 'LineString',
      coordinates: [[172, 46.6], [184.9, 47.9]],
    });
    // Parts that do not meet stay separate.
    const apart = toContinuousLine({ type: 'MultiLineString', coordinates: [[[0, 0], [1, 0]], [[5, 5], [6, 5]]] });
    expect(apart.type).toBe('MultiLineString');
  });
});

describe('properties over random pairs', () => {
  const lon = fc.double({ min: -180, max: 180, noNaN: true });
  const lat = fc.double({ min: -89.999, max: 89.999, noNaN: true });
  const pos = fc.tuple(lon, lat);
  const npoints = fc.integer({ min: 2, max: 150 });

  it('continuous: endpoints match, segments short, no wrap band, length ≈ Turf distance', () => {
    fc.assert(
      fc.property(pos, pos, npoints, (a, b, n) => {
        const line = asLine(greatCircleArc(a, b, { npoints: n }));
        const first = line[0]!;
        const last = line[line.length - 1]!;
        expect(first).toEqual(a);
        expect(sameLon(last[0]!, b[0])).toBe(true);
        expect(last[1]).toBe(b[1]);
        const total = turfDistance(a, b);
        const segments = line.length - 1;
        // The antipodal fallback spends vertices on two quarter circles; allow for its uneven split.
        expect(maxSegmentKm(line)).toBeLessThanOrEqual(Math.max(total / segments, 1e-9) * 2.05 + 0.01);
        for (let i = 1; i < line.length; i++) {
          const [p, q] = [line[i - 1]!, line[i]!];
          expect(Math.abs(q[0]! - p[0]!)).toBeLessThanOrEqual(180);
          // Away from the poles a short segment cannot span many degrees of longitude.
          // Along a great circle dλ/ds ≤ 1 / (R cos φmax), φmax ≤ the higher end + half the segment.
          const segKm = km(p, q);
          const phiMax = Math.max(Math.abs(p[1]!), Math.abs(q[1]!)) + segKm / 111.0 / 2;
          if (phiMax < 85) {
            const bound = segKm / (111.0 * Math.cos((phiMax * Math.PI) / 180));
            expect(Math.abs(q[0]! - p[0]!)).toBeLessThanOrEqual(bound * 1.01 + 1e-6);
          }
        }
        expect(lineLengthKm({ type: 'LineString', coordinates: line })).toBeCloseTo(total, 1);
      }),
      { numRuns: 300 },
    );
  });

  it('split: longitudes in range, same length, round-trips through toContinuousLine', () => {
    fc.assert(
      fc.property(pos, pos, (a, b) => {
        const split = greatCircleArc(a, b, { npoints: 40, split: true });
        for (const part of coordsOf(split)) {
          expect(part.length).toBeGreaterThanOrEqual(2);
          for (const p of part) expect(Math.abs(p[0]!)).toBeLessThanOrEqual(180);
        }
        const total = turfDistance(a, b);
        expect(lineLengthKm(split)).toBeCloseTo(total, 1);
        const back = toContinuousLine(split);
        expect(back.type).toBe('LineString');
        expect(lineLengthKm(back)).toBeCloseTo(total, 1);
      }),
      { numRuns: 300 },
    );
  });
});
