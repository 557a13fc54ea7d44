import type { MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { type CloudLine, type CloudPoint, type PolygonStyle, packCloud, packPolygons, styleTable } from '../../../src/app/canvas/tileData';
import { projectPositions } from '../../../src/app/canvas/tileGeometry';

const square = (lon: number, lat: number, side: number): Position[] => [
  [lon, lat],
  [lon + side, lat],
  [lon + side, lat + side],
  [lon, lat + side],
  [lon, lat],
];
const triangle = (lon: number, lat: number): Position[] => [
  [lon, lat],
  [lon + 1, lat],
  [lon, lat + 1],
  [lon, lat],
];
const feature = (coordinates: Position[][][]): { geometry: MultiPolygon } => ({ geometry: { type: 'MultiPolygon', coordinates } });

describe('packPolygons', () => {
  // Feature A: a square with a triangular hole, plus a separate triangle. Feature B: one square.
  const a = feature([[square(0, 0, 10), triangle(2, 2)], [triangle(20, 20)]]);
  const b = feature([[square(-10, -10, 20)]]);
  const packed = packPolygons(3, [a, b]);

  it('keeps the level minZoom', () => {
    expect(packed.minZoom).toBe(3);
  });

  it('records where each ring and each feature starts, with end markers', () => {
    expect(Array.from(packed.ringStart)).toEqual([0, 5, 9, 13, 18]);
    expect(Array.from(packed.featureRing)).toEqual([0, 3, 4]);
  });

  it('stores every ring vertex projected, in order', () => {
    const all = [...square(0, 0, 10), ...triangle(2, 2), ...triangle(20, 20), ...square(-10, -10, 20)];
    expect(Array.from(packed.coords)).toEqual(Array.from(projectPositions(all)));
  });

  it('bounds each feature over all its rings, in world pixels (north is up: smaller y)', () => {
    const [a0, a1] = [projectPositions([[0, 0]]), projectPositions([[21, 21]])];
    expect(Array.from(packed.boxes.subarray(0, 4))).toEqual([a0[0], a1[1], a1[0], a0[1]]);
    const [sw, ne] = [projectPositions([[-10, -10]]), projectPositions([[10, 10]])];
    expect(Array.from(packed.boxes.subarray(4, 8))).toEqual([sw[0], ne[1], ne[0], sw[1]]);
    expect(packed.boxes[5]).toBeLessThan(packed.boxes[7]!);
  });

  it('packs no features into empty arrays with end markers only', () => {
    const empty = packPolygons(0, []);
    expect(empty.coords).toHaveLength(0);
    expect(Array.from(empty.ringStart)).toEqual([0]);
    expect(Array.from(empty.featureRing)).toEqual([0]);
    expect(empty.boxes).toHaveLength(0);
  });
});

describe('styleTable', () => {
  const styleOf = (p: { fill: string; width?: number }): PolygonStyle => ({ fill: p.fill, stroke: '#333', strokeWidth: p.width ?? 1 });

  it('indexes each feature into a table of distinct styles, in first-seen order', () => {
    const { styles, index } = styleTable([{ fill: 'red' }, { fill: 'blue' }, { fill: 'red' }, { fill: 'green' }, { fill: 'blue' }], styleOf);
    expect(styles.map((s) => s.fill)).toEqual(['red', 'blue', 'green']);
    expect(Array.from(index)).toEqual([0, 1, 0, 2, 1]);
    expect(index).toBeInstanceOf(Uint16Array);
  });

  it('tells styles apart by stroke and stroke width too', () => {
    const { styles, index } = styleTable(
      [{ fill: 'red' }, { fill: 'red', width: 2 }, { fill: 'red', width: 1 }],
      styleOf,
    );
    expect(styles).toEqual([
      { fill: 'red', stroke: '#333', strokeWidth: 1 },
      { fill: 'red', stroke: '#333', strokeWidth: 2 },
    ]);
    expect(Array.from(index)).toEqual([0, 1, 0]);
    const byStroke = styleTable(['#000', '#111'], (stroke) => ({ fill: 'red', stroke, strokeWidth: 1 }));
    expect(byStroke.styles).toHaveLength(2);
  });

  it('handles no features', () => {
    expect(styleTable([], styleOf)).toEqual({ styles: [], index: new Uint16Array(0) });
  });
});

describe('packCloud', () => {
  const points: CloudPoint[] = [
    { position: [0, 0], color: 'red' },
    { position: [90, 0], color: 'blue' },
    { position: [-90, 0], color: 'red' },
  ];
  const lines: CloudLine[] = [
    { line: [[170, 10], [180, 20], [190, 30]], color: 'red', dashed: false },
    { line: [[0, 0], [10, 10]], color: 'red', dashed: true },
    { line: [[-20, 0], [-10, 0], [0, 5], [5, 5]], color: 'red', dashed: false },
    { line: [[1, 1], [2, 2]], color: 'green', dashed: true },
  ];
  const cloud = packCloud(points, lines);

  it('projects the points and indexes their colours without duplicates', () => {
    expect(cloud.kind).toBe('cloud');
    expect(Array.from(cloud.points)).toEqual([128, 128, 192, 128, 64, 128]);
    expect(cloud.colors).toEqual(['red', 'blue']);
    expect(Array.from(cloud.pointColor)).toEqual([0, 1, 0]);
  });

  it('packs lines with start markers, projected coordinates and boxes', () => {
    expect(Array.from(cloud.lineStart)).toEqual([0, 3, 5, 9, 11]);
    expect(Array.from(cloud.lineCoords)).toEqual(Array.from(projectPositions(lines.flatMap((l) => l.line))));
    const first = projectPositions(lines[0]!.line);
    // First line: west → east and rising, so x grows and y shrinks along it.
    expect(Array.from(cloud.lineBoxes.subarray(0, 4))).toEqual([first[0], first[5], first[4], first[1]]);
    const third = projectPositions(lines[2]!.line);
    expect(Array.from(cloud.lineBoxes.subarray(8, 12))).toEqual([third[0], third[5], third[6], third[1]]);
  });

  it('indexes line styles by colour and dash, separately from point colours', () => {
    expect(cloud.lineStyles).toEqual([
      { color: 'red', dashed: false },
      { color: 'red', dashed: true },
      { color: 'green', dashed: true },
    ]);
    expect(Array.from(cloud.lineStyle)).toEqual([0, 1, 0, 2]);
    expect(cloud.colors).not.toContain('green');
  });

  it('covers unwrapped lines east of 180° in extentX', () => {
    expect(cloud.extentX[0]).toBe(64);
    expect(cloud.extentX[1]).toBeCloseTo(256 * (0.5 + 190 / 360), 10);
    expect(cloud.extentX[1]).toBeGreaterThan(256);
  });

  it('takes extentX from points alone and from lines alone', () => {
    expect(packCloud(points, []).extentX).toEqual([64, 192]);
    const west = packCloud([], [{ line: [[-200, 0], [-170, 0]], color: 'red', dashed: false }]);
    expect(west.extentX[0]).toBeLessThan(0);
    expect(west.extentX[0]).toBeCloseTo(256 * (0.5 - 200 / 360), 10);
    expect(west.points).toHaveLength(0);
  });

  it('leaves an empty cloud with an empty (inverted) extent', () => {
    const empty = packCloud([], []);
    expect(empty.extentX).toEqual([Infinity, -Infinity]);
    expect(Array.from(empty.lineStart)).toEqual([0]);
    expect(empty.colors).toEqual([]);
    expect(empty.lineStyles).toEqual([]);
  });

  it('keeps the point size, 5 by default', () => {
    expect(cloud.size).toBe(5);
    expect(packCloud(points, [], 8).size).toBe(8);
  });
});
