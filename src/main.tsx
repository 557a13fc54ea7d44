/** Entry point of the browser app. */
import 'leaflet/dist/leaflet.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, STRESS } from './app/App';
import { startPreloads } from './app/data/preload';
import { reportRenderError } from './app/lib/reportError';

/**
 * How long the first render waits for the tile worker's thread to start (ms). Chromium starts it from a task
 * on this thread; React's first render (a few hundred ms on a slow machine) would hold that up, and the
 * basemap with it. It takes a few tens of ms; the bound keeps a worker that never answers from delaying the page.
 */
const WORKER_START_WAIT_MS = 150;

// Request the article and the basemap before React renders, so they arrive while the map mounts.
const workerStarted = startPreloads({ article: !STRESS });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const render = () =>
  // A render error caught by an error boundary is logged once (React's default would log each retry).
  createRoot(root, { onCaughtError: reportRenderError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void Promise.race([workerStarted, new Promise((resolve) => setTimeout(resolve, WORKER_START_WAIT_MS))]).then(render);
