import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { MapView } from '../lib/share/link';

export interface ApplyViewProps {
  /** The view to show (from a link or a saved page); null: keep the fitted view. */
  view: MapView | null;
  /** The article the view belongs to: it is applied once that article is on the map. */
  articleKey: string;
}

/**
 * Set the map's centre and zoom once an article is shown. Rendered after FitToPlaces, so it wins over the
 * fit to the article's places.
 * @example <ApplyView view={{ lat: 40, lon: 110, zoom: 3 }} articleKey={article.id} />
 */
export function ApplyView({ view, articleKey }: ApplyViewProps) {
  const map = useMap();
  useEffect(() => {
    if (view && articleKey) map.setView([view.lat, view.lon], view.zoom, { animate: false });
  }, [map, view, articleKey]);
  return null;
}
