/**
 * The basemap's names (countries, seas, cities, US states) and US state lines as canvas tiles, drawn by
 * the tile worker like the countries under them, in a pane above the countries and below the article's
 * routes and markers. Names never catch the mouse: the pane ignores pointer events.
 */
import { CanvasTileLayer, type TileLayerOptions } from './CanvasTileLayer';
import type { LabelLayerData } from './labelData';

export class LabelTileLayer extends CanvasTileLayer {
  /**
   * @example new LabelTileLayer(packLabels(json), { pane: 'basemap-labels' }).addTo(map);
   */
  constructor(data: LabelLayerData, options: TileLayerOptions = {}) {
    super('atlas:label-tile', data, { className: 'basemap-labels', ...options });
  }

  /** Show other names (another article's places are left out): the tiles on screen are drawn again in place. */
  setLabels(data: LabelLayerData): void {
    this.renderer.setData(this.layerId, data);
    this.redrawTiles();
  }
}
