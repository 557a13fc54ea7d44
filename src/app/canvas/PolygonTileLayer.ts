/**
 * Filled polygons as canvas tiles (the offline basemap's countries), with levels of detail: a coarse set
 * (1:110m) for the world view and a detailed one (1:50m) once zoomed in, where the extra detail shows.
 */
import { CanvasTileLayer, type TileLayerOptions } from './CanvasTileLayer';
import { type PolygonStyle, styleTable } from './tileData';

export type { PolygonStyle };

export class PolygonTileLayer<P> extends CanvasTileLayer {
  /** Each level's features' properties (for restyling), in the renderer's order: by minZoom. */
  private levels: { minZoom: number; properties: readonly P[] }[];
  /** How a level shown at once is drawn until its features' own styles are known. */
  private readonly initialStyle: PolygonStyle;

  /**
   * An empty layer; its levels come from loadLevel. Tiles asked for before the first level is ready wait
   * for it, so the layer may join the map at once.
   * @param initialStyle how a level shown at once (`loadLevel(…, { showAtOnce: true })`) is drawn until
   *   its features' own styles are known
   * @example const layer = new PolygonTileLayer(styleOf, { pane: 'basemap' }).addTo(map); layer.loadLevel(-Infinity, url110m, { showAtOnce: true });
   */
  constructor(
    private styleOf: (properties: P) => PolygonStyle,
    options: TileLayerOptions & { initialStyle?: PolygonStyle } = {},
  ) {
    const { initialStyle = { fill: '#eeeeee', stroke: '#999999', strokeWidth: 0.5 }, ...gridOptions } = options;
    super('atlas:basemap-tile', { kind: 'polygons', levels: [], styles: [initialStyle], styleIndex: [] }, { className: 'basemap-tiles', ...gridOptions });
    this.levels = [];
    this.initialStyle = initialStyle;
  }

  /**
   * Add a level of countries from a world-atlas topology at `url`, drawn from `minZoom` upwards (the
   * world view from -Infinity, 1:50m from zoom 3). It is fetched and decoded where the tiles are drawn
   * (the tile worker); tiles already on screen at those zooms are redrawn once it is ready.
   */
  async loadLevel(minZoom: number, url: string, { showAtOnce = false } = {}): Promise<void> {
    const properties = (await this.renderer.loadLevel(this.layerId, minZoom, url, showAtOnce)) as P[];
    this.levels = [...this.levels.filter((l) => l.minZoom !== minZoom), { minZoom, properties }].sort((a, b) => a.minZoom - b.minZoom);
    const { styles, perLevel } = this.styleTables();
    const position = this.levels.findIndex((l) => l.minZoom === minZoom);
    if (!showAtOnce) this.renderer.showLevel(this.layerId, minZoom, perLevel[position]!);
    this.renderer.setStyles(this.layerId, styles, perLevel);
    // Tiles drawn in the initial style need drawing again only if some feature's own style differs.
    const unchanged = showAtOnce && styles.length === 1 && sameStyle(styles[0]!, this.initialStyle);
    const next = this.levels[position + 1]?.minZoom ?? Number.POSITIVE_INFINITY;
    if (!unchanged) this.redrawTiles((zoom) => zoom >= minZoom && zoom < next);
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

function sameStyle(a: PolygonStyle, b: PolygonStyle): boolean {
  return a.fill === b.fill && a.stroke === b.stroke && a.strokeWidth === b.strokeWidth;
}
