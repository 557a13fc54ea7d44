/**
 * Filled polygons as canvas tiles (the offline basemap's countries), with levels of detail: a coarse set
 * (1:110m) for the world view and a detailed one (1:50m) once zoomed in, where the extra detail shows.
 */
import type { MultiPolygon } from 'geojson';
import { CanvasTileLayer } from './CanvasTileLayer';
import { packPolygons, type PolygonStyle, styleTable } from './tileData';

export type { PolygonStyle };
export type PolygonFeatures<P> = readonly { geometry: MultiPolygon; properties: P }[];

export class PolygonTileLayer<P> extends CanvasTileLayer {
  /** Each level's features' properties (for restyling), in the renderer's order: by minZoom. */
  private levels: { minZoom: number; properties: readonly P[] }[];

  /**
   * @param features the polygons drawn at every zoom, until a more detailed level is added
   * @example new PolygonTileLayer(countries110m, styleOf, { pane: 'basemap' }).addTo(map)
   */
  constructor(
    features: PolygonFeatures<P>,
    private styleOf: (properties: P) => PolygonStyle,
    options: { pane?: string; className?: string } = {},
  ) {
    const { styles, index } = styleTable(
      features.map((f) => f.properties),
      styleOf,
    );
    const level = packPolygons(Number.NEGATIVE_INFINITY, features);
    super('atlas:basemap-tile', { kind: 'polygons', levels: [level], styles, styleIndex: [index] }, { className: 'basemap-tiles', ...options });
    this.levels = [{ minZoom: Number.NEGATIVE_INFINITY, properties: features.map((f) => f.properties) }];
  }

  /**
   * Add a more detailed level of countries from a world-atlas topology at `url`, drawn from `minZoom`
   * upwards (e.g. 1:50m from zoom 3). It is fetched and decoded where the tiles are drawn (the tile
   * worker); tiles already on screen at those zooms are redrawn once it is ready.
   */
  async loadLevel(minZoom: number, url: string): Promise<void> {
    const properties = (await this.renderer.loadLevel(this.layerId, minZoom, url)) as P[];
    this.levels = [...this.levels.filter((l) => l.minZoom !== minZoom), { minZoom, properties }].sort((a, b) => a.minZoom - b.minZoom);
    const { styles, perLevel } = this.styleTables();
    const position = this.levels.findIndex((l) => l.minZoom === minZoom);
    this.renderer.showLevel(this.layerId, minZoom, perLevel[position]!);
    this.renderer.setStyles(this.layerId, styles, perLevel);
    const next = this.levels[position + 1]?.minZoom ?? Number.POSITIVE_INFINITY;
    this.redrawTiles((zoom) => zoom >= minZoom && zoom < next);
  }

  /** Change the styling function (e.g. a new set of tinted countries) and redraw the tiles in place. */
  setStyle(styleOf: (properties: P) => PolygonStyle): this {
    this.styleOf = styleOf;
    const { styles, perLevel } = this.styleTables();
    this.renderer.setStyles(this.layerId, styles, perLevel);
    this.redrawTiles();
    return this;
  }

  /** One table of distinct styles for all levels, and each level's features' indices into it. */
  private styleTables(): { styles: PolygonStyle[]; perLevel: Uint16Array[] } {
    const { styles, index } = styleTable(
      this.levels.flatMap((l) => l.properties),
      this.styleOf,
    );
    const perLevel: Uint16Array[] = [];
    let at = 0;
    for (const level of this.levels) {
      perLevel.push(index.slice(at, at + level.properties.length));
      at += level.properties.length;
    }
    return { styles, perLevel };
  }
}
