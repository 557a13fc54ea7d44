/**
 * Opening the app in a page while recording every request and every console error, so tests can assert
 * that the default mode stays on 127.0.0.1 and logs nothing.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Recorded {
  page: Page;
  requests: string[];
  errors: string[];
}

/** Requests that leave the machine: anything not on 127.0.0.1 and not an in-page data:/blob: URL. */
export function externalRequests(requests: readonly string[]): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    try {
      return new URL(u).hostname !== '127.0.0.1';
    } catch {
      return true;
    }
  });
}

/** The app's IndexedDB database (src/app/lib/articleStore.ts). */
export const APP_DATABASE = 'news-atlas';

export interface OpenOptions {
  /**
   * Keep the articles and edits earlier pages of this browser saved (a second tab, a returning visitor).
   * By default each page is a first visit: the saved articles are deleted before the app starts, so one
   * test's edits or opened files never decide what the next test's page shows. A reload keeps them either way.
   */
  keepSaved?: boolean;
  /** How long to wait for the markers and the basemap: a link's tab analyses its article first. */
  timeout?: number;
}

/** Markers drawn: a place of its own or a group of crowded places. */
export const MARKERS_DRAWN = '.leaflet-marker-pane .place-marker, .leaflet-marker-pane .crowd-marker';

/**
 * Open `url` in a new page, record requests and errors, and wait until the markers and basemap are drawn.
 * A dialog counts as an error: anything an injected payload ran would open one (alert, confirm).
 * @example const { page, requests, errors } = await openApp(context, app.url);
 */
export async function openApp(
  context: BrowserContext,
  url: string,
  waitFor = MARKERS_DRAWN,
  options: OpenOptions = {},
): Promise<Recorded> {
  const page = await context.newPage();
  if (!options.keepSaved) {
    await page.addInitScript((db) => {
      // Once per tab: sessionStorage survives a reload, which must find what was saved.
      if (sessionStorage.getItem('atlas-e2e-first-visit')) return;
      sessionStorage.setItem('atlas-e2e-first-visit', '1');
      indexedDB.deleteDatabase(db);
      localStorage.clear();
    }, APP_DATABASE);
  }
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog opened: ${d.message()}`);
    void d.dismiss();
  });
  const timeout = options.timeout ?? 30_000;
  await page.goto(url);
  await page.waitForSelector(waitFor, { state: 'attached', timeout });
  await page.waitForFunction(() => performance.getEntriesByName('atlas:basemap-ready').length > 0, undefined, { timeout });
  return { page, requests, errors };
}

/**
 * Close an open place tooltip as a person does on a phone: a tap on empty map (Leaflet closes tooltips on the
 * map's preclick). The spot is one where nothing else is under the finger — no marker, line, label, tooltip
 * or control — so the tap cannot choose something by accident.
 * @example await marker.tap(); …; await tapAway(page);
 */
export async function tapAway(page: import('playwright-core').Page): Promise<void> {
  const spot = await page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    for (let fy = 0.9; fy > 0.1; fy -= 0.1) {
      for (let fx = 0.5; fx < 0.95; fx += 0.05) {
        for (const x of [map.left + map.width * fx, map.left + map.width * (1 - fx)]) {
          const y = map.top + map.height * fy;
          const el = document.elementFromPoint(x, y);
          const busy = el?.closest('.leaflet-interactive, .leaflet-marker-icon, .leaflet-tooltip, .leaflet-control, .route-arrow, .border-label');
          if (el && map && !busy && el.closest('.map')) return { x: x - map.left, y: y - map.top };
        }
      }
    }
    return null;
  });
  if (!spot) throw new Error('no empty spot on the map to tap');
  await page.locator('.map').tap({ position: spot });
  await page.locator('.leaflet-tooltip.place-tooltip-wrapper').waitFor({ state: 'detached' });
  // The next tap must not be read as the second half of a double tap (a zoom, not a choice), as a person's
  // next tap would not be: Leaflet pairs taps up to 250 ms apart.
  await page.waitForTimeout(DOUBLE_TAP_MS + 100);
}

/** Leaflet's double-tap window on touch screens (its DomEvent.DoubleTap delay). */
const DOUBLE_TAP_MS = 250;

/**
 * Wait until the map has finished fitting the article (no zoom animation) and drawn two more frames: what is
 * measured on screen then stays where it was measured.
 * @example await mapSettled(page); const box = await marker.boundingBox();
 */
export async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
