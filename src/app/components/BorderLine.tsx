import length from '@turf/length';
import L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Polyline, Tooltip } from 'react-leaflet';
import type { BorderFeature } from '../../core/geojson/types';
import { lineLabelElement } from '../lib/domIcon';
import { lineToLatLngs, toLatLng } from '../lib/latlng';
import { LINE_COLORS } from '../lib/placeStyle';
import { formatDistance, useUnit } from '../lib/units';
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
  const unit = useUnit();
  const line = useRef<L.Polyline | null>(null);
  const drawn = useMemo(() => {
    const parts = lineParts(border.geometry);
    const km = length({ type: 'Feature', properties: {}, geometry: border.geometry }, { units: 'kilometers' });
    const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), parts[0] ?? []);
    const middle = longest[Math.floor(longest.length / 2)] ?? [0, 0];
    const icon = L.divIcon({ className: 'border-label-icon', iconSize: [0, 0], html: lineLabelElement(formatDistance(km, unit), 'border-label') });
    return { parts, km, middle, icon };
  }, [border, unit]);
  // A Tab stop named after the border and its length; focus (or Enter) shows the tooltip, as hover does.
  const name = `${p.name}, ${formatDistance(drawn.km, unit)} long`;
  useEffect(() => {
    const layer = line.current;
    const el = layer?.getElement();
    if (!layer || !el) return;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', name);
    const show = () => layer.openTooltip();
    const hide = () => layer.closeTooltip();
    const key = (e: Event) => {
      const k = (e as KeyboardEvent).key;
      if (k === 'Enter' || k === ' ') layer.isTooltipOpen() ? layer.closeTooltip() : layer.openTooltip();
    };
    el.addEventListener('focus', show);
    el.addEventListener('blur', hide);
    el.addEventListener('keydown', key);
    return () => {
      el.removeEventListener('focus', show);
      el.removeEventListener('blur', hide);
      el.removeEventListener('keydown', key);
    };
  }, [name]);
  return (
    <>
      <Polyline ref={line} positions={drawn.parts.map(lineToLatLngs)} pathOptions={{ color: LINE_COLORS.border, weight: 4, opacity: 0.9 }}>
        <Tooltip sticky>
          <div>
            <strong>{p.name}</strong>
          </div>
          <div>{formatDistance(drawn.km, unit)} along the line drawn here</div>
          {Number.isFinite(p.lengthKm) && (
            <div className="muted">
              {formatDistance(p.lengthKm, unit)} in the boundary data ({p.source})
            </div>
          )}
        </Tooltip>
      </Polyline>
      <Marker position={toLatLng(drawn.middle)} icon={drawn.icon} interactive={false} keyboard={false} />
    </>
  );
});
