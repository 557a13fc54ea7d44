import type L from 'leaflet';
import { lazy, Suspense, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type EditDraft, placeRefOf, storyRefOf } from '../core/edits/refs';
import type { MentionRef } from '../core/edits/types';
import type { AtlasCollection, ClaimFeature, EventFeature } from '../core/geojson/types';
import type { ArticleMeta } from '../core/types';
import { ApplyView } from './components/ApplyView';
import { ArticleInput } from './components/ArticleInput';
import { ArticleText } from './components/ArticleText';
import { ArticleTitle } from './components/ArticleTitle';
import { ClaimsPanel } from './components/ClaimsPanel';
import { DistancePanel } from './components/DistancePanel';
import { DropPin } from './components/DropPin';
import { ErrorBoundary, ErrorResetKey } from './components/ErrorBoundary';
import { ExportButtons } from './components/ExportButtons';
import { HeaderActions } from './components/HeaderActions';
import { Legend } from './components/Legend';
import { MapView } from './components/MapView';
import { OtherFeaturesLayer } from './components/OtherFeaturesLayer';
import { PlaceList } from './components/PlaceList';
import { PossibleJourneys } from './components/PossibleJourneys';
import { PanelTab, SidePanel } from './components/SidePanel';
import type { StressRenderer } from './components/StressLayer';
import { Timeline } from './components/Timeline';
import { TimelineEventMarkers } from './components/TimelineEventMarkers';
import { defaultArticleIfLoaded, defaultArticleOnce } from './data/preload';
import { type MapLayers, mapLayers, type OtherFeature } from './lib/collection';
import type { CorrectionTarget } from './lib/correction';
import { formatNumber, shortTitle } from './lib/format';
import { useSameItems } from './lib/keepUnchanged';
import { toLatLng } from './lib/latlng';
import { nextPicks } from './lib/picks';
import { type MarkerClass, markerClassOf } from './lib/placeStyle';
import { possibleJourneys } from './lib/possibleJourneys';
import { TWO_COLUMNS_QUERY } from './lib/screen';
import type { MapView as LinkView } from './lib/share/link';
import { hiddenIds, type TimelineItem, timelineItems } from './lib/timelineModel';
import { useUndoKeys } from './lib/undoKeys';
import { type DistanceUnit, UnitContext } from './lib/units';
import { useMediaQuery } from './lib/useMediaQuery';
import { type OpenedArticle, useWorkspace } from './lib/useWorkspace';
import { analyzeInWorker, candidatesInWorker, searchPlacesInWorker } from './lib/workerClient';

/** The correction panel (candidates, gazetteer search) loads when a person first corrects a place. */
const CorrectPlacePanel = lazy(() => import('./components/CorrectPlacePanel').then((m) => ({ default: m.CorrectPlacePanel })));
// The Edits and Saved tabs and the canvas for thousands of features load after the first map (a closed tab
// is rendered after the open one anyway): they stay out of the first bundle.
const EditsPanel = lazy(() => import('./components/EditsPanel').then((m) => ({ default: m.EditsPanel })));
const StoryEditor = lazy(() => import('./components/StoryEditor').then((m) => ({ default: m.StoryEditor })));
const SavedArticles = lazy(() => import('./components/SavedArticles').then((m) => ({ default: m.SavedArticles })));
const CorrectionsMemoryPanel = lazy(() => import('./components/CorrectionsMemoryPanel').then((m) => ({ default: m.CorrectionsMemoryPanel })));
const StressLayer = lazy(() => import('./components/StressLayer').then((m) => ({ default: m.StressLayer })));
const LOADING = <p className="muted">Loading…</p>;

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

const NO_EDITS: never[] = [];
const NO_FEATURES: never[] = [];
const NO_LAYERS: MapLayers = { places: [], routes: [], borders: [] };

/** Names marked already: each milestone is marked once (asking the performance timeline each render costs). */
const marked = new Set<string>();
const mark = (name: string) => {
  if (marked.has(name)) return;
  marked.add(name);
  if (typeof performance !== 'undefined' && performance.getEntriesByName(name).length === 0) performance.mark(name);
};

/**
 * The map explorer: the map beside the article and its tools, each a tab of the side panel (one click
 * away); add a <PanelTab> inside <SidePanel> to add a tool.
 * @example createRoot(el).render(<App />)
 */
export function App() {
  const [stress, setStress] = useState<AtlasCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Features of another tool's GeoJSON file (no app `kind`), drawn as their own layer. */
  const [others, setOthers] = useState<OtherFeature[]>([]);
  /** The view a map link asked for (applied once its article is shown). */
  const [linkView, setLinkView] = useState<LinkView | null>(null);
  // A map link (#map=…) opens its own map, with the edits it carries, instead of the article open last time;
  // a broken one says why and the workspace starts as usual.
  const openingLink = useCallback(async (): Promise<OpenedArticle | null> => {
    if (!location.hash.startsWith('#map=')) return null;
    const opened = await (await import('./lib/share/openLink')).openLink(location.hash, analyzeInWorker);
    if (!opened) return null;
    if (!opened.ok) {
      setError(opened.error);
      return null;
    }
    setOthers(opened.value.others);
    setLinkView(opened.value.view);
    return { collection: opened.value.collection, edits: opened.value.edits };
  }, []);
  // The article and the person's edits, kept in IndexedDB (lib/useWorkspace): `collection` is the analysis
  // with the edits applied, which is what every panel and the map show.
  // Only a page opened from a map link has one to open: any other first visit shows the default article
  // without waiting for IndexedDB (useWorkspace), in the first render when it has loaded.
  const [linkAtStart] = useState(() => typeof location !== 'undefined' && location.hash.startsWith('#map='));
  const ws = useWorkspace({
    loadDefault: defaultArticleOnce,
    loadedDefault: defaultArticleIfLoaded,
    enabled: !STRESS,
    opening: linkAtStart ? openingLink : undefined,
  });
  const collection = ws.collection;
  /** What the correction panel is open for (a place, selected words, a dropped pin). */
  const [correcting, setCorrecting] = useState<CorrectionTarget | null>(null);
  const [activePlaceId, setActivePlaceId] = useState<string | null>(null);
  const [pickedIds, setPickedIds] = useState<string[]>([]);
  /** Timeline: routes and events dated up to `until` are shown (null: all); the chosen item. */
  const [until, setUntil] = useState<string | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  /** The side panel's open tab; the input for another article; the place the list asked the map to show. */
  const [tab, setTab] = useState('article');
  // On a wide screen the article is a column of its own beside the tools' tabs.
  const twoColumns = useMediaQuery(TWO_COLUMNS_QUERY);
  const [inputOpen, setInputOpen] = useState(false);
  const [revealId, setRevealId] = useState<string | null>(null);
  const [unit, setUnit] = useState<DistanceUnit>('km');
  const markers = useRef(new Map<string, L.Marker>());
  const mapRef = useRef<L.Map | null>(null);

  useEffect(() => {
    let cancelled = false;
    if (STRESS) {
      import('./stress/stressFixture').then((m) => {
        if (!cancelled) setStress(m.stressCollection());
      });
    }
    return () => {
      cancelled = true;
    };
  }, []);

  // Each layer keeps its identity while its features do (useWorkspace shares unchanged features between
  // edits): reversing a route then re-renders the routes, not the markers, the list or the article text.
  const split = useMemo(() => (collection ? mapLayers(collection) : NO_LAYERS), [collection]);
  const places = useSameItems(split.places);
  const routes = useSameItems(split.routes);
  const borders = useSameItems(split.borders);
  const allLayers = useMemo(() => ({ places, routes, borders }), [places, routes, borders]);
  const large = allLayers.places.length + allLayers.routes.length > MAX_INTERACTIVE_FEATURES;
  const layers = useMemo(() => (large ? { places: [], routes: [], borders: allLayers.borders } : allLayers), [large, allLayers]);
  useEffect(() => {
    if (collection) mark('atlas:article-ready');
  }, [collection]);
  // The closed tabs are built once the first article is on screen, as a transition (in slices between which
  // the page answers and the basemap's tiles come in), not before the first map.
  const [closedTabs, setClosedTabs] = useState(false);
  const firstShown = !!collection || !!stress;
  useEffect(() => {
    if (!firstShown || closedTabs) return;
    const handle = setTimeout(() => startTransition(() => setClosedTabs(true)), 0);
    return () => clearTimeout(handle);
  }, [firstShown, closedTabs]);

  const resetView = useCallback(() => {
    setCorrecting(null);
    setActivePlaceId(null);
    setPickedIds([]);
    setUntil(null);
    setStoryId(null);
    setError(null);
    setLinkView(null);
    setRevealId(null);
  }, []);
  const { showAnalysis, open: openArticle } = ws;
  const showCollection = useCallback(
    (next: AtlasCollection, nextOthers: OtherFeature[] = []) => {
      resetView();
      setOthers(nextOthers);
      // A pasted article's title is its first line, often a whole sentence: the header shows a short one.
      // Shown as a transition: React builds the new article's panels in slices between which the page
      // answers, instead of one long task (a 2 MB article's, hundreds of milliseconds).
      startTransition(() => {
        showAnalysis({ ...next, article: { ...next.article, title: shortTitle(next.article.title) || 'Untitled article' } });
      });
    },
    [resetView, showAnalysis],
  );
  const reopen = useCallback(
    (id: string) => {
      resetView();
      setOthers([]);
      openArticle(id);
    },
    [resetView, openArticle],
  );
  /** The title is the person's: kept with the article in "Your articles", and naming its exports. */
  const renameArticle = ws.renameCurrent;
  const openAnotherArticle = useCallback(() => {
    setTab('article');
    setInputOpen(true);
    // After the tab and the input are shown: put the cursor in the text box.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('#panel-article .article-input textarea')?.focus());
  }, []);
  /** A place the list asked to show whose marker is not drawn yet (its group is being spread): open its tooltip when it is. */
  const tooltipFor = useRef<string | null>(null);
  const registerMarker = useCallback((id: string, marker: L.Marker | null) => {
    if (marker) {
      markers.current.set(id, marker);
      if (tooltipFor.current === id) {
        tooltipFor.current = null;
        requestAnimationFrame(() => marker.openTooltip());
      }
    } else markers.current.delete(id);
  }, []);
  const pickPlace = useCallback((id: string) => {
    setPickedIds((current) => {
      const next = nextPicks(current, id);
      // A pair picked on the map: its distance is the answer, so the Distances tab comes forward.
      if (next.length === 2) setTab('distances');
      return next;
    });
  }, []);

  const showPlace = useCallback(
    (id: string) => {
      const place = layers.places.find((p) => p.id === id);
      const map = mapRef.current;
      if (!place || !map) return;
      map.setView(toLatLng(place.geometry.coordinates), Math.max(map.getZoom(), 4), { animate: false });
      const marker = markers.current.get(id);
      if (marker) marker.openTooltip();
      else tooltipFor.current = id;
      setRevealId(id);
    },
    [layers.places],
  );
  const storyItems = useMemo(() => (large ? [] : timelineItems(collection)), [large, collection]);
  const hidden = useMemo(() => hiddenIds(storyItems, until), [storyItems, until]);
  const shownLayers = useMemo(
    () => (hidden.size ? { ...layers, routes: layers.routes.filter((r) => !hidden.has(r.id)) } : layers),
    [layers, hidden],
  );
  const shownEvents = useSameItems(
    useMemo(() => storyItems.filter((i) => i.kind === 'event' && !hidden.has(i.id)).map((i) => i.feature as EventFeature), [storyItems, hidden]),
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
  const selectStoryById = useCallback(
    (id: string) => {
      const item = storyItems.find((i) => i.id === id);
      if (item) selectStory(item);
    },
    [storyItems, selectStory],
  );
  // The chosen route, event or figure: its sentences are highlighted in the article; a figure matched with a
  // route also marks that route on the map.
  const selectedFeature = useMemo(() => collection?.features.find((f) => f.id === storyId) ?? null, [collection, storyId]);
  const highlights = useMemo(() => selectedFeature?.properties.mentions ?? [], [selectedFeature]);
  const selectedRouteId =
    selectedFeature?.properties.kind === 'claim'
      ? (selectedFeature.properties.matches.find((id) => id.startsWith('route:')) ?? null)
      : storyId;
  const claims = useSameItems(
    useMemo(() => (collection?.features.filter((f) => f.properties.kind === 'claim') ?? NO_FEATURES) as ClaimFeature[], [collection]),
  );
  // Choosing a figure shows what it was checked against: the route or the two places, or the border.
  const selectClaim = useCallback(
    (claim: ClaimFeature) => {
      setStoryId(claim.id);
      const map = mapRef.current;
      if (!map || !collection) return;
      const points: [number, number][] = [];
      for (const id of claim.properties.matches) {
        const g = collection.features.find((f) => f.id === id)?.geometry;
        if (g?.type === 'Point') points.push(toLatLng(g.coordinates));
        else if (g?.type === 'LineString') points.push(...g.coordinates.map(toLatLng));
        else if (g?.type === 'MultiLineString') points.push(...g.coordinates.flat().map(toLatLng));
      }
      if (points.length > 0) map.fitBounds(points, { padding: [50, 50], maxZoom: 7, animate: true });
    },
    [collection],
  );

  // Editing (issue 9): every correction is an edit the workspace applies on top of the analysis.
  const editable = !!collection && !large;
  useUndoKeys(ws.undo, ws.redo);
  const { edit } = ws;
  const correctPlace = useCallback((placeId: string) => setCorrecting({ kind: 'place', placeId }), []);
  const correctMention = useCallback((placeId: string, mention: MentionRef) => setCorrecting({ kind: 'place', placeId, mention }), []);
  const markWords = useCallback((mention: MentionRef) => setCorrecting({ kind: 'add', mention }), []);
  const dropPin = useCallback((lon: number, lat: number) => setCorrecting({ kind: 'pin', lon, lat }), []);
  const movePlace = useCallback(
    (id: string, lon: number, lat: number) => {
      const place = layers.places.find((p) => p.id === id);
      if (place) edit({ kind: 'move-place', place: placeRefOf(place), lon, lat });
    },
    [layers.places, edit],
  );
  // Arrow keys on a focused marker: a run of nudges (the marker keeping focus) amends one move edit, so one
  // undo takes the whole run back rather than one step of it.
  const nudgeEdit = useRef<string | null>(null);
  const nudgePlace = useCallback(
    (id: string, lon: number, lat: number, continued: boolean) => {
      const place = layers.places.find((p) => p.id === id);
      if (!place) return;
      const made = edit({ kind: 'move-place', place: placeRefOf(place), lon, lat }, false, { amend: continued ? nudgeEdit.current : null });
      nudgeEdit.current = made ?? null;
    },
    [layers.places, edit],
  );
  // A journey the story reader doubts is listed, not drawn; drawing it is the person's edit (promote-journey).
  const possible = useSameItems(useMemo(() => (large ? NO_FEATURES : possibleJourneys(collection)), [large, collection]));
  const promote = useCallback(
    (id: string) => {
      const journey = possible.find((j) => j.id === id);
      if (journey) edit({ kind: 'promote-journey', journey: storyRefOf(journey) });
    },
    [possible, edit],
  );
  const applyCorrection = useCallback(
    (draft: EditDraft, remember: boolean) => {
      edit(draft, remember);
      setCorrecting(null);
    },
    [edit],
  );
  // New articles are read with the person's remembered corrections (shown as "from your corrections").
  const { memory } = ws;
  const analyzeRemembering = useCallback((text: string, meta?: Partial<ArticleMeta>) => analyzeInWorker(text, meta, memory), [memory]);
  const storyEvents = useSameItems(
    useMemo(() => (collection?.features.filter((f) => f.properties.kind === 'event') ?? NO_FEATURES) as EventFeature[], [collection]),
  );
  // A map link rebuilds an article from its text and applies the edits; a map without text carries them.
  const linkEdits = collection?.article.text ? ws.history.present : NO_EDITS;
  const markerClasses = useMemo(() => new Set<MarkerClass>(layers.places.map((p) => markerClassOf(p.properties.placeType))), [layers.places]);
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
  const shownError = error ?? ws.loadError;
  return (
    <ErrorResetKey.Provider value={collection}>
      <UnitContext.Provider value={unit}>
        <div className="app">
          <a className="skip-link" href="#side-panel">
            Skip to the article and tools
          </a>
          <header className="app-header">
            <span className="app-brand" aria-hidden="true">
              news-atlas
            </span>
            <ArticleTitle
              title={stress ? stress.article.title : (article?.title ?? 'Loading…')}
              onRename={article && !stress ? renameArticle : undefined}
            />
            <HeaderActions onOpenAnother={openAnotherArticle}>
              <label className="unit-choice">
                <span className="visually-hidden">Distances in</span>
                <select value={unit} onChange={(e) => setUnit(e.target.value === 'mi' ? 'mi' : 'km')}>
                  <option value="km">km</option>
                  <option value="mi">miles</option>
                </select>
              </label>
              <ErrorBoundary label="export">
                <ExportButtons collection={stress ?? collection} others={others} getMap={getMap} edits={linkEdits} />
              </ErrorBoundary>
            </HeaderActions>
          </header>
          {shownError && (
            <p className="message message--error" role="alert">
              {shownError}
            </p>
          )}
          {ws.storageError && (
            <p className="message message--error" role="alert">
              {ws.storageError}
            </p>
          )}
          {ws.notice && (
            <p className="message" role="status">
              {ws.notice}
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
                  revealId={revealId}
                  onCorrectPlace={editable ? correctPlace : undefined}
                  onMovePlace={editable ? movePlace : undefined}
                  onNudgePlace={editable ? nudgePlace : undefined}
                >
                  {editable && <DropPin onDrop={dropPin} />}
                  <Suspense fallback={null}>
                    {stress && <StressLayer collection={stress} renderer={STRESS_RENDERER} onDrawn={onStressDrawn} />}
                    {large && collection && <StressLayer collection={collection} />}
                  </Suspense>
                  <TimelineEventMarkers events={shownEvents} selectedId={storyId} onSelect={selectStoryById} />
                  {others.length > 0 && <OtherFeaturesLayer features={others} fit={layers.places.length === 0} />}
                  <ApplyView view={linkView} articleKey={article?.id ?? ''} />
                </MapView>
                <Legend classes={markerClasses} />
              </ErrorBoundary>
            </section>
            <aside className={twoColumns ? 'side-panel side-panel--two' : 'side-panel'} id="side-panel" tabIndex={-1} aria-label="Article and tools">
              {correcting && collection && (
                <ErrorBoundary label="correction panel">
                  <Suspense fallback={LOADING}>
                    <CorrectPlacePanel
                      target={correcting}
                      collection={collection}
                      search={searchPlacesInWorker}
                      candidates={candidatesInWorker}
                      onEdit={applyCorrection}
                      onClose={() => setCorrecting(null)}
                    />
                  </Suspense>
                </ErrorBoundary>
              )}
              <SidePanel active={tab} onActive={setTab} pinned={twoColumns ? 'article' : undefined} renderClosed={closedTabs}>
                <PanelTab id="article" title="Article">
                  <ArticleInput analyze={analyzeRemembering} onCollection={showCollection} open={inputOpen} onOpenChange={setInputOpen} />
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
                      onCorrectMention={editable ? correctMention : undefined}
                      onMarkWords={editable ? markWords : undefined}
                    />
                  )}
                </PanelTab>
                <PanelTab id="places" title="Places">
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
                      onCorrect={editable ? correctPlace : undefined}
                    />
                  )}
                </PanelTab>
                <PanelTab id="timeline" title="Timeline">
                  <Timeline items={storyItems} until={until} onUntil={setUntil} onSelect={selectStory} selectedId={storyId} />
                  <PossibleJourneys journeys={possible} onPromote={editable ? promote : undefined} />
                </PanelTab>
                <PanelTab id="numbers" title="Figures">
                  <ClaimsPanel claims={claims} selectedId={storyId} onSelect={selectClaim} />
                </PanelTab>
                <PanelTab id="distances" title="Distances">
                  <DistancePanel places={layers.places} pickedIds={pickedIds} onChange={setPickedIds} />
                </PanelTab>
                {editable && (
                  <PanelTab id="edits" title="Edits">
                    <Suspense fallback={LOADING}>
                      <EditsPanel
                        edits={ws.history.present}
                        outcomes={ws.outcomes}
                        canUndo={ws.canUndo}
                        canRedo={ws.canRedo}
                        onUndo={ws.undo}
                        onRedo={ws.redo}
                        onReset={ws.reset}
                        onDrop={ws.drop}
                      />
                      <h3 id="journeys-title">Journeys and events</h3>
                      <StoryEditor routes={layers.routes} events={storyEvents} places={layers.places} onEdit={edit} />
                    </Suspense>
                  </PanelTab>
                )}
                {!STRESS && (
                  <PanelTab id="saved" title="Saved">
                    <Suspense fallback={LOADING}>
                      <h3>Your articles</h3>
                      <SavedArticles articles={ws.articles} currentId={ws.articleId} onOpen={reopen} onRename={ws.rename} onDelete={ws.remove} />
                      <h3>Your corrections</h3>
                      <CorrectionsMemoryPanel memory={ws.memory} onImport={ws.importMemory} onForget={ws.forget} />
                    </Suspense>
                  </PanelTab>
                )}
              </SidePanel>
            </aside>
          </main>
        </div>
      </UnitContext.Provider>
    </ErrorResetKey.Provider>
  );
}
