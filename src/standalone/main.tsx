/** Entry point of the self-contained map page (see scripts/vite/standalonePage.ts and StandaloneApp). */
import 'leaflet/dist/leaflet.css';
import '../app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandaloneApp } from '../app/components/StandaloneApp';
import { readGeojson } from '../app/lib/collection';
import { PAGE_DATA_ID } from '../app/lib/export/pageData';
import type { MapView } from '../app/lib/share/link';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
let data: { collection?: unknown; view?: MapView } = {};
try {
  data = JSON.parse(document.getElementById(PAGE_DATA_ID)?.textContent ?? '{}');
} catch {
  // Shown below as "no map".
}
const result = readGeojson(data.collection);
createRoot(root).render(
  <StrictMode>
    {result.ok ? (
      <StandaloneApp collection={result.value.collection} others={result.value.others} view={data.view ?? null} />
    ) : (
      <p className="message message--error" role="alert">
        This page holds no map: {result.error}
      </p>
    )}
  </StrictMode>,
);
