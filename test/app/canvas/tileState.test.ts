import { describe, expect, it } from 'vitest';
import { type PolygonLayerData, type PolygonStyle, packCloud, packPolygons } from '../../../src/app/canvas/tileData';
import { withLevel, withStyles } from '../../../src/app/canvas/tileState';

const styles: PolygonStyle[] = [{ fill: '#eee', stroke: '#999', strokeWidth: 1 }];
const index = (...values: number[]) => new Uint16Array(values);

function polygons(minZooms: number[]): PolygonLayerData {
  return { kind: 'polygons', levels: minZooms.map((z) => packPolygons(z, [])), styles, styleIndex: minZooms.map((z) => index(z)) };
}

describe('withLevel', () => {
  it('inserts a level in minZoom order, its style index alongside', () => {
    const data = polygons([0, 6]);
    const level = packPolygons(3, []);
    const styleIndex = index(42);
    const next = withLevel(data, level, styleIndex);
    if (next.kind !== 'polygons') throw new Error('expected polygons');
    expect(next.levels.map((l) => l.minZoom)).toEqual([0, 3, 6]);
    expect(next.levels[1]).toBe(level);
    expect(next.styleIndex.map((s) => s[0])).toEqual([0, 42, 6]);
    expect(next.styleIndex[1]).toBe(styleIndex);
    expect(next.styles).toBe(styles);
  });

  it('appends and prepends in order too', () => {
    const later = withLevel(polygons([3]), packPolygons(5, []), index(5));
    const earlier = withLevel(polygons([3]), packPolygons(0, []), index(0));
    if (later.kind !== 'polygons' || earlier.kind !== 'polygons') throw new Error('expected polygons');
    expect(later.levels.map((l) => l.minZoom)).toEqual([3, 5]);
    expect(earlier.levels.map((l) => l.minZoom)).toEqual([0, 3]);
    expect(earlier.styleIndex.map((s) => s[0])).toEqual([0, 3]);
  });

  it('replaces a level with the same minZoom, and its style index', () => {
    const data = polygons([0, 3]);
    const level = packPolygons(3, []);
    const next = withLevel(data, level, index(99));
    if (next.kind !== 'polygons') throw new Error('expected polygons');
    expect(next.levels).toHaveLength(2);
    expect(next.levels[1]).toBe(level);
    expect(next.levels[1]).not.toBe(data.levels[1]);
    expect(next.styleIndex.map((s) => s[0])).toEqual([0, 99]);
  });

  it('does not change the data it is given', () => {
    const data = polygons([0, 6]);
    const levels = [...data.levels];
    const styleIndex = [...data.styleIndex];
    withLevel(data, packPolygons(3, []), index(3));
    withLevel(data, packPolygons(6, []), index(7));
    expect(data.levels).toEqual(levels);
    expect(data.styleIndex).toEqual(styleIndex);
  });

  it('returns cloud data unchanged', () => {
    const cloud = packCloud([], []);
    expect(withLevel(cloud, packPolygons(3, []), index())).toBe(cloud);
  });
});

describe('withStyles', () => {
  const newStyles: PolygonStyle[] = [
    { fill: '#fff', stroke: '#000', strokeWidth: 1 },
    { fill: '#f00', stroke: '#000', strokeWidth: 2 },
  ];

  it('replaces the styles and every level style index', () => {
    const data = polygons([0, 3]);
    const styleIndex = [index(1), index(0)];
    const next = withStyles(data, newStyles, styleIndex);
    if (next.kind !== 'polygons') throw new Error('expected polygons');
    expect(next.styles).toBe(newStyles);
    expect(next.styleIndex).toBe(styleIndex);
    expect(next.levels).toBe(data.levels);
    expect(data.styles).toBe(styles);
  });

  it('ignores a number of index arrays that does not match the levels', () => {
    const data = polygons([0, 3]);
    expect(withStyles(data, newStyles, [index(1)])).toBe(data);
    expect(withStyles(data, newStyles, [index(1), index(0), index(0)])).toBe(data);
    expect(withStyles(data, newStyles, [])).toBe(data);
  });

  it('returns cloud data unchanged', () => {
    const cloud = packCloud([], []);
    expect(withStyles(cloud, newStyles, [])).toBe(cloud);
  });
});
