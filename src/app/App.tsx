import type L from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AtlasCollection, ClaimFeature, EventFeature } from '../core/geojson/types';
import { ApplyView } from './components/ApplyView';
import { ArticleInput } from './components/ArticleInput';
import { ArticleText } from './components/ArticleText';
import { ClaimsPanel } from './components/ClaimsPanel';
import { DistancePanel } from './components/DistancePanel';
import { ErrorBoundary, ErrorResetKey } from './components/ErrorBoundary';
import { ExportButtons } from './components/ExportButtons';
import { Legend } from './components/Legend';
import { MapView } from './components/MapView';
import { OtherFeaturesLayer } from './components/OtherFeaturesLayer';
import { PanelSection } from './components/PanelSection';
import { PlaceList } from './components/PlaceList';
import { PossibleJourneys } from './components/PossibleJourneys';
import { StressLayer, type StressRenderer } from './components/StressLayer';
import { Timeline } from './components/Timeline';
import { TimelineEventMarkers } from './components/TimelineEventMarkers';
import { defaultArticleOnce } from './data/preload';
import { mapLayers, type OtherFeature } from './lib/collection';
import { formatNumber } from './lib/format';
import { toLatLng } from './lib/latlng';
import { nextPicks } from './lib/picks';
import { possibleJourneys, promoteJourney } from './lib/possibleJourneys';
import type { MapView as LinkView } from './lib/share/link';
import { hiddenIds, type TimelineItem, timelineItems } from './lib/timelineModel';
import { analyzeInWorker } from './lib/workerClient';

/** `?stress=1` shows the benchmark's synthetic 10,000 places and 2,000 routes instead of an article. */
const PARAMS = new URLSearchParams(typeof location !== 'undefined' ? location.search : '');
export const STRESS = PARAMS.get('stress') === '1';
/** `&renderer=canvas|svg` draws the stress fixture with Leaflet's per-feature renderers, for comparison. */
const STRESS_RENDERER: StressRenderer = PARAMS.get('renderer') === 'svg' ? 'svg' : PARAMS.get('renderer') === 'canvas' ? 'canvas' : 'cloud';

/**
 * Above this many places or routes (an opened GeoJSON file can hold thousands), features are drawn on one
 * canvas without DOM markers, tooltips or list buttons, so the page stays responsive.
 */
export const MAX_INTERACTIVE_FEATURES = 1500;

const mark = (name: string) => {
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
};

/**
 * The map explorer: the map beside the article, its places, distances and export. The side panel is a
 * list of sections; add a <PanelSection> to extend it.
 * @example createRoot(el).render(<App />)
 */
export function App() {
  const [collection, setCollection] = useState<AtlasCollection | null>(null);
  const [stress, setStress] = useState<AtlasCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Features of another tool's GeoJSON file (no app `kind`), drawn as their own layer. */
  const [others, setOthers] = useState<OtherFeature[]>([]);
  const [activePlaceId, setActivePlaceId] = useState<string | null>(null);
  const [pickedIds, setPickedIds] = useState<string[]>([]);
  /** Timeline: routes and events dated up to `until` are shown (null: all); the chosen item. */
  const [until, setUntil] = useState<string | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  const markers = useRef(new Map<string, L.Marker>());
  const mapRef = useRef<L.Map | null>(null);
  /** The view a map link asked for (applied once its article is shown). */
  const [linkView, setLinkView] = useState<LinkView | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (STRESS) {
      import('./stress/stressFixture').then((m) => {
        if (!cancelled) setStress(m.stressCollection());
      });
      return;
    }
    const showDefault = () =>
      defaultArticleOnce().then((result) => {
        if (cancelled) return;
        if (result.ok) setCollection(result.value);
        else setError(result.error);
      });
    // A map link (#map=…) opens its own map instead of the default article; a broken one says why.
    if (location.hash.startsWith('#map=')) {
      import('./lib/share/openLink')
        .then((m) => m.openLink(location.hash, analyzeInWorker))
        .then((opened) => {
          if (cancelled || !opened) return;
          if (opened.ok) {
            setCollection(opened.value.collection);
            setLinkView(opened.value.view);
          } else {
            setError(opened.error);
            showDefault();
          }
        });
    } else showDefault();
    return () => {
      cancelled = true;
    };
  }, []);

  const allLayers = useMemo(
    () => (collection ? mapLayers(collection) : { places: [], routes: [], borders: [] }),
    [collection],
  );
  const large = allLayers.places.length + allLayers.routes.length > MAX_INTERACTIVE_FEATURES;
  const layers = useMemo(() => (large ? { places: [], routes: [], borders: allLayers.borders } : allLayers), [large, allLayers]);
  useEffect(() => {
    if (collection) mark('atlas:article-ready');
  }, [collection]);

  const showCollection = useCallback((next: AtlasCollection, nextOthers: OtherFeature[] = []) => {
    setCollection(next);
    setOthers(nextOthers);
    setActivePlaceId(null);
    setPickedIds([]);
    setUntil(null);
    setStoryId(null);
    setError(null);
    setLinkView(null);
  }, []);
  const registerMarker = useCallback((id: string, marker: L.Marker | null) => {
    if (marker) markers.current.set(id, marker);
    else markers.current.delete(id);
  }, []);
  const pickPlace = useCallback((id: string) => setPickedIds((current) => nextPicks(current, id)), []);
  const showPlace = useCallback(
    (id: string) => {
      const place = layers.places.find((p) => p.id === id);
      const map = mapRef.current;
      if (!place || !map) return;
      map.setView(toLatLng(place.geometry.coordinates), Math.max(map.getZoom(), 4), { animate: false });
      markers.current.get(id)?.openTooltip();
    },
    [layers.places],
  );
  const storyItems = useMemo(() => (large ? [] : timelineItems(collection)), [large, collection]);
  const hidden = useMemo(() => hiddenIds(storyItems, until), [storyItems, until]);
  const shownLayers = useMemo(
    () => (hidden.size ? { ...layers, routes: layers.routes.filter((r) => !hidden.has(r.id)) } : layers),
    [layers, hidden],
  );
  const shownEvents = useMemo(
    () => storyItems.filter((i) => i.kind === 'event' && !hidden.has(i.id)).map((i) => i.feature as EventFeature),
    [storyItems, hidden],
  );
  const selectStory = useCallback((item: TimelineItem) => {
    setStoryId(item.id);
    const map = mapRef.current;
    const g = item.feature.geometry;
    if (!map || !g) return;
    // Leaflet's animated setView/fitBounds (a CSS zoom animation) rather than flyTo: flyTo redraws the canvas
    // basemap every frame and lags behind on slow machines.
    if (g.type === 'Point') map.setView(toLatLng(g.coordinates), Math.max(map.getZoom(), 5), { animate: true });
    else if (g.type === 'LineString') {
      map.fitBounds([toLatLng(g.coordinates[0]!), toLatLng(g.coordinates[g.coordinates.length - 1]!)], { padding: [40, 40], animate: true });
    } else {
      const flat = g.coordinates.flat();
      map.setView(toLatLng(flat[Math.floor(flat.length / 2)]!), Math.max(map.getZoom(), 3), { animate: true });
    }
  }, []);
  // The chosen route, event or figure: its sentences are highlighted in the article; a figure matched with a
  // route also marks that route on the map.
  const selectedFeature = useMemo(() => collection?.features.find((f) => f.id === storyId) ?? null, [collection, storyId]);
  const highlights = useMemo(() => selectedFeature?.properties.mentions ?? [], [selectedFeature]);
  const selectedRouteId =
    selectedFeature?.properties.kind === 'claim'
      ? (selectedFeature.properties.matches.find((id) => id.startsWith('route:')) ?? null)
      : storyId;
  const claims = useMemo(
    () => (collection?.features.filter((f) => f.properties.kind === 'claim') ?? []) as ClaimFeature[],
    [collection],
  );
  const selectClaim = useCallback((claim: ClaimFeature) => setStoryId(claim.id), []);
  const getMap = useCallback(() => mapRef.current, []);
  const onMap = useCallback((map: L.Map) => {
    mapRef.current = map;
    mark('atlas:map-ready');
  }, []);
  const onBasemapReady = useCallback(() => mark('atlas:basemap-ready'), []);
  const onStressDrawn = useCallback(() => {
    mark('atlas:stress-ready');
    document.documentElement.dataset.stressReady = '1';
  }, []);

  const article = collection?.article;
  const possible = useMemo(() => (large ? [] : possibleJourneys(collection)), [large, collection]);
  const promote = useCallback((id: string) => setCollection((c) => (c ? promoteJourney(c, id) : c)), []);
  return (
    <ErrorResetKey.Provider value={collection}>
    <div className="app">
      <header className="app-header">
        <h1>
          news-atlas
          <bdi className="app-title">{stress ? stress.article.title : (article?.title ?? 'Loading…')}</bdi>
        </h1>
        <ExportButtons collection={stress ?? collection} getMap={getMap} />
      </header>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
      <main className="layout">
        <section className="map-pane" aria-label="Map">
          <ErrorBoundary label="map">
          <MapView
            layers={shownLayers}
            articleKey={article?.id ?? ''}
            articleText={article?.text ?? ''}
            activePlaceId={activePlaceId}
            pickedIds={pickedIds}
            onHoverPlace={setActivePlaceId}
            onPickPlace={pickPlace}
            registerMarker={registerMarker}
            onMap={onMap}
            selectedId={selectedRouteId}
            onSelectRoute={setStoryId}
            onBasemapReady={onBasemapReady}
            onError={setError}
          >
            {stress && <StressLayer collection={stress} renderer={STRESS_RENDERER} onDrawn={onStressDrawn} />}
            {large && collection && <StressLayer collection={collection} />}
            <TimelineEventMarkers events={shownEvents} selectedId={storyId} />
            {others.length > 0 && <OtherFeaturesLayer features={others} fit={layers.places.length === 0} />}
            <ApplyView view={linkView} articleKey={article?.id ?? ''} />
          </MapView>
          <Legend />
          </ErrorBoundary>
        </section>
        <aside className="side-panel">
          <PanelSection id="article" title="Article">
            {article && (
              <div className="article-meta">
                {article.byline && (
                  <span>
                    By <bdi>{article.byline}</bdi>
                  </span>
                )}
                {article.published && (
                  <time dateTime={article.published}>
                    <bdi>{article.published}</bdi>
                  </time>
                )}
              </div>
            )}
            {others.length > 0 && !article?.text ? (
              <p className="muted">
                This file has no article: its {formatNumber(others.length)} feature{others.length === 1 ? ' is' : 's are'} on the
                map (hover one for its name and description).
              </p>
            ) : (
            <ArticleText
              text={article?.text ?? ''}
              places={layers.places}
              activePlaceId={activePlaceId}
              onHoverPlace={setActivePlaceId}
              highlights={highlights}
            />
            )}
            <ArticleInput analyze={analyzeInWorker} onCollection={showCollection} />
          </PanelSection>
          <PanelSection id="places" title="Places">
            {large && (
              <p className="message" role="status">
                {formatNumber(allLayers.places.length)} places and {formatNumber(allLayers.routes.length)}{' '}
                routes: drawn without markers, tooltips or this list (more than {formatNumber(MAX_INTERACTIVE_FEATURES)}).
              </p>
            )}
            {!large && (
              <PlaceList
                places={layers.places}
                activePlaceId={activePlaceId}
                onHoverPlace={setActivePlaceId}
                onShowPlace={showPlace}
              />
            )}
          </PanelSection>
          <PanelSection id="timeline" title="Timeline">
            <Timeline items={storyItems} until={until} onUntil={setUntil} onSelect={selectStory} selectedId={storyId} />
            <PossibleJourneys journeys={possible} onPromote={promote} />
          </PanelSection>
          <PanelSection id="numbers" title="The article's numbers">
            <ClaimsPanel claims={claims} selectedId={storyId} onSelect={selectClaim} />
          </PanelSection>
          <PanelSection id="distances" title="Distances">
            <DistancePanel places={layers.places} pickedIds={pickedIds} onChange={setPickedIds} />
          </PanelSection>
        </aside>
      </main>
    </div>
    </ErrorResetKey.Provider>
  );
}
