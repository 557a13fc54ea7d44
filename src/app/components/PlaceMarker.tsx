import L from 'leaflet';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { Marker, Tooltip, useMap } from 'react-leaflet';
import type { PlaceFeature } from '../../core/geojson/types';
import { toLatLng } from '../lib/latlng';
import { MARKER_STYLES, type MarkerClass, markerClassOf } from '../lib/placeStyle';
import { PHONE_WIDTH } from '../lib/screen';
import { shiftIntoMap, tooltipDirection } from '../lib/tooltipPlacement';
import { useCountryName } from '../lib/useCountryName';
import { PlaceTooltip } from './PlaceTooltip';

const icons = new Map<MarkerClass, L.DivIcon>();

/** One shared divIcon per marker class (a focusable element, unlike a CircleMarker). */
function iconFor(cls: MarkerClass): L.DivIcon {
  let icon = icons.get(cls);
  if (!icon) {
    const { size } = MARKER_STYLES[cls];
    icon = L.divIcon({ className: `place-marker place-marker--${cls}`, iconSize: [size, size], html: '' });
    icons.set(cls, icon);
  }
  return icon;
}

export interface PlaceMarkerProps {
  place: PlaceFeature;
  articleText: string;
  active: boolean;
  picked: boolean;
  onHoverPlace: (id: string | null) => void;
  onPickPlace: (id: string) => void;
  register: (id: string, marker: L.Marker | null) => void;
  /** "Not this place?" in the tooltip (which then stays open while the pointer is on it). */
  onCorrect?: (id: string) => void;
  /** The marker can be dragged; where it is dropped is the place's position from then on. */
  onMove?: (id: string, lon: number, lat: number) => void;
  /**
   * The arrow keys move the focused marker (the place's position, as a drag would); `continued` is true for
   * every nudge after the first while the marker keeps focus, so the caller can make them one edit.
   */
  onNudge?: (id: string, lon: number, lat: number, continued: boolean) => void;
  /** Where the marker is drawn when its group is spread open; its true position otherwise. */
  at?: L.LatLng;
}

/** Screen pixels an arrow key moves a marker: at any zoom a small, visible step. */
export const NUDGE_PX = 5;
/** With Shift held: a step that crosses a town at street zoom or a region at world zoom. */
export const NUDGE_LARGE_PX = 40;
/** The id of the hidden sentence that tells a keyboard user what the keys do on a movable marker (MapView). */
export const MARKER_KEYS_HELP_ID = 'place-marker-keys';

const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/** Web Mercator ends here: a marker nudged past a pole stays at the map's edge. */
const MAX_LAT = 85;

/**
 * Where a marker at `position` goes when nudged by (dx, dy) screen pixels at the map's zoom: back into
 * [−180, 180] across the antimeridian, and no further than the map's edge at the poles.
 * @example nudged(map, L.latLng(50, 10), 5, 0).lng > 10 // → true
 */
export function nudged(map: L.Map, position: L.LatLng, dx: number, dy: number): L.LatLng {
  const zoom = map.getZoom();
  const to = map.unproject(map.project(position, zoom).add([dx, dy]), zoom);
  const lng = ((((to.lng + 180) % 360) + 360) % 360) - 180;
  return L.latLng(Math.max(-MAX_LAT, Math.min(MAX_LAT, to.lat)), lng);
}

/** How long a tooltip with a button waits after the pointer leaves the marker, so the pointer can reach it. */
export const TOOLTIP_CLOSE_DELAY_MS = 400;

/**
 * Leaflet closes a marker's tooltip as soon as the pointer leaves the marker or the marker loses focus, so a
 * button in the tooltip could never be pressed. This keeps it open while the pointer travels to it or is on
 * it, and while focus is inside it.
 */
function keepTooltipReachable(marker: L.Marker): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let overTooltip = false;
  const tooltipEl = () => marker.getTooltip()?.getElement();
  const laterClose = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!overTooltip && !tooltipEl()?.contains(document.activeElement)) marker.closeTooltip();
    }, TOOLTIP_CLOSE_DELAY_MS);
  };
  const cancel = () => clearTimeout(timer);
  const onEnter = () => {
    overTooltip = true;
    cancel();
  };
  const onLeave = () => {
    overTooltip = false;
    laterClose();
  };
  const onBlur = (e: Event) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (next && tooltipEl()?.contains(next)) return;
    laterClose();
  };
  const onOpen = () => {
    const el = tooltipEl();
    el?.addEventListener('mouseenter', onEnter);
    el?.addEventListener('mouseleave', onLeave);
  };
  const onClose = () => {
    overTooltip = false;
    const el = tooltipEl();
    el?.removeEventListener('mouseenter', onEnter);
    el?.removeEventListener('mouseleave', onLeave);
  };
  const icon = marker.getElement();
  marker.off('mouseout', marker.closeTooltip);
  if (icon) L.DomEvent.off(icon, 'blur', marker.closeTooltip, marker);
  marker.on({ mouseout: laterClose, mouseover: cancel, tooltipopen: onOpen, tooltipclose: onClose });
  icon?.addEventListener('blur', onBlur);
  return () => {
    clearTimeout(timer);
    marker.off({ mouseout: laterClose, mouseover: cancel, tooltipopen: onOpen, tooltipclose: onClose });
    icon?.removeEventListener('blur', onBlur);
    marker.on('mouseout', marker.closeTooltip);
    if (icon) L.DomEvent.on(icon, 'blur', marker.closeTooltip, marker);
  };
}

/**
 * A click picks the place for the distance tool, a double-click zooms to it: the pick waits this long for
 * a second click, so that a double-click does not pick the place twice (Windows' default double-click time
 * is 500 ms; most people click twice within 250).
 */
export const DOUBLE_CLICK_MS = 250;
/** Zoom levels a double-click on a marker adds (Leaflet's double-click on the map adds one). */
const DOUBLE_CLICK_ZOOM = 2;

/**
 * A place on the map: a keyboard-focusable marker named after the place, styled by kind, with a tooltip
 * that opens on hover, focus and tap (Leaflet binds all three to the same tooltip). A click (or Enter)
 * picks it for the distance tool; a double-click zooms in on it. When editing, it can be dragged, and the
 * arrow keys nudge it (NUDGE_PX screen pixels, NUDGE_LARGE_PX with Shift), as a move of the place.
 * @example <PlaceMarker place={moscow} articleText={text} active={false} picked={false} … />
 */
export const PlaceMarker = memo(function PlaceMarker(props: PlaceMarkerProps) {
  const { place, articleText, active, picked, onHoverPlace, onPickPlace, register, onCorrect, onMove, onNudge, at } = props;
  const ref = useRef<L.Marker | null>(null);
  /** A nudge has been made since the marker got focus (the next one continues it). */
  const nudging = useRef(false);
  const pendingPick = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(pendingPick.current), []);
  const name = place.properties.name;
  const cls = markerClassOf(place.properties.placeType);
  const country = useCountryName(place.properties.countryCode);
  const map = useMap();

  useEffect(() => {
    const marker = ref.current;
    register(place.id, marker);
    return () => register(place.id, null);
  }, [place.id, register]);

  // The same position object until the place moves: react-leaflet sets the marker's position whenever the
  // prop is a new object, which during a drag (a hover re-renders the marker) would snap it back.
  const [lon, lat] = place.geometry.coordinates;
  const position = useMemo(() => at ?? toLatLng([lon!, lat!]), [at, lon, lat]);
  const correctable = !!onCorrect;
  useEffect(() => {
    const marker = ref.current;
    if (!marker || !correctable) return;
    return keepTooltipReachable(marker);
  }, [correctable]);

  // Highlight by class on the existing element: swapping the icon would recreate it and drop focus.
  useEffect(() => {
    const el = ref.current?.getElement();
    if (!el) return;
    el.classList.toggle('is-active', active);
    el.classList.toggle('is-picked', picked);
    el.setAttribute('aria-label', name);
    el.dataset.placeId = place.id;
    if (onNudge) el.setAttribute('aria-describedby', MARKER_KEYS_HELP_ID);
    else el.removeAttribute('aria-describedby');
  });

  // Focus leaving the marker ends a run of nudges: the next arrow key starts a new edit. Listened to here and
  // when Leaflet adds the marker's element (a layer group not yet on the map has none); the same listener twice is one.
  const endNudges = useCallback(() => {
    nudging.current = false;
  }, []);
  useEffect(() => {
    ref.current?.getElement()?.addEventListener('blur', endNudges);
  }, [endNudges]);

  return (
    <Marker
      ref={ref}
      position={position}
      icon={iconFor(cls)}
      keyboard
      title={name}
      riseOnHover
      draggable={!!onMove}
      zIndexOffset={active ? 1000 : 0}
      eventHandlers={{
        add: (e) => {
          const el = (e.target as L.Marker).getElement();
          el?.setAttribute('aria-label', name);
          el?.addEventListener('blur', endNudges);
          if (el) el.dataset.placeId = place.id;
        },
        tooltipopen: (e) => {
          // Phone-wide maps place tooltips so that they stay on the map (see tooltipPlacement).
          if (!PHONE_WIDTH) return;
          const { tooltip } = e as L.TooltipEvent;
          const at = map.latLngToContainerPoint((e.target as L.Marker).getLatLng());
          const size = map.getSize();
          tooltip.options.direction = tooltipDirection(at, { width: size.x, height: size.y });
          // Leaflet mirrors the offset only for "auto": an explicit "left" needs it negative, or the tooltip
          // covers the marker, takes the tap's click and closes at once.
          const d = tooltip.options.direction;
          tooltip.options.offset = d === 'top' ? [0, -8] : d === 'bottom' ? [0, 8] : d === 'left' ? [-8, 0] : [8, 0];
          tooltip.update();
          // Then shift it sideways if it still sticks out of the map (a long title, a marker near an edge).
          const box = tooltip.getElement()?.getBoundingClientRect();
          if (box) {
            const dx = shiftIntoMap(box, map.getContainer().getBoundingClientRect());
            if (dx !== 0) {
              const [ox, oy] = tooltip.options.offset as [number, number];
              tooltip.options.offset = [ox + dx, oy];
              tooltip.update();
            }
          }
        },
        dragend: (e) => {
          const dropped = (e.target as L.Marker).getLatLng();
          onMove?.(place.id, dropped.lng, dropped.lat);
        },
        mouseover: () => onHoverPlace(place.id),
        mouseout: () => onHoverPlace(null),
        click: () => {
          clearTimeout(pendingPick.current);
          pendingPick.current = setTimeout(() => onPickPlace(place.id), DOUBLE_CLICK_MS);
        },
        dblclick: () => {
          clearTimeout(pendingPick.current);
          const position = toLatLng(place.geometry.coordinates);
          map.setView(position, Math.min(map.getZoom() + DOUBLE_CLICK_ZOOM, map.getMaxZoom()), { animate: true });
        },
        keydown: (e) => {
          const event = (e as L.LeafletKeyboardEvent).originalEvent;
          const key = event.key;
          const arrow = Object.hasOwn(ARROWS, key) ? ARROWS[key] : undefined;
          if (arrow && onNudge && !event.ctrlKey && !event.metaKey && !event.altKey) {
            // The page would scroll, and a focused map would pan, on the same keys.
            event.preventDefault();
            event.stopPropagation();
            const step = event.shiftKey ? NUDGE_LARGE_PX : NUDGE_PX;
            const to = nudged(map, L.latLng(toLatLng(place.geometry.coordinates)), arrow[0] * step, arrow[1] * step);
            onNudge(place.id, to.lng, to.lat, nudging.current);
            nudging.current = true;
            return;
          }
          // Shift pressed on its own (before Shift+arrow) continues the run; any other key ends it.
          if (!MODIFIER_KEYS.has(key)) nudging.current = false;
          if (key === 'Enter' || key === ' ') onPickPlace(place.id);
        },
      }}
    >
      <Tooltip direction="auto" offset={[8, 0]} opacity={1} className="place-tooltip-wrapper" interactive={correctable}>
        <PlaceTooltip
          place={place}
          articleText={articleText}
          countryName={country}
          onCorrect={
            onCorrect
              ? () => {
                  ref.current?.closeTooltip();
                  onCorrect(place.id);
                }
              : undefined
          }
        />
      </Tooltip>
    </Marker>
  );
});
