/**
 * End-to-end tests of the built app in headless Chromium, served on 127.0.0.1 (issue 3, part 4).
 * Screenshots go to test-artifacts/. Chromium missing → the suite fails with a message (see support/browser).
 */

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/app/lib/format';
import type { AtlasCollection } from '../../src/core/geojson/types';
import { servedApp } from './support/app';
import { axeViolations } from './support/axe';
import { INITIAL_CSS_BUDGET, INITIAL_JS_BUDGET, measureInitialBundle } from './support/bundle';
import { DEFAULT_ARTICLE_FILE } from './support/defaultArticle';
import { externalRequests, type Recorded, tapAway } from './support/page';
import { ROOT } from './support/server';
import { chromiumSession } from './support/session';

const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = servedApp();
const session = chromiumSession();

/** The GeoJSON the app shows by default, read from the repository. */
const expected = JSON.parse(readFileSync(join(ROOT, DEFAULT_ARTICLE_FILE), 'utf8')) as AtlasCollection;
const expectedPlaces = expected.features.filter((f) => f.properties.kind === 'place');

/** Open the app at `path` (a query), its console errors checked after the test. */
const open = (path = ''): Promise<Recorded> => session.open(app.url + path);

const marker = (page: Page, name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
/** The Distances panel (the journeys editor has its own From and To). */
const distances = (page: Page) => page.getByRole('tabpanel', { name: 'Distances' });
/** The group of crowded markers holding a place (named after its places), at this zoom. */
const crowdWith = (page: Page, name: string) => page.locator(`.leaflet-marker-pane .crowd-marker[aria-label*="${name}"]`);
/** Spread every group of crowded markers, so every place has its own marker. */
async function spreadAll(page: Page): Promise<void> {
  for (const group of await page.locator('.crowd-marker[aria-expanded="false"]').all()) await group.dispatchEvent('click');
}

describe('map explorer (built app, headless Chromium)', () => {
  it('shows every place of the default article as a named marker, crowded ones in a group that spreads', async () => {
    const { page } = await open();
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-default.png') });
    const groups = page.locator('.crowd-marker');
    await expect(groups.count()).resolves.toBeGreaterThan(0);
    // One group open at a time: each group, spread, shows its places as markers.
    const seen = new Set<string>();
    for (const name of await page.locator('.leaflet-marker-pane .place-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))) seen.add(name);
    for (let i = 0; i < (await groups.count()); i++) {
      await groups.nth(i).dispatchEvent('click');
      for (const name of await page.locator('.leaflet-marker-pane .place-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!))) seen.add(name);
    }
    for (const p of expectedPlaces) expect(seen.has(p.properties.name), p.properties.name).toBe(true);
  });

  it('hover Moscow on the map → its tooltip holds a sentence of the article that mentions Moscow', async () => {
    const { page } = await open();
    await marker(page, 'Moscow').hover();
    const tooltip = page.locator('.leaflet-tooltip.place-tooltip-wrapper');
    await tooltip.waitFor({ state: 'visible' });
    const sentences = await tooltip.locator('li').allTextContents();
    const articleText = (await page.locator('.article-text').textContent()) ?? '';
    expect(sentences.length).toBeGreaterThan(0);
    for (const s of sentences) {
      expect(s).toContain('Moscow');
      expect(articleText).toContain(s);
    }
    await expect(tooltip.locator('em').first().textContent()).resolves.toBe('Moscow');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-hover-moscow.png') });
  });

  it('hover the mention "Panmunjom" in the text → the Panmunjom marker is highlighted', async () => {
    const { page } = await open();
    // At the first view Panmunjom is in the Korean group: hovering its mention highlights the group.
    const group = crowdWith(page, 'Panmunjom');
    await expect(group.getAttribute('class')).resolves.not.toContain('is-active');
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).first().hover();
    await expect.poll(() => group.getAttribute('class')).toContain('is-active');
    await page.mouse.move(5, 5);
    await group.dispatchEvent('click');
    const m = marker(page, 'Panmunjom');
    await expect(m.getAttribute('class')).resolves.not.toContain('is-active');
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).first().hover();
    await expect.poll(() => m.getAttribute('class')).toContain('is-active');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-hover-panmunjom-mention.png') });
    // And back: hovering the marker highlights its mentions in the text.
    await page.mouse.move(5, 5);
    await m.dispatchEvent('mouseover');
    await expect.poll(() => page.locator('mark.mention.is-active', { hasText: 'Panmunjom' }).count()).toBeGreaterThan(0);
  });

  it('Tab reaches a place marker and shows its tooltip', async () => {
    const { page } = await open();
    let name: string | null = null;
    for (let i = 0; i < 40 && !name; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('place-marker') ? el.getAttribute('aria-label') : null;
      });
    }
    expect(name, 'no marker reached with Tab').toBeTruthy();
    const tooltip = page.locator('.leaflet-tooltip.place-tooltip-wrapper');
    await tooltip.waitFor({ state: 'visible' });
    await expect(tooltip.locator('.place-tooltip-title strong').textContent()).resolves.toBe(name);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-tab-focus.png') });
  });

  it('Export GeoJSON → the file parses, validates and holds every place with its mentions', async () => {
    const { page } = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe(`${slugify(expected.article.title)}.geojson`);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(getIssues(text)).toEqual([]);
    const out = JSON.parse(text) as AtlasCollection;
    expect(out.article.text).toBe(expected.article.text);
    for (const p of expectedPlaces) {
      const got = out.features.find((f) => f.id === p.id);
      expect(got, p.id).toBeDefined();
      expect(got!.properties.mentions).toEqual(p.properties.mentions);
    }
    await expect(page.locator('.export-buttons .status').textContent()).resolves.toContain('.geojson');
  });

  it('Copy puts the same GeoJSON on the clipboard', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const { page } = await open();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('.export-buttons .status').textContent()).resolves.toContain('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(getIssues(copied)).toEqual([]);
    expect((JSON.parse(copied) as AtlasCollection).features.length).toBeGreaterThanOrEqual(expectedPlaces.length);
  });

  it('picking two places shows their distance under each model', async () => {
    const { page } = await open();
    await spreadAll(page);
    const first = expectedPlaces[0]!.properties.name;
    const second = expectedPlaces[1]!.properties.name;
    await marker(page, first).dispatchEvent('click');
    await marker(page, second).dispatchEvent('click');
    const table = page.locator('.distance-figures');
    await table.waitFor();
    await expect(table.locator('caption').textContent()).resolves.toBe(`${first} – ${second}`);
    await expect(table.locator('tr').count()).resolves.toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-distance.png') });
  });

  it('Moscow–Beijing shows 5,793 km (round Earth) and 5,808 km (true shape), each labelled with its model in plain words', async () => {
    const { page } = await open();
    await page.getByRole('tab', { name: 'Distances' }).click();
    await distances(page).getByLabel('From', { exact: true }).selectOption({ label: 'Moscow' });
    await distances(page).getByLabel('To', { exact: true }).selectOption({ label: 'Beijing' });
    const table = page.locator('.distance-figures');
    await expect(table.locator('tr[data-model="turf"]').textContent()).resolves.toMatch(/round Earth.*5,793(\.\d)? km/);
    await expect(table.locator('tr[data-model="ellipsoid"]').textContent()).resolves.toMatch(/true Earth shape.*5,808(\.\d)? km/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-moscow-beijing.png') });
  });

  it('draws a Tokyo → Los Angeles route over the Pacific, not across the whole map', async () => {
    const { page } = await open();
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page.locator('.article-input input[type=file]').setInputFiles(join(ROOT, 'test/fixtures/app/dateline.geojson'));
    await marker(page, 'Los Angeles').waitFor();
    // The arc is drawn twice, one world apart; the offset between the copies is the world's width.
    const boxes = await page.locator('path.leaflet-interactive[stroke-dasharray]').evaluateAll((els) =>
      els.map((e) => (e as SVGGraphicsElement).getBBox()).map((b) => ({ x: b.x, width: b.width })),
    );
    expect(boxes).toHaveLength(2);
    const world = Math.abs(boxes[0]!.x - boxes[1]!.x);
    for (const b of boxes) expect(b.width / world).toBeLessThan(0.4); // 102° of 360°; the wrong way is 258°
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-dateline.png') });
  });

  it('opens a GeoJSON file with 5,000 places without DOM markers, and stays responsive', async () => {
    const { page } = await open();
    const features = Array.from({ length: 5000 }, (_, i) => ({
      type: 'Feature',
      id: `place:p${i}`,
      geometry: { type: 'Point', coordinates: [((i * 37) % 360) - 180, ((i * 17) % 160) - 80] },
      properties: { kind: 'place', name: `P${i}`, mentions: [], placeType: 'city', countryCode: '' },
    }));
    const buffer = Buffer.from(JSON.stringify({ type: 'FeatureCollection', article: { title: 'Many' }, features }));
    await page.locator('summary', { hasText: 'Open another article' }).click();
    const started = Date.now();
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'many.geojson', mimeType: 'application/geo+json', buffer });
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByText(/5,000 places and 0 routes: drawn without markers/).waitFor();
    await expect(page.locator('.leaflet-marker-pane .place-marker').count()).resolves.toBe(0);
    await expect.poll(() => page.locator('.leaflet-overlay-pane .cloud-tiles canvas').count()).toBeGreaterThan(0);
    // The page answers input at once afterwards.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - started).toBeLessThan(10_000);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-many-places.png') });
  });

  it('shows a message for a binary file and keeps the current article', async () => {
    const { page } = await open();
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/binary/);
    await marker(page, expectedPlaces[0]!.properties.name).waitFor();
  });

  it('analyses pasted text in the worker and maps it', async () => {
    const { page } = await open();
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page.getByLabel(/Paste article text/).fill('Foreign ministers met in Moscow on Monday before flying to Pyongyang.');
    await page.getByRole('button', { name: 'Map this text' }).click();
    await expect.poll(() => page.locator('.article-text').textContent(), { timeout: 30_000 }).toContain('flying to Pyongyang');
    await marker(page, 'Pyongyang').waitFor({ timeout: 30_000 });
    await marker(page, 'Moscow').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-worker.png') });
  });

  it('maps journeys in pasted text, named and unnamed travellers alike, dated from the publication date given', async () => {
    const { page } = await open();
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page
      .getByLabel(/Paste article text/)
      .fill('Maria Lopez flew from Mexico City to Paris on Monday. A convoy of 40 trucks drove from Amman to Damascus on Tuesday.');
    await page.getByLabel('Published on').fill('2024-03-06');
    await page.getByRole('button', { name: 'Map this text' }).click();
    await expect.poll(() => page.locator('.article-text').textContent(), { timeout: 30_000 }).toContain('Amman to Damascus');
    // The timeline is a tab of its own.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const names = page.locator('.timeline-name');
    await expect.poll(() => names.allTextContents(), { timeout: 30_000 }).toEqual(['Maria Lopez: Mexico City → Paris', 'A convoy of 40 trucks: Amman → Damascus']);
    // "on Monday" and "on Tuesday" count from the date given: both journeys are dated, so the timeline can play.
    await expect(page.locator('.timeline-when').allTextContents()).resolves.toEqual(['Monday · 4 Mar 2024', 'Tuesday · 5 Mar 2024']);
    await expect(page.locator('.timeline-play').isEnabled()).resolves.toBe(true);
    await expect.poll(() => page.locator('.route-arrow-label').count()).toBe(2);
    // The view moved to the new places: wait for its basemap tiles before the screenshot.
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.basemap-tiles canvas:not(.leaflet-tile-loaded)').length)).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-pasted-journeys.png') });
  });

  it('in the default mode, no request leaves 127.0.0.1', async () => {
    const r = await open();
    const { page } = r;
    await marker(page, 'Moscow').hover();
    await page.locator('.leaflet-control-layers').hover();
    await page.waitForTimeout(300);
    expect(r.requests.length).toBeGreaterThan(3);
    expect(externalRequests(r.requests)).toEqual([]);
  });

  it('stress mode (?stress=1) draws 10,000 places and 2,000 routes without errors or outside requests', async () => {
    const r = await session.open(`${app.url}?stress=1`, '.leaflet-overlay-pane .cloud-tiles canvas');
    await r.page.waitForFunction(() => document.documentElement.dataset.stressReady === '1');
    await expect(r.page.locator('.app-title').textContent()).resolves.toContain('10000 places');
    expect(externalRequests(r.requests)).toEqual([]);
    await r.page.screenshot({ path: join(ARTIFACTS, 'e2e-stress.png') });
  });

  it('the OpenStreetMap layer is offered with attribution, and the data credits are shown', async () => {
    const { page } = await open();
    const attribution = (await page.locator('.leaflet-control-attribution').textContent()) ?? '';
    for (const credit of ['Natural Earth', 'GeoNames', 'CC BY 4.0', 'world-countries', 'OpenStreetMap', 'ODbL']) expect(attribution).toContain(credit);
    await page.locator('.leaflet-control-layers').hover();
    await expect(page.getByLabel(/OpenStreetMap tiles/).count()).resolves.toBe(1);
  });

  it('on a phone-sized screen the credits fold to one line clear of the folded legend, and unfold on hover', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await marker(page, 'Moscow').waitFor();
    const credits = page.locator('.leaflet-control-attribution');
    const folded = (await credits.boundingBox())!;
    expect(folded.height).toBeLessThan(24);
    const legend = page.locator('.legend');
    await expect(legend.getAttribute('open')).resolves.toBeNull();
    const legendBox = (await legend.boundingBox())!;
    const apart = legendBox.x + legendBox.width <= folded.x || legendBox.y + legendBox.height <= folded.y;
    expect(apart, 'legend and credits overlap').toBe(true);
    // Folded, not removed: every credit is still in the page, and hovering shows them all.
    for (const credit of ['Natural Earth', 'GeoNames', 'world-countries', 'OpenStreetMap']) await expect(credits.textContent()).resolves.toContain(credit);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-phone.png') });
    await credits.hover();
    await expect.poll(async () => (await credits.boundingBox())!.height).toBeGreaterThan(folded.height * 2);
    const unfolded = (await credits.boundingBox())!;
    expect(unfolded.x).toBeGreaterThanOrEqual(0);
    expect(unfolded.x + unfolded.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-phone-credits.png') });
  });

  it('passes axe-core accessibility checks: the page, a tooltip, a chosen journey, an error, on a phone', async () => {
    const { page } = await open();
    expect(await axeViolations(page)).toEqual([]);
    await marker(page, 'Moscow').hover();
    await page.locator('.leaflet-tooltip').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.locator('.timeline-item button').first().click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Article' }).click();
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page.getByRole('button', { name: 'Map this text' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await marker(page, 'Moscow').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('switching to the OpenStreetMap layer requests tiles (blocked here: no network in tests) and switching back restores the offline basemap', async () => {
    const r = await open();
    const { page } = r;
    const tileRequests: string[] = [];
    await page.route('https://tile.openstreetmap.org/**', (route) => {
      tileRequests.push(route.request().url());
      return route.abort();
    });
    await page.locator('.leaflet-control-layers').hover();
    await page.getByLabel(/OpenStreetMap tiles/).check();
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await expect(page.locator('.basemap-tiles canvas').count()).resolves.toBe(0);
    await page.getByLabel(/Natural Earth/).check();
    await expect.poll(() => page.locator('.basemap-tiles canvas').count()).toBeGreaterThan(0);
    // Failed tile loads are expected here; only they may appear as console errors.
    r.errors.splice(0, r.errors.length, ...r.errors.filter((e) => !/ERR_FAILED|Failed to load resource/.test(e)));
  });
});

describe('on a touch phone', () => {
  const phone = chromiumSession({ touch: true });

  it('tapping a marker shows the same tooltip as hover, kept inside the map', async () => {
    const r = await phone.open(app.url);
    const { page } = r;
    const map = (await page.locator('.map').boundingBox())!;
    // The first view frames where the story happens (Washington is outside it): show every place first.
    // A tap, as on a phone: a mouse click would leave the emulated pointer on the button, and the next tap's
    // pointer would move back to it, leaving the marker and closing its tooltip.
    await page.getByRole('button', { name: 'Show all places' }).tap();
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    // Two markers that are not under others at world zoom: one in the middle third, one near the left edge.
    for (const name of ['Moscow', 'Washington']) {
      await marker(page, name).tap();
      const tooltip = page.locator('.leaflet-tooltip.place-tooltip-wrapper');
      await expect.poll(() => tooltip.textContent()).toContain(name);
      // The article's sentences with the mention emphasised, as on hover.
      await expect(tooltip.locator('em').first().textContent()).resolves.toContain(name);
      const box = (await tooltip.boundingBox())!;
      expect(box.x, `${name} tooltip left edge`).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width, `${name} tooltip right edge`).toBeLessThanOrEqual(map.x + map.width);
      if (name === 'Moscow') await page.screenshot({ path: join(ARTIFACTS, 'e2e-phone-tap.png') });
      // A phone's tooltip may cover the next marker; a tap on empty map closes it first.
      await tapAway(page);
    }
    expect(r.errors).toEqual([]);
    await page.close();
  });
});

describe('route and border labels', () => {
  /** Screen boxes of the labels shown and the number hidden as crowded. */
  const labelState = (page: Page) =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('.route-arrow-label, .border-label')];
      const shown = all.filter((l) => getComputedStyle(l).visibility !== 'hidden').map((l) => l.getBoundingClientRect().toJSON() as DOMRect);
      return { shown, hidden: all.length - shown.length };
    });
  const overlapping = (boxes: DOMRect[]) =>
    boxes.some((a, i) => boxes.some((b, j) => j > i && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom));

  it('hides labels that would overlap at world zoom and shows them again when zoomed in', async () => {
    const { page } = await open();
    await expect.poll(async () => (await labelState(page)).hidden).toBeGreaterThan(0);
    const world = await labelState(page);
    expect(overlapping(world.shown)).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-labels-world.png') });
    const spot = (await crowdWith(page, 'Pyongyang').boundingBox())!;
    await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await page.mouse.wheel(0, -240);
    // Poll rather than sleep: on a busy machine the zoom animation and the declutter pass after it take longer.
    await expect.poll(async () => (await labelState(page)).hidden, { timeout: 10_000 }).toBeLessThan(world.hidden);
    expect(overlapping((await labelState(page)).shown)).toBe(false);
  });
});

describe('offline basemap tiles', () => {
  /** How each loaded basemap tile was drawn: 'worker' (a bitmap from the tile worker) or 'main' (a 2D canvas). */
  const tileOrigins = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>('.basemap-tiles canvas.leaflet-tile-loaded')].map((c) =>
        // A canvas holding a worker's bitmap has a 'bitmaprenderer' context, so it cannot give a 2D one.
        c.getContext('2d') === null ? 'worker' : 'main',
      ),
    );

  it('draws the tiles in the tile worker, and the 1:50m countries once zoomed in', async () => {
    const { page } = await open();
    const origins = await tileOrigins(page);
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['worker']));
    await page.waitForFunction(() => performance.getEntriesByName('atlas:basemap-detail-ready').length > 0, undefined, { timeout: 15_000 });
    // Wheel-zoom (about the cursor) into Pyongyang's group, well past zoom 3 where the 1:50m level starts.
    const spot = (await crowdWith(page, 'Pyongyang').boundingBox())!;
    await page.mouse.move(spot.x + spot.width / 2, spot.y + spot.height / 2);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(500);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.basemap-tiles canvas:not(.leaflet-tile-loaded)').length)).toBe(0);
    expect(new Set(await tileOrigins(page))).toEqual(new Set(['worker']));
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-basemap-zoomed.png') });
  });

  it('?tiles=main draws the same tiles on the main thread (the fallback without OffscreenCanvas)', async () => {
    const { page } = await open('?tiles=main');
    const origins = await tileOrigins(page);
    expect(origins.length).toBeGreaterThan(0);
    expect(new Set(origins)).toEqual(new Set(['main']));
    await page.waitForFunction(() => performance.getEntriesByName('atlas:basemap-detail-ready').length > 0, undefined, { timeout: 15_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-basemap-main-thread.png') });
  });

  it('says so when the basemap cannot be loaded, and still shows the places', async () => {
    const page = await session.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Requests from the tile worker pass through the page's routes too.
    await page.route('**/countries-110m*.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(app.url);
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/offline basemap could not be loaded/);
    await marker(page, 'Moscow').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('repeats the basemap east and west of the antimeridian, like a tiled web map', async () => {
    const { page } = await open();
    // At zoom 1 (the minimum) the world is 512 px wide, narrower than the map: copies fill both sides.
    const map = (await page.locator('.map').boundingBox())!;
    await page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(600);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.basemap-tiles canvas:not(.leaflet-tile-loaded)').length)).toBe(0);
    const columns = await page.evaluate(() => new Set([...document.querySelectorAll('.basemap-tiles canvas')].map((c) => Math.round(c.getBoundingClientRect().left))).size);
    expect(columns).toBeGreaterThan(2);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-basemap-world-copies.png') });
  });
});

describe('bundle budget', () => {
  it(`keeps the initial JS within ${INITIAL_JS_BUDGET / 1000} KB gzip, without the gazetteer or the basemap`, () => {
    const bundle = measureInitialBundle(app.outDir);
    expect(bundle.js.length).toBeGreaterThan(0);
    expect(bundle.jsGzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    expect(bundle.cssGzip).toBeLessThanOrEqual(INITIAL_CSS_BUDGET);
    for (const a of [...bundle.js, ...bundle.css]) expect(a.file).not.toMatch(/gazetteer|countries-50m|loadBasemap|worker/);
  });
});
