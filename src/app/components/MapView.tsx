import type L from 'leaflet';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { LayerGroup, LayersControl, MapContainer, TileLayer } from 'react-leaflet';
import type { PlaceFeature } from '../../core/geojson/types';
import { labelSpots, routeBows } from '../lib/arc';
import type { MapLayers } from '../lib/collection';
import { useDeepSame } from '../lib/keepUnchanged';
import { PHONE_WIDTH } from '../lib/screen';
import { Attributions } from './Attributions';
import { AutoResize } from './AutoResize';
import { BasemapLayer } from './BasemapLayer';
import { BorderLine } from './BorderLine';
import { CrowdedPlaces } from './CrowdedPlaces';
import { FitToPlaces } from './FitToPlaces';
import { LabelDeclutter } from './LabelDeclutter';
import { MapMounted } from './MapMounted';
import { MeasureLine } from './MeasureLine';
import { MARKER_KEYS_HELP_ID } from './PlaceMarker';
import { RouteLine } from './RouteLine';
import { ShowAllPlaces } from './ShowAllPlaces';

/**
 * Zoom 1 shows the world 512 px wide. A phone's map is narrower, and an article spanning the globe would not
 * fit: there the view may zoom out further, in quarter steps, so that the first view shows every place as
 * large as the screen allows.
 */
const MIN_ZOOM = PHONE_WIDTH ? 0 : 1;
const ZOOM_SNAP = PHONE_WIDTH ? 0.25 : 1;
/** Deep enough for a town's streets on the online tiles; the offline basemap's 1:50m outlines end earlier. */
const MAX_ZOOM = 18;

export interface MapViewProps {
  layers: MapLayers;
  articleKey: string;
  articleText: string;
  activePlaceId: string | null;
  pickedIds: readonly string[];
  onHoverPlace: (id: string | null) => void;
  onPickPlace: (id: string) => void;
  registerMarker: (id: string, marker: L.Marker | null) => void;
  onMap?: (map: L.Map) => void;
  onBasemapReady?: () => void;
  onError?: (message: string) => void;
  /** The chosen route, event or figure (drawn heavier), and how a click on a route chooses it. */
  selectedId?: string | null;
  onSelectRoute?: (id: string) => void;
  /** Editing: "Not this place?" in each marker's tooltip, and dragging a marker to move the place. */
  onCorrectPlace?: (id: string) => void;
  onMovePlace?: (id: string, lon: number, lat: number) => void;
  /** Editing: the arrow keys nudge a focused marker; `continued` while it keeps focus (PlaceMarker onNudge). */
  onNudgePlace?: (id: string, lon: number, lat: number, continued: boolean) => void;
  /** A place chosen in the list: if it sits in a group of crowded markers, the group spreads open. */
  revealId?: string | null;
  /** Extra map layers (e.g. the stress layer); rendered inside the map. */
  children?: ReactNode;
}

/**
 * The Leaflet map: the offline Natural Earth basemap (default) or OpenStreetMap tiles (optional, online),
 * and the article's places, routes and borders as overlays in a layer control.
 * @example <MapView layers={mapLayers(collection)} articleKey="a" articleText="" activePlaceId={null} … />
 */
export function MapView(props: MapViewProps) {
  const { layers, articleKey, articleText, activePlaceId, pickedIds, onHoverPlace, onPickPlace, registerMarker } = props;
  const tinted = useMemo(() => {
    const codes = new Set<string>();
    for (const p of layers.places) {
      if (p.properties.placeType !== 'country') continue;
      if (p.properties.countryCode) codes.add(p.properties.countryCode);
      if (p.properties.iso3) codes.add(p.properties.iso3);
    }
    return codes;
  }, [layers.places]);
  // The country the reader points at (its marker, a mention, the list) is outlined on the basemap.
  const outlined = useMemo(() => {
    const active = activePlaceId ? layers.places.find((p) => p.id === activePlaceId) : undefined;
    const codes = new Set<string>();
    if (active?.properties.placeType === 'country') {
      if (active.properties.countryCode) codes.add(active.properties.countryCode);
      if (active.properties.iso3) codes.add(active.properties.iso3);
    }
    return codes;
  }, [activePlaceId, layers.places]);
  const marked = useMemo(() => layers.places.map((p) => ({ name: p.properties.name, position: p.geometry.coordinates })), [layers.places]);
  const { spots, bows } = useMemo(() => {
    const ends = layers.routes.map((r) => ({ id: r.id, from: r.properties.from, to: r.properties.to }));
    return { spots: labelSpots(ends), bows: routeBows(ends) };
  }, [layers.routes]);
  // The same map while the counts are (a route reversed or re-dated): the crowds need not be regrouped.
  const storyRoles = useDeepSame(
    useMemo(() => {
      const roles = new Map<string, number>();
      for (const r of layers.routes) for (const id of [r.properties.from, r.properties.to]) roles.set(id, (roles.get(id) ?? 0) + 1);
      return roles;
    }, [layers.routes]),
  );
  const byId = useMemo(() => new Map<string, PlaceFeature>(layers.places.map((p) => [p.id, p])), [layers.places]);
  // The routes, borders and markers join their layer groups once those are on the map (the render after the
  // map's own, when the first article comes with the map): Leaflet gives a line or marker its element only
  // on the map, and their effects name those elements for screen readers and the keyboard.
  const [groupsOnMap, setGroupsOnMap] = useState(false);
  const onMounted = useCallback(() => setGroupsOnMap(true), []);
  const [pickA, pickB] = pickedIds.map((id) => byId.get(id));
  // A stable ref callback: a new one each render would be called again (with null, then the map) every time.
  const { onMap } = props;
  const mapRef = useCallback(
    (map: L.Map | null) => {
      if (map) onMap?.(map);
    },
    [onMap],
  );

  return (
    <>
      {props.onNudgePlace && (
        <p id={MARKER_KEYS_HELP_ID} className="visually-hidden">
          Arrow keys move this place on the map, Shift with an arrow moves it further; each run of moves is one edit, undone with
          Ctrl+Z. Enter picks it for measuring distances.
        </p>
      )}
      <MapContainer
        className="map"
        center={[30, 60]}
        zoom={2}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        zoomSnap={ZOOM_SNAP}
        worldCopyJump={false}
        // Tiles appear at once: fading them in repaints every tile on every frame of a pan or zoom.
        fadeAnimation={false}
        ref={mapRef}
        keyboard
      >
        <Attributions />
        <AutoResize />
        <LabelDeclutter selectedId={props.selectedId} />
        <FitToPlaces places={layers.places} routes={layers.routes} articleKey={articleKey} />
        <ShowAllPlaces places={layers.places} />
        <LayersControl position="topright">
          <LayersControl.BaseLayer checked name="Countries — Natural Earth (offline)">
            <LayerGroup>
              <BasemapLayer tinted={tinted} outlined={outlined} marked={marked} onReady={props.onBasemapReady} onError={props.onError} />
            </LayerGroup>
          </LayersControl.BaseLayer>
          <LayersControl.BaseLayer name="OpenStreetMap tiles (online)">
            <TileLayer
              url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
              maxZoom={19}
              attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
            />
          </LayersControl.BaseLayer>
          <LayersControl.Overlay checked name="Borders">
            <LayerGroup>
              {groupsOnMap && layers.borders.map((b) => <BorderLine key={b.id} border={b} />)}
            </LayerGroup>
          </LayersControl.Overlay>
          <LayersControl.Overlay checked name="Routes">
            <LayerGroup>
              {groupsOnMap &&
                layers.routes.map((r) => (
                  <RouteLine
                    key={r.id}
                    route={r}
                    at={spots.get(r.id)}
                    bow={bows.get(r.id)}
                    selected={r.id === props.selectedId}
                    onSelect={props.onSelectRoute}
                  />
                ))}
            </LayerGroup>
          </LayersControl.Overlay>
          <LayersControl.Overlay checked name="Places">
            <LayerGroup>
              {groupsOnMap && (
                <CrowdedPlaces
                  places={layers.places}
                  articleText={articleText}
                  activePlaceId={activePlaceId}
                  pickedIds={pickedIds}
                  onHoverPlace={onHoverPlace}
                  onPickPlace={onPickPlace}
                  registerMarker={registerMarker}
                  revealId={props.revealId}
                  storyRoles={storyRoles}
                  onCorrectPlace={props.onCorrectPlace}
                  onMovePlace={props.onMovePlace}
                  onNudgePlace={props.onNudgePlace}
                />
              )}
            </LayerGroup>
          </LayersControl.Overlay>
        </LayersControl>
        <MapMounted onMounted={onMounted} />
        {pickA && pickB && <MeasureLine from={pickA.geometry.coordinates} to={pickB.geometry.coordinates} />}
        {props.children}
      </MapContainer>
    </>
  );
}
