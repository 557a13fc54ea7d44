/** Entry point of the browser app. */
import 'leaflet/dist/leaflet.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, STRESS } from './app/App';
import { startPreloads } from './app/data/preload';
import { reportRenderError } from './app/lib/reportError';

/**
 * How long the first render waits for the tile worker's thread to start and the default article to load
 * (ms). Chromium starts the worker from a task on this thread; React's first render (a few hundred ms on a
 * slow machine) would hold that up, and the basemap with it. With the article at hand, the first render
 * draws it, fitted, at once: one render instead of an empty map and then the article, and no basemap tiles
 * drawn for a world view nobody sees. Both take a few tens of ms on a quiet machine and a few hundred on a
 * busy one, where rendering an empty map first would cost more than it saves; the bound keeps a load that
 * hangs from delaying the page (it then renders at once and shows the article when it comes).
 */
const FIRST_RENDER_WAIT_MS = 500;

// Request the article and the basemap before React renders, so they arrive while the map mounts.
const ready = startPreloads({ article: !STRESS });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  // A render error caught by an error boundary is logged once (React's default would log each retry).
  createRoot(root, { onCaughtError: reportRenderError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void Promise.race([ready, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]).then(render);
