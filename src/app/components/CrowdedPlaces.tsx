import L from 'leaflet';
import { memo, useEffect, useMemo, useState } from 'react';
import { Polyline, useMap, useMapEvents } from 'react-leaflet';
import type { PlaceFeature } from '../../core/geojson/types';
import { CROWD_SIZE, type Crowd, gatherCrowds, leaderRank, type ScreenBox, type ScreenMarker, spreadAvoiding } from '../lib/crowds';
import { STORY_WEIGHT } from '../lib/frame';
import { toLatLng } from '../lib/latlng';
import { MARKER_STYLES, markerClassOf } from '../lib/placeStyle';
import { CrowdMarker } from './CrowdMarker';
import { PlaceMarker } from './PlaceMarker';

export interface CrowdedPlacesProps {
  places: readonly PlaceFeature[];
  articleText: string;
  activePlaceId: string | null;
  pickedIds: readonly string[];
  onHoverPlace: (id: string | null) => void;
  onPickPlace: (id: string) => void;
  registerMarker: (id: string, marker: L.Marker | null) => void;
  /** A place to bring into view (from the place list): its group is spread open. */
  revealId?: string | null;
  /** How many journeys start or end at each place: a crowd's most storied point stays in sight. */
  storyRoles?: ReadonlyMap<string, number>;
  /** Editing: "Not this place?" in each marker's tooltip, and dragging a marker to move the place. */
  onCorrectPlace?: (id: string) => void;
  onMovePlace?: (id: string, lon: number, lat: number) => void;
  /** Editing: the arrow keys nudge a focused marker (PlaceMarker onNudge). */
  onNudgePlace?: (id: string, lon: number, lat: number, continued: boolean) => void;
}

/**
 * A group larger than this zooms in to its places on click instead of spreading them in a ring (a ring of
 * more would reach far over its neighbours); at the deepest zoom every group spreads.
 */
export const SPREAD_MAX = 10;

/** Place types whose pin is where the place is (not the handle of an area): they lead their crowds. */
const POINT_TYPES = new Set(['capital', 'city', 'town', 'village', 'landmark']);

const NO_ROLES: ReadonlyMap<string, number> = new Map();

/**
 * The article's places as markers, with the ones that would overlap at the current zoom gathered into a
 * group (lib/crowds): its leader — the point the story turns on — stays as its own marker, the others are a
 * count beside it. A count opens on click, tap or Enter: a few places spread in a ring around it, with a
 * thin line to where each lies; many zoom the map in to them. Zooming regroups.
 * @example <CrowdedPlaces places={places} articleText={text} activePlaceId={null} pickedIds={[]} … />
 */
export const CrowdedPlaces = memo(function CrowdedPlaces(props: CrowdedPlacesProps) {
  const { places, articleText, activePlaceId, pickedIds, onHoverPlace, onPickPlace, registerMarker, revealId = null, storyRoles = NO_ROLES } = props;
  const { onCorrectPlace, onMovePlace, onNudgePlace } = props;
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  const [openKey, setOpenKey] = useState<string | null>(null);
  useMapEvents({
    zoomend: () => {
      setZoom(map.getZoom());
      setOpenKey(null);
    },
    click: () => setOpenKey(null),
  });

  // A view set before this layer listened (a new article fitted at once, without animation) sends its
  // zoomend too early: catch up, or the groups would be laid out for the zoom before.
  useEffect(() => {
    if (map.getZoom() !== zoom) {
      setZoom(map.getZoom());
      setOpenKey(null);
    }
  });

  const byId = useMemo(() => new Map(places.map((p) => [p.id, p])), [places]);
  const { singles, crowds, screen } = useMemo(() => {
    // Most mentioned first: a group lists its places in that order.
    const ordered = [...places].sort((a, b) => b.properties.mentions.length - a.properties.mentions.length);
    const screen: ScreenMarker[] = ordered.map((p) => {
        const at = map.project(toLatLng(p.geometry.coordinates), zoom);
        const rank = leaderRank(
          { point: POINT_TYPES.has(p.properties.placeType), mentions: p.properties.mentions.length, storyRoles: storyRoles.get(p.id) ?? 0 },
          STORY_WEIGHT,
        );
        return { id: p.id, x: at.x, y: at.y, size: MARKER_STYLES[markerClassOf(p.properties.placeType)].size, rank };
    });
    return { ...gatherCrowds(screen), screen };
  }, [places, zoom, map, storyRoles]);

  // A place chosen in the list that sits in a group: open that group.
  useEffect(() => {
    if (!revealId) return;
    const crowd = crowds.find((c) => c.ids.includes(revealId));
    if (crowd) setOpenKey(crowd.key);
  }, [revealId, crowds]);

  const open = crowds.find((c) => c.key === openKey);
  const openCrowd = (crowd: Crowd) => {
    if (openKey === crowd.key) {
      setOpenKey(null);
      return;
    }
    if (crowd.ids.length > SPREAD_MAX && zoom < map.getMaxZoom()) {
      const bounds = L.latLngBounds([crowd.leader, ...crowd.ids].map((id) => toLatLng(byId.get(id)!.geometry.coordinates)));
      map.fitBounds(bounds.pad(0.3), { animate: true, maxZoom: Math.min(map.getMaxZoom(), zoom + 3) });
      return;
    }
    setOpenKey(crowd.key);
  };

  const marker = (p: PlaceFeature, at?: L.LatLng) => (
    <PlaceMarker
      key={p.id}
      place={p}
      at={at}
      articleText={articleText}
      active={p.id === activePlaceId}
      picked={pickedIds.includes(p.id)}
      onHoverPlace={onHoverPlace}
      onPickPlace={onPickPlace}
      register={registerMarker}
      onCorrect={onCorrectPlace}
      onMove={onMovePlace}
      onNudge={onNudgePlace}
    />
  );

  const spread = useMemo(() => {
    if (!open) return [];
    // The ring keeps clear of every other marker and count on screen.
    const byScreenId = new Map(screen.map((m) => [m.id, m]));
    const obstacles: ScreenBox[] = [
      ...singles.filter((id) => id !== open.leader).map((id) => byScreenId.get(id)!),
      ...crowds.filter((c) => c !== open).map((c) => ({ x: c.x, y: c.y, size: CROWD_SIZE })),
    ];
    return spreadPositions(map, open, zoom, byId, obstacles);
  }, [open, screen, singles, crowds, map, zoom, byId]);
  return (
    <>
      {singles.map((id) => marker(byId.get(id)!))}
      {crowds.map((c) => (
        <CrowdMarker
          key={c.key}
          position={map.unproject([c.x, c.y], zoom)}
          leaderName={byId.get(c.leader)!.properties.name}
          names={c.ids.map((id) => byId.get(id)!.properties.name)}
          open={c.key === openKey}
          active={activePlaceId !== null && c.ids.includes(activePlaceId)}
          picked={c.ids.some((id) => pickedIds.includes(id))}
          onOpen={() => openCrowd(c)}
        />
      ))}
      {spread.map(({ place, at, from }) => (
        <Polyline key={`leader:${place.id}`} positions={[from, at]} interactive={false} pathOptions={{ color: '#333', weight: 1, opacity: 0.7 }} />
      ))}
      {spread.map(({ place, at }) => marker(place, at))}
    </>
  );
});

function spreadPositions(map: L.Map, crowd: Crowd, zoom: number, byId: ReadonlyMap<string, PlaceFeature>, obstacles: readonly ScreenBox[]) {
  const members = crowd.ids.map((id) => byId.get(id)!);
  const size = Math.max(...members.map((p) => MARKER_STYLES[markerClassOf(p.properties.placeType)].size));
  return spreadAvoiding(members.length, size, crowd.box, obstacles).map((offset, i) => ({
    place: members[i]!,
    at: map.unproject([crowd.box.x + offset.x, crowd.box.y + offset.y], zoom),
    from: L.latLng(toLatLng(members[i]!.geometry.coordinates)),
  }));
}
