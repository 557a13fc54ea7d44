import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMapEvents } from 'react-leaflet';
import { useMapControl } from './useMapControl';

export interface DropPinProps {
  /** Where the person put the pin ([−180, 180] longitude). */
  onDrop: (lon: number, lat: number) => void;
}

const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * "Drop a pin", for a place no gazetteer has: the next click on the map puts the pin there (or, from the
 * keyboard, "At the map's centre"); the correction panel then asks for its name. Rendered inside the map.
 * @example <MapView …><DropPin onDrop={(lon, lat) => openPinPanel(lon, lat)} /></MapView>
 */
export function DropPin({ onDrop }: DropPinProps) {
  const [armed, setArmed] = useState(false);
  const host = useMapControl('drop-pin');
  const map = useMapEvents({
    click: (e) => {
      if (!armed) return;
      setArmed(false);
      onDrop(wrap(e.latlng.lng), e.latlng.lat);
    },
    keydown: (e) => {
      if (armed && e.originalEvent.key === 'Escape') setArmed(false);
    },
  });
  useEffect(() => {
    const el = map.getContainer();
    el.classList.toggle('is-dropping-pin', armed);
    return () => el.classList.remove('is-dropping-pin');
  }, [armed, map]);
  return createPortal(
    armed ? (
        <div className="drop-pin-armed" role="status">
          <span>Click the map where the place is</span>
          <button
            type="button"
            onClick={() => {
              const c = map.getCenter();
              setArmed(false);
              onDrop(wrap(c.lng), c.lat);
            }}
          >
            At the map’s centre
          </button>
          <button type="button" onClick={() => setArmed(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" title="Drop a pin" onClick={() => setArmed(true)}>
          <svg className="control-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
            <path d="M8 1a5 5 0 0 0-5 5c0 3.6 5 9 5 9s5-5.4 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z" fill="currentColor" />
          </svg>
          <span className="control-text">Drop a pin</span>
        </button>
      ),
    host,
  );
}
