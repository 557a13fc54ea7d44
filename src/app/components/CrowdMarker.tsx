import L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import { CROWD_SIZE } from '../lib/crowds';

export interface CrowdMarkerProps {
  /** Where the group's count is drawn. */
  position: L.LatLng;
  /** The grouped places' names, in the article's order of importance. */
  names: readonly string[];
  /** Spread open: its members are shown around it. */
  open: boolean;
  /** One of its places is hovered in the text or the list; one is picked for distances. */
  active: boolean;
  picked: boolean;
  /** Click, tap, Enter or Space. */
  onOpen: () => void;
}

/** How many names the group's accessible name and tooltip list before "and N more". */
const NAMES_SHOWN = 6;

/**
 * A group of places whose markers would overlap at this zoom: a count, named after its places for screen
 * readers ("7 places: Pyongyang, Seoul, …"), that opens on click, tap, Enter or Space.
 * @example <CrowdMarker position={L.latLng(38, 127)} names={['Seoul', 'Pyongyang']} open={false} active={false} picked={false} onOpen={spread} />
 */
export const CrowdMarker = memo(function CrowdMarker({ position, names, open, active, picked, onOpen }: CrowdMarkerProps) {
  const ref = useRef<L.Marker | null>(null);
  const icon = useMemo(
    () =>
      L.divIcon({
        className: 'crowd-marker',
        iconSize: [CROWD_SIZE, CROWD_SIZE],
        html: String(names.length),
      }),
    [names.length],
  );
  const listed = names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more` : names.join(', ');
  const label = `${names.length} places: ${listed}. ${open ? 'Shown around this group; press again to close' : 'Press to show them'}`;

  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.classList.toggle('is-open', open);
    el.classList.toggle('is-active', active);
    el.classList.toggle('is-picked', picked);
    el.setAttribute('aria-label', label);
    el.setAttribute('aria-expanded', String(open));
  });

  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      title={`${names.length} places`}
      zIndexOffset={open ? 2000 : 500}
      eventHandlers={{
        add: (e) => {
          const el = (e.target as L.Marker).getElement();
          el?.setAttribute('aria-label', label);
          el?.setAttribute('aria-expanded', String(open));
        },
        click: onOpen,
        keydown: (e) => {
          const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
          if (key === 'Enter' || key === ' ') onOpen();
        },
      }}
    >
      <Tooltip direction="top" offset={[0, -CROWD_SIZE / 2]} opacity={1} className="crowd-tooltip">
        <strong>{names.length} places</strong>: {listed}
      </Tooltip>
    </Marker>
  );
});
