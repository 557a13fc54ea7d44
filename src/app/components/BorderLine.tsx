import length from '@turf/length';
import L from 'leaflet';
import { memo, useMemo } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import type { BorderFeature } from '../../core/geojson/types';
import { lineLabelElement } from '../lib/domIcon';
import { formatKm } from '../lib/format';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS } from '../lib/placeStyle';
import { lineParts } from '../lib/unwrap';

export interface BorderLineProps {
  border: BorderFeature;
}

/**
 * A border as a line with its length along the drawn line (Turf) and the data's own figure in the tooltip.
 * @example <BorderLine border={border} />
 */
export const BorderLine = memo(function BorderLine({ border }: BorderLineProps) {
  const p = border.properties;
  const drawn = useMemo(() => {
    const parts = lineParts(border.geometry);
    const km = length({ type: 'Feature', properties: {}, geometry: border.geometry }, { units: 'kilometers' });
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), parts[0] ?? []);
    const middle = longest[Math.floor(longest.length / 2)] ?? [0, 0];
    const icon = L.divIcon({ className: 'border-label-icon', iconSize: [0, 0], html: lineLabelElement(formatKm(km), 'border-label') });
    return { parts, km, middle, icon };
  }, [border]);
  return (
    <>
      <Polyline positions={drawn.parts.map(lineToLatLngs)} pathOptions={{ color: LINE_COLORS.border, weight: 4, opacity: 0.9 }}>
        <Tooltip sticky>
          <div>
            <strong>{p.name}</strong>
          </div>
          <div>{formatKm(drawn.km)} along the drawn line (Turf)</div>
          {Number.isFinite(p.lengthKm) && (
            <div className="muted">
              {formatKm(p.lengthKm)} stated by the data ({p.source})
            </div>
          )}
        </Tooltip>
      </Polyline>
      <Marker position={toLatLng(drawn.middle)} icon={drawn.icon} interactive={false} keyboard={false} />
    </>
  );
});
