import type { Position } from 'geojson';
import { memo, useMemo } from 'react';
import { Polyline } from 'react-leaflet';
import { drawableArc } from '../lib/arc';
import { lineToLatLngs } from '../lib/latlng';

export interface MeasureLineProps {
  from: Position;
  to: Position;
}

/**
 * The great-circle arc between the two places picked for the distance tool.
 * @example <MeasureLine from={[37.6, 55.75]} to={[116.4, 39.9]} />
 */
export const MeasureLine = memo(function MeasureLine({ from, to }: MeasureLineProps) {
  const positions = useMemo(() => lineToLatLngs(drawableArc(from, to)), [from, to]);
  return (
    <Polyline
      positions={positions}
      interactive={false}
      pathOptions={{ color: '#222', weight: 2, opacity: 0.8, dashArray: '2 6', lineCap: 'round' }}
    />
  );
});
