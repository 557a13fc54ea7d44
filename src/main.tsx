/** Entry point of the browser app. */
import 'leaflet/dist/leaflet.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, STRESS } from './app/App';
import { tileRenderer } from './app/canvas/tileRenderer';
import { startPreloads } from './app/data/preload';

// Request the article and the basemap before React renders, so they arrive while the map mounts.
if (!STRESS) startPreloads();
// The map's tiles are drawn in a worker: start it now, in parallel with the first render.
tileRenderer().warmUp();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
