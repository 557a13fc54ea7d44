/**
 * A tile layer's data as the drawing side holds it (in the worker, or on the main thread when there is no
 * worker): the packed data plus the updates the layer sends later. Pure.
 */
import type { PackedPolygons, PolygonStyle, TileLayerData } from './tileData';

/**
 * Add a level of detail to polygon data, replacing one with the same minZoom, kept sorted by minZoom.
 * @example withLevel(data, packPolygons(3, countries50m), styleIndex)
 */
export function withLevel(data: TileLayerData, level: PackedPolygons, styleIndex: Uint16Array): TileLayerData {
  if (data.kind !== 'polygons') return data;
  const pairs = data.levels.map((l, i) => ({ level: l, styleIndex: data.styleIndex[i]! })).filter((p) => p.level.minZoom !== level.minZoom);
  pairs.push({ level, styleIndex });
  pairs.sort((a, b) => a.level.minZoom - b.level.minZoom);
  return { ...data, levels: pairs.map((p) => p.level), styleIndex: pairs.map((p) => p.styleIndex) };
}

/**
 * Replace polygon styles (one index array per level, in level order).
 * @example withStyles(data, [{ fill: '#eee', stroke: '#999', strokeWidth: 1 }], [new Uint16Array(177)])
 */
export function withStyles(data: TileLayerData, styles: PolygonStyle[], styleIndex: Uint16Array[]): TileLayerData {
  if (data.kind !== 'polygons' || styleIndex.length !== data.levels.length) return data;
  return { ...data, styles, styleIndex };
}
