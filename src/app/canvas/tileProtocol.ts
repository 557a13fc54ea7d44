/** Messages between the map's tile layers and the tile worker. */
import type { PolygonStyle, TileLayerData } from './tileData';
import type { TileCoords } from './tileDraw';

export type TileRequest =
  | { type: 'set'; layer: number; data: TileLayerData }
  | { type: 'styles'; layer: number; styles: PolygonStyle[]; styleIndex: Uint16Array[] }
  | { type: 'draw'; layer: number; id: number; coords: TileCoords; size: number; dpr: number }
  | { type: 'cancel'; id: number }
  | { type: 'drop'; layer: number }
  /** Get the canvas and drawing code ready, and start loading the topologies at these URLs. */
  | { type: 'warm-up'; prefetch: string[] }
  /** show: draw the level at once, every feature in the layer's first style, until show-level or styles say otherwise. */
  | { type: 'load-level'; layer: number; minZoom: number; url: string; id: number; show: boolean }
  | { type: 'show-level'; layer: number; minZoom: number; styleIndex: Uint16Array };

export type TileReply =
  /** The worker's thread runs (sent once, when its module is evaluated). */
  | { type: 'started' }
  | { type: 'tile'; id: number; bitmap: ImageBitmap; ms: number }
  | { type: 'failed'; id: number; error: string }
  /** A level asked for with load-level is decoded and waits for show-level; these are its features' properties. */
  | { type: 'level-loaded'; id: number; properties: unknown[] }
  | { type: 'level-failed'; id: number; error: string };
