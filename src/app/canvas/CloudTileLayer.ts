/**
 * Many points and lines drawn as canvas tiles (the stress fixture's 10,000 places and 2,000 routes, or a
 * large imported file): no DOM element or Leaflet object per feature, one path per colour on each tile.
 */
import { CanvasTileLayer, type TileLayerOptions } from './CanvasTileLayer';
import { type CloudLine, type CloudPoint, packCloud } from './tileData';

export type { CloudLine, CloudPoint };

export class CloudTileLayer extends CanvasTileLayer {
  /**
   * @param size side of a point's square, in CSS pixels
   * @example new CloudTileLayer([{ position: [37.6, 55.75], color: '#c00' }], []).addTo(map)
   */
  constructor(points: readonly CloudPoint[], lines: readonly CloudLine[], size = 5, options: TileLayerOptions = {}) {
    super('atlas:cloud-tile', packCloud(points, lines, size), { className: 'cloud-tiles', pane: 'overlayPane', ...options });
  }
}
