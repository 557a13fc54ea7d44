/** Messages between the map's tile layers and the tile worker. */
import type { PackedPolygons, PolygonStyle, TileLayerData } from './tileData';
import type { TileCoords } from './tileDraw';

export type TileRequest =
  | { type: 'set'; layer: number; data: TileLayerData }
  | { type: 'add-level'; layer: number; level: PackedPolygons; styleIndex: Uint16Array }
  | { type: 'styles'; layer: number; styles: PolygonStyle[]; styleIndex: Uint16Array[] }
  | { type: 'draw'; layer: number; id: number; coords: TileCoords; size: number; dpr: number }
  | { type: 'cancel'; id: number }
  | { type: 'drop'; layer: number }
  | { type: 'warm-up' };

export type TileReply = { type: 'tile'; id: number; bitmap: ImageBitmap; ms: number } | { type: 'failed'; id: number; error: string };
