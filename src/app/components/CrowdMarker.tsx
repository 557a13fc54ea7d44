import L from 'leaflet';
import { memo, useEffect, useMemo, useRef } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import { CROWD_SIZE } from '../lib/crowds';

export interface CrowdMarkerProps {
  /** Where the group's count is drawn. */
  position: L.LatLng;
  /** The place shown beside the count, as its own marker. */
  leaderName: string;
  /** The other places' names, behind the count, in the article's order of importance. */
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
 * The places whose markers would overlap their leader's at this zoom: a count ("+6") at the leader's corner,
 * named after its places for screen readers ("6 more places near Pyongyang: Seoul, …"), that opens on click,
 * tap, Enter or Space.
 * @example <CrowdMarker position={L.latLng(38, 127)} leaderName="Pyongyang" names={['Seoul']} open={false} active={false} picked={false} onOpen={spread} />
 */
export const CrowdMarker = memo(function CrowdMarker({ position, leaderName, names, open, active, picked, onOpen }: CrowdMarkerProps) {
  const ref = useRef<L.Marker | null>(null);
  const icon = useMemo(
    () =>
      L.divIcon({
        className: 'crowd-marker',
        iconSize: [CROWD_SIZE, CROWD_SIZE],
        html: `+${names.length}`,
      }),
    [names.length],
  );
  const listed = names.length > NAMES_SHOWN ? `${names.slice(0, NAMES_SHOWN).join(', ')} and ${names.length - NAMES_SHOWN} more` : names.join(', ');
  const heading = `${names.length} more ${names.length === 1 ? 'place' : 'places'} near ${leaderName}`;
  const label = `${heading}: ${listed}. ${open ? 'Shown around this group; press again to close' : 'Press to show them'}`;

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
      title={heading}
      zIndexOffset={open ? 2000 : 500}
      eventHandlers={{
        add: (e) => {
          const el = (e.target as L.Marker).getElement();
          el?.setAttribute('aria-label', label);
          el?.setAttribute('aria-expanded', String(open));
        },
        // Its tooltip would cover the ring it opens (on a phone, half the map): closed once the press is
        // handled (a microtask runs after Leaflet's whole dispatch, whichever handler opened the tooltip).
        click: (e) => {
          onOpen();
          const marker = e.target as L.Marker;
          queueMicrotask(() => marker.closeTooltip());
        },
        keydown: (e) => {
          const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
          if (key !== 'Enter' && key !== ' ') return;
          onOpen();
          (e.target as L.Marker).closeTooltip();
        },
      }}
    >
      <Tooltip direction="top" offset={[0, -CROWD_SIZE / 2]} opacity={1} className="crowd-tooltip">
        <strong>{heading}</strong>: {listed}
      </Tooltip>
    </Marker>
  );
});
