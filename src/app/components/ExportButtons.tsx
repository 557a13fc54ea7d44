import type L from 'leaflet';
import { useState } from 'react';
import type { AtlasCollection } from '../../core/geojson/types';
import { COARSE_URL, DETAIL_URL, LABELS_URL } from '../data/preload';
import type { OtherFeature } from '../lib/collection';
import { copyText, saveFile } from '../lib/download';
import type { ExportFormat } from '../lib/export/runExport';
import { buildExport } from '../lib/exportGeojson';

export interface ExportButtonsProps {
  collection: AtlasCollection | null;
  /** Other tools' features shown beside the collection (carried by links and pages). */
  others?: readonly OtherFeature[];
  /** The map on screen: its view goes into links and pages, its pixels into the image. */
  getMap?: () => L.Map | null;
  /** The corrections made to the map, carried by links (the edit list's own format). */
  edits?: unknown[];
}

/** The menu's files, in the order shown: [format, button text]. */
const FILES: [ExportFormat, string][] = [
  ['csv-places', 'Places (CSV)'],
  ['csv-story', 'Journeys and events (CSV)'],
  ['kml', 'KML (Google Earth)'],
  ['gpx', 'GPX (routes)'],
  ['png', 'Image of the map (PNG)'],
  ['gis-places', 'GIS: places (GeoJSON points)'],
  ['gis-routes', 'GIS: routes (GeoJSON lines)'],
  ['gis-events', 'GIS: events (GeoJSON points)'],
  ['gis-borders', 'GIS: borders (GeoJSON lines)'],
  ['gis-areas', 'GIS: countries named (GeoJSON polygons)'],
];

function viewOf(map: L.Map | null | undefined) {
  if (!map) return undefined;
  const c = map.getCenter();
  return { lat: c.lat, lon: c.lng, zoom: map.getZoom() };
}

/**
 * "Export GeoJSON" (download named after the article), "Copy" (same text to the clipboard), "Link to this map"
 * (the map in a URL, copied) and a menu of other files: CSV, KML, GPX, a PNG of the view, GIS layers and the
 * self-contained page. The exporters load only when used.
 * @example <ExportButtons collection={collection} getMap={() => mapRef.current} />
 */
export function ExportButtons({ collection, others = [], getMap, edits = [] }: ExportButtonsProps) {
  const [status, setStatus] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const disabled = !collection;

  const download = () => {
    if (!collection) return;
    const { json, filename } = buildExport(collection, others);
    saveFile(filename, json, 'application/geo+json');
    setStatus(`Saved ${filename}`);
  };

  const copy = async () => {
    if (!collection) return;
    try {
      await copyText(buildExport(collection, others).json);
      setStatus('Copied GeoJSON to the clipboard');
    } catch (error) {
      setStatus(`Could not copy: ${(error as Error).message}`);
    }
  };

  const exportFile = async (format: ExportFormat) => {
    if (!collection) return;
    setStatus('Preparing…');
    try {
      const { makeExport } = await import('../lib/export/runExport');
      const file = await makeExport(format, collection, getMap?.() ?? null, DETAIL_URL);
      saveFile(file.filename, file.data, file.type);
      setStatus(`Saved ${file.filename}`);
    } catch (error) {
      setStatus(`Could not export: ${(error as Error).message}`);
    }
  };

  const savePage = async () => {
    if (!collection) return;
    setStatus('Preparing the page…');
    try {
      const [{ buildPage }, { withOthers }] = await Promise.all([import('../lib/export/page'), import('../lib/share/link')]);
      const { html, filename } = await buildPage(withOthers(collection, others), viewOf(getMap?.()) ?? null, { countriesUrl: COARSE_URL, labelsUrl: LABELS_URL });
      saveFile(filename, html, 'text/html;charset=utf-8');
      setStatus(`Saved ${filename} (${Math.round(html.length / 1024)} KB, opens offline)`);
    } catch (error) {
      setStatus(`Could not save the page: ${(error as Error).message}`);
    }
  };

  const makeLink = async () => {
    if (!collection) return;
    const { encodeLink, linkPayload, MAX_LINK_CHARS } = await import('../lib/share/link');
    const hash = await encodeLink(linkPayload(collection, viewOf(getMap?.()), edits, others));
    const url = `${location.origin}${location.pathname}${location.search}${hash}`;
    if (url.length > MAX_LINK_CHARS) {
      setLink(null);
      setTooLong(true);
      setStatus(`This map is too large for a link (${url.length.toLocaleString('en')} characters; links stop at ${MAX_LINK_CHARS.toLocaleString('en')}).`);
      return;
    }
    setTooLong(false);
    setLink(url);
    try {
      await copyText(url);
      setStatus('Copied the map link');
    } catch {
      setStatus('The link is below: copy it from there');
    }
  };

  return (
    <div className="export-buttons">
      <button type="button" onClick={download} disabled={disabled}>
        Export GeoJSON
      </button>
      <button type="button" onClick={copy} disabled={disabled}>
        Copy
      </button>
      <button type="button" onClick={makeLink} disabled={disabled}>
        Link to this map
      </button>
      <details className="export-menu">
        <summary>More formats</summary>
        <ul>
          {FILES.map(([format, label]) => (
            <li key={format}>
              <button type="button" disabled={disabled} onClick={() => exportFile(format)}>
                {label}
              </button>
            </li>
          ))}
          <li>
            <button type="button" disabled={disabled} onClick={savePage}>
              Map page (HTML, works offline)
            </button>
          </li>
        </ul>
      </details>
      <span className="status" role="status">
        {status}
        {tooLong && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={savePage}>
              Save the map page
            </button>{' '}
            <button type="button" className="link-button" onClick={download}>
              Save the GeoJSON file
            </button>
          </>
        )}
      </span>
      {link && <input className="share-link" readOnly value={link} aria-label="Map link" onFocus={(e) => e.currentTarget.select()} />}
    </div>
  );
}
