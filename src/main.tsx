/** Entry point of the browser app. */
import 'leaflet/dist/leaflet.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, STRESS } from './app/App';
import { startPreloads } from './app/data/preload';
import { reportRenderError } from './app/lib/reportError';

// Request the article and the basemap before React renders, so they arrive while the map mounts.
startPreloads({ article: !STRESS });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// A render error caught by an error boundary is logged once (React's default would log each retry).
createRoot(root, { onCaughtError: reportRenderError }).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
