import type L from 'leaflet';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AtlasCollection, EventFeature } from '../../core/geojson/types';
import { mapLayers, type OtherFeature } from '../lib/collection';
import { toLatLng } from '../lib/latlng';
import type { MapView as View } from '../lib/share/link';
import { hiddenIds, type TimelineItem, timelineItems } from '../lib/timelineModel';
import { ApplyView } from './ApplyView';
import { ArticleText } from './ArticleText';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { OtherFeaturesLayer } from './OtherFeaturesLayer';
import { PanelTab, SidePanel } from './SidePanel';
import { Timeline } from './Timeline';
import { TimelineEventMarkers } from './TimelineEventMarkers';

export interface StandaloneAppProps {
  collection: AtlasCollection;
  /** Other tools' features the map showed beside its own. */
  others?: readonly OtherFeature[];
  /** The view the map was exported at. */
  view: View | null;
}

/**
 * The self-contained page: the exported map (offline basemap, markers with tooltips, routes), the article
 * with its highlights, and the timeline — the explorer without input, export or distances.
 * @example <StandaloneApp collection={collection} view={null} />
 */
export function StandaloneApp({ collection, others = [], view }: StandaloneAppProps) {
  const [activePlaceId, setActivePlaceId] = useState<string | null>(null);
  const [until, setUntil] = useState<string | null>(null);
  const [storyId, setStoryId] = useState<string | null>(null);
  const [tab, setTab] = useState('article');
  const mapRef = useRef<L.Map | null>(null);
  const layers = useMemo(() => mapLayers(collection), [collection]);
  const items = useMemo(() => timelineItems(collection), [collection]);
  const hidden = useMemo(() => hiddenIds(items, until), [items, until]);
  const shown = useMemo(() => (hidden.size ? { ...layers, routes: layers.routes.filter((r) => !hidden.has(r.id)) } : layers), [layers, hidden]);
  const events = useMemo(
    () => items.filter((i) => i.kind === 'event' && !hidden.has(i.id)).map((i) => i.feature as EventFeature),
    [items, hidden],
  );
  const selected = useMemo(() => collection.features.find((f) => f.id === storyId) ?? null, [collection, storyId]);
  const noop = useCallback(() => {}, []);
  const onMap = useCallback((map: L.Map) => {
    mapRef.current = map;
  }, []);
  const select = useCallback((item: TimelineItem) => {
    setStoryId(item.id);
    const g = item.feature.geometry;
    const map = mapRef.current;
    if (!map || !g) return;
    if (g.type === 'Point') map.setView(toLatLng(g.coordinates), Math.max(map.getZoom(), 5));
    else if (g.type === 'LineString') map.fitBounds([toLatLng(g.coordinates[0]!), toLatLng(g.coordinates.at(-1)!)], { padding: [40, 40] });
  }, []);
  const article = collection.article;
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-brand" aria-hidden="true">
          news-atlas
        </span>
        <h1 className="app-heading">
          <bdi className="app-title">{article.title}</bdi>
        </h1>
      </header>
      <main className="layout">
        <section className="map-pane" aria-label="Map">
          <MapView
            layers={shown}
            articleKey={article.id}
            articleText={article.text ?? ''}
            activePlaceId={activePlaceId}
            pickedIds={[]}
            onHoverPlace={setActivePlaceId}
            onPickPlace={noop}
            registerMarker={noop}
            onMap={onMap}
            selectedId={storyId}
            onSelectRoute={setStoryId}
          >
            <TimelineEventMarkers events={events} selectedId={storyId} />
            {others.length > 0 && <OtherFeaturesLayer features={others} fit={layers.places.length === 0} />}
            <ApplyView view={view} articleKey={article.id} />
          </MapView>
          <Legend />
        </section>
        <aside className="side-panel">
          <SidePanel active={tab} onActive={setTab}>
          <PanelTab id="article" title="Article">
            {(article.byline || article.published) && (
              <div className="article-meta">
                {article.byline && <span>By {article.byline}</span>}
                {article.published && <time dateTime={article.published}>{article.published}</time>}
              </div>
            )}
            <ArticleText
              text={article.text ?? ''}
              places={layers.places}
              activePlaceId={activePlaceId}
              onHoverPlace={setActivePlaceId}
              highlights={selected?.properties.mentions ?? []}
            />
          </PanelTab>
          <PanelTab id="timeline" title="Timeline">
            <Timeline items={items} until={until} onUntil={setUntil} onSelect={select} selectedId={storyId} />
          </PanelTab>
          </SidePanel>
        </aside>
      </main>
    </div>
  );
}
