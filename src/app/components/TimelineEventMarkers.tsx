import type L from 'leaflet';
import { memo, useEffect, useRef } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { EventFeature } from '../../core/geojson/types';
import { toLatLng } from '../lib/latlng';

export interface TimelineEventMarkersProps {
  events: readonly EventFeature[];
  selectedId?: string | null;
  onSelect?: (id: string) => void;
}

const STATUS_COLOR: Record<string, string> = {
  happened: '#1d4ed8',
  planned: '#d97706',
  proposed: '#7c3aed',
  cancelled: '#6b7280',
};

/**
 * The story's events that have a place, as rings on the map (hollow unless they happened); events with
 * no place (a meeting whose venue is not set) appear only in the timeline. Tooltips are React text.
 * @example <TimelineEventMarkers events={events} selectedId={null} />
 */
export const TimelineEventMarkers = memo(function TimelineEventMarkers({ events, selectedId = null, onSelect }: TimelineEventMarkersProps) {
  const rings = useRef(new Map<string, L.CircleMarker>());
  // With a way to choose them, events are named Tab stops (Enter chooses, like a click); without, they are
  // out of the Tab order (the timeline lists them).
  useEffect(() => {
    for (const e of events) {
      const el = rings.current.get(e.id)?.getElement();
      if (!el) continue;
      if (onSelect) {
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', [e.properties.name, e.properties.status, e.properties.date?.label].filter(Boolean).join(', '));
        el.setAttribute('aria-pressed', String(e.id === selectedId));
      } else el.setAttribute('tabindex', '-1');
    }
  });
  return (
    <>
      {events.map((e) => {
        if (e.geometry?.type !== 'Point') return null;
        const p = e.properties;
        const color = STATUS_COLOR[p.status] ?? '#374151';
        const selected = e.id === selectedId;
        return (
          <CircleMarker
            key={e.id}
            ref={(ring) => {
              if (ring) rings.current.set(e.id, ring);
              else rings.current.delete(e.id);
            }}
            className="story-event-marker"
            center={toLatLng(e.geometry.coordinates)}
            radius={selected ? 13 : 10}
            pathOptions={{
              color,
              weight: selected ? 4 : 2,
              fillColor: color,
              fillOpacity: p.status === 'happened' ? 0.35 : 0.05,
              dashArray: p.status === 'happened' ? undefined : '4 4',
            }}
            eventHandlers={
              onSelect
                ? {
                    click: () => onSelect(e.id),
                    keydown: (k) => {
                      const key = (k as L.LeafletKeyboardEvent).originalEvent.key;
                      if (key === 'Enter' || key === ' ') onSelect(e.id);
                    },
                  }
                : undefined
            }
          >
            <Tooltip>
              <strong>{p.name}</strong>
              <div className="muted">
                {p.status}
                {p.date?.label ? ` · ${p.date.label}` : ''}
                {p.participants?.length ? ` · ${p.participants.join(', ')}` : ''}
              </div>
            </Tooltip>
          </CircleMarker>
        );
      })}
    </>
  );
});
