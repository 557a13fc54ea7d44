/**
 * Every export format end to end (issue 13), in the built app under headless Chromium: download the file,
 * read it with an independent parser (papaparse for CSV, @tmcw/togeojson for KML and GPX, JSON for the
 * GIS layers, the PNG's own header and pixels), open it again in the app, open the self-contained page from
 * disk with the network blocked and hover a place, and open a map link in a new tab. Hostile names go
 * through each format and each surface, and nothing they carry runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gpx as gpxToGeojson, kml as kmlToGeojson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/app/lib/format';
import { MARKER_STYLES } from '../../src/app/lib/placeStyle';
import type { AtlasCollection, PlaceFeature } from '../../src/core/geojson/types';
import { HOSTILE_TEXT } from '../support/atlasArbitrary';
import { servedApp } from './support/app';
import { DEFAULT_ARTICLE_FILE } from './support/defaultArticle';
import type { Recorded } from './support/page';
import { ROOT } from './support/server';
import { chromiumSession } from './support/session';

const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = servedApp();
const session = chromiumSession();

const seed = JSON.parse(readFileSync(join(ROOT, DEFAULT_ARTICLE_FILE), 'utf8')) as AtlasCollection;
const seedPlaces = seed.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
const seedRoutes = seed.features.filter((f) => f.properties.kind === 'route');
const base = slugify(seed.article.title);

/** Open the app as a first visit; a link's tab analyses its article in the worker first, so wait longer. */
const open = (url = app.url): Promise<Recorded> => session.open(url, undefined, { timeout: 60_000 });

async function exportAs(page: Page, label: string): Promise<{ download: Download; text: string; bytes: Buffer }> {
  const menu = page.locator('.export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }).catch(async (error: Error) => {
      throw new Error(`no download of ${label}; the app says: ${await page.locator('.export-buttons .status').textContent()} (${error.message})`);
    }),
    menu.getByRole('button', { name: label, exact: true }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  return { download, text: bytes.toString('utf8'), bytes };
}

/** Every place's name, from the place list (markers that would overlap are gathered into groups on the map). */
const markerNames = async (page: Page) => (await page.locator('.place-list .place-name').allTextContents()).sort();

/** Places on the map: single markers plus the counts of groups. */
const placesOnMap = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelectorAll('.leaflet-marker-pane .place-marker').length +
      [...document.querySelectorAll('.leaflet-marker-pane .crowd-marker')].reduce((n, el) => n + Number(el.textContent), 0),
  );

/** Open a file in the app; each call uses a new name, so waiting for its message never sees an earlier one. */
let fileCount = 0;
async function openFile(page: Page, name: string, buffer: Buffer): Promise<string> {
  const details = page.locator('details.article-input');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  const unique = `${++fileCount}-${name}`;
  await page.locator('.article-input input[type=file]').setInputFiles({ name: unique, mimeType: 'application/octet-stream', buffer });
  return unique;
}

/** Wait for the message that a file was opened, and return it. */
async function opened(page: Page, name: string): Promise<string> {
  const message = page.locator('.article-input .message', { hasText: `Opened ${name}:` });
  await message.waitFor({ timeout: 20_000 });
  return (await message.textContent()) ?? '';
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

// Each test opens the app (and some a second tab); on a busy machine that takes longer than the default.
describe('export formats (built app)', { timeout: 120_000 }, () => {
  it('CSV of places: BOM, one row per place, read by papaparse; opened again it shows the same places', async () => {
    const { page } = await open();
    const { download, text } = await exportAs(page, 'Places (CSV)');
    expect(download.suggestedFilename()).toBe(`${base}.places.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const before = await markerNames(page);
    expect(parsed.data.map((r) => r.name).sort()).toEqual(before);
    for (const p of seedPlaces) {
      const row = parsed.data.find((r) => r.name === p.properties.name)!;
      expect(Number(row.latitude)).toBeCloseTo(p.geometry.coordinates[1]!, 5);
      expect(Number(row.longitude)).toBeCloseTo(p.geometry.coordinates[0]!, 5);
      expect(Number(row.mentions)).toBe(p.properties.mentions.length);
    }
    await opened(page, await openFile(page, download.suggestedFilename(), Buffer.from(text)));
    expect(await markerNames(page)).toEqual(before);
  });

  it('CSV of journeys and events: traveller, from, to, status, date and distance for each', async () => {
    const { page } = await open();
    const { text } = await exportAs(page, 'Journeys and events (CSV)');
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    const journeys = rows.filter((r) => r.kind === 'journey');
    expect(journeys).toHaveLength(seedRoutes.length);
    expect(rows.length).toBe(await page.locator('.timeline-item').count());
    for (const r of journeys) {
      expect(`${r.traveller}${r.from}${r.to}`.length).toBeGreaterThan(0);
      expect(Number(r.distance_km)).toBeGreaterThan(0);
      expect(['happened', 'planned', 'proposed', 'cancelled']).toContain(r.status);
    }
  });

  it("KML: togeojson reads every place with the map's colour and description; opened again, the same map", async () => {
    const { page } = await open();
    const { download, text } = await exportAs(page, 'KML (Google Earth)');
    expect(download.suggestedFilename()).toBe(`${base}.kml`);
    const fc = kmlToGeojson(new DOMParser().parseFromString(text, 'text/xml'));
    const points = fc.features.filter((f) => f.geometry?.type === 'Point' && f.properties?.kind !== 'event');
    expect(points.map((f) => f.properties?.name).sort()).toEqual(await markerNames(page));
    const capital = seedPlaces.find((p) => p.properties.placeType === 'capital')!;
    const kmlCapital = points.find((f) => f.properties?.name === capital.properties.name)!;
    expect(kmlCapital.properties?.['icon-color']).toBe(MARKER_STYLES.capital.color);
    expect(kmlCapital.properties?.description).toContain(capital.properties.mentions[0]!.excerpt.slice(0, 20));
    const before = await markerNames(page);
    await opened(page, await openFile(page, download.suggestedFilename(), Buffer.from(text)));
    expect(await page.locator('.app-title').textContent()).toBe(seed.article.title);
    expect(await markerNames(page)).toEqual(before);
  });

  it('GPX: a track per journey and a waypoint per place, read by togeojson', async () => {
    const { page } = await open();
    const { text } = await exportAs(page, 'GPX (routes)');
    const fc = gpxToGeojson(new DOMParser().parseFromString(text, 'text/xml'));
    const tracks = fc.features.filter((f) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString');
    expect(tracks.map((t) => t.properties?.name).sort()).toEqual(seedRoutes.map((r) => r.properties.name).sort());
    expect(fc.features.filter((f) => f.geometry?.type === 'Point')).toHaveLength(seedPlaces.length);
    await opened(page, await openFile(page, 'trip.gpx', Buffer.from(text)));
    expect(await page.locator('.leaflet-overlay-pane path.leaflet-interactive').count()).toBeGreaterThanOrEqual(seedRoutes.length);
  });

  it('GIS layers: one geometry type per file, scalar properties only', async () => {
    const { page } = await open();
    for (const [label, type] of [
      ['GIS: places (GeoJSON points)', 'Point'],
      ['GIS: routes (GeoJSON lines)', 'MultiLineString'],
      ['GIS: countries named (GeoJSON polygons)', 'MultiPolygon'],
    ] as const) {
      const { text } = await exportAs(page, label);
      const fc = JSON.parse(text) as GeoJSON.FeatureCollection;
      expect(fc.features.length, label).toBeGreaterThan(0);
      expect(new Set(fc.features.map((f) => f.geometry.type)), label).toEqual(new Set([type]));
      for (const f of fc.features) for (const v of Object.values(f.properties ?? {})) expect(['string', 'number']).toContain(typeof v);
    }
  });

  it('PNG: the map view at twice its size, with markers in their colours', async () => {
    const { page } = await open();
    const box = (await page.locator('.leaflet-container').boundingBox())!;
    // Where a route's line is on screen, relative to the map: the image must have route blue there too.
    // The longest route, a quarter of the way along (its arrow and distance label sit at the middle).
    const routePoint = await page.locator('.leaflet-overlay-pane').evaluate((pane) => {
      const paths = [...pane.querySelectorAll<SVGPathElement>('path[stroke="#0b57d0"]')].filter((p) => !p.classList.contains('story-event-marker'));
      const path = paths.sort((a, b) => b.getTotalLength() - a.getTotalLength())[0]!;
      const p = path.getPointAtLength(path.getTotalLength() / 4).matrixTransform(path.getScreenCTM()!);
      const map = document.querySelector('.leaflet-container')!.getBoundingClientRect();
      return { x: p.x - map.left, y: p.y - map.top };
    });
    const { bytes, download } = await exportAs(page, 'Image of the map (PNG)');
    expect(download.suggestedFilename()).toBe(`${base}.png`);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(bytes.readUInt32BE(20)).toBe(Math.round(box.height) * 2);
    writeFileSync(join(ARTIFACTS, 'e2e-export.png'), bytes);
    // Count pixels in the capital marker's colour, and in the tinted-country colour of the basemap.
    const counts = await page.evaluate(async ({ b64, at }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const near = (i: number, rgb: number[]) => Math.abs(d[i]! - rgb[0]!) + Math.abs(d[i + 1]! - rgb[1]!) + Math.abs(d[i + 2]! - rgb[2]!) < 12;
      let capital = 0;
      let tint = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (near(i, [0xb3, 0x26, 0x1e])) capital++;
        if (near(i, [0xf3, 0xc9, 0x6b])) tint++;
      }
      // Route blue (#0b57d0, drawn at 0.95 opacity) within 3 px of the line's middle, at twice the scale.
      let route = 0;
      for (let dy = -6; dy <= 6; dy++) {
        for (let dx = -6; dx <= 6; dx++) {
          const i = ((Math.round(at.y * 2) + dy) * c.width + Math.round(at.x * 2) + dx) * 4;
          if (d[i + 2]! > 150 && d[i]! < 80 && d[i + 1]! < 130) route++;
        }
      }
      return { capital, tint, route };
    }, { b64: bytes.toString('base64'), at: routePoint });
    expect(counts.capital).toBeGreaterThan(50);
    expect(counts.tint).toBeGreaterThan(1000);
    expect(counts.route, 'route drawn where the map shows it').toBeGreaterThan(4);
  });

  it('map page: one file that opens from disk with the network blocked, shows the map and a tooltip on hover', async () => {
    const { page } = await open();
    const { text, download } = await exportAs(page, 'Map page (HTML, works offline)');
    expect(download.suggestedFilename()).toBe(`${base}.html`);
    const file = join(ARTIFACTS, 'e2e-map-page.html');
    writeFileSync(file, text);
    const offline = await session.browser.context.browser()?.newContext();
    const context = offline ?? session.browser.context;
    const tab = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    tab.on('request', (r) => requests.push(r.url()));
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.route(/^(https?|wss?):/, (route) => route.abort());
    await tab.goto(`file://${file}`);
    const marker = tab.locator('.leaflet-marker-pane .place-marker').first();
    await marker.waitFor({ timeout: 60_000 });
    expect(await placesOnMap(tab)).toBe(seedPlaces.length);
    const first = await marker.getAttribute('aria-label');
    expect(seedPlaces.map((p) => p.properties.name)).toContain(first);
    await marker.hover();
    const tooltip = tab.locator('.leaflet-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('strong').first().textContent()).toBe(first);
    // The article with its highlights, and the timeline.
    expect(await tab.locator('.mention').count()).toBeGreaterThan(seedPlaces.length);
    expect(await tab.locator('.timeline-item').count()).toBeGreaterThan(0);
    // Basemap tiles were drawn from the page's own data.
    await tab.waitForFunction(() => document.querySelectorAll('canvas.leaflet-tile').length > 0);
    await tab.screenshot({ path: join(ARTIFACTS, 'e2e-map-page.png') });
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
    if (offline) await offline.close();
    // The saved page opens in the app again, with the same places.
    const before = await markerNames(page);
    await opened(page, await openFile(page, download.suggestedFilename(), Buffer.from(text)));
    expect(await markerNames(page)).toEqual(before);
  });

  it('link: opened in a new tab it shows the same places at the same view', async () => {
    const { page } = await open();
    // Move the view away from the first fit, so the link has to carry it.
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    await page.mouse.move(300, 300);
    await page.getByRole('button', { name: 'Link to this map' }).click();
    const link = await page.getByLabel('Map link').inputValue();
    expect(link).toMatch(/#map=1\.[A-Za-z0-9_-]+$/);
    const positions = (p: Page) =>
      p.locator('.leaflet-marker-pane .place-marker, .leaflet-marker-pane .crowd-marker').evaluateAll((els) =>
        els
          .map((e) => {
            const r = e.getBoundingClientRect();
            return `${e.getAttribute('aria-label')}@${Math.round(r.x)},${Math.round(r.y)}`;
          })
          .sort(),
      );
    const before = await positions(page);
    const { page: tab } = await open(link);
    await tab.waitForFunction(
      (n) => document.querySelectorAll('.leaflet-marker-pane .place-marker, .leaflet-marker-pane .crowd-marker').length === n,
      before.length,
      { timeout: 60_000 },
    );
    expect(await tab.locator('.app-title').textContent()).toBe(seed.article.title);
    expect(await positions(tab)).toEqual(before);
  });

  it('a map too large for a link says so and offers the page and the file', async () => {
    const { page } = await open();
    const rows = Array.from({ length: 1200 }, (_, i) => `Spot ${i} ${'q'.repeat(i % 17)},${((i * 7.31) % 170) - 85},${((i * 13.7) % 358) - 179}`);
    expect(await opened(page, await openFile(page, 'many.csv', Buffer.from(['name,lat,lon', ...rows].join('\n'))))).toMatch(/: 1200 features\./);
    await page.getByRole('button', { name: 'Link to this map' }).click();
    await page.getByText(/too large for a link/).waitFor();
    await expect(page.getByRole('button', { name: 'Save the map page' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Save the GeoJSON file' }).count()).resolves.toBe(1);
  });
});

describe('import: broken and hostile files', { timeout: 120_000 }, () => {
  it('a malformed file gets a message saying what and where, and the map shown stays', async () => {
    const { page } = await open();
    const before = await markerNames(page);
    const alert = (text: RegExp) => page.getByRole('alert').filter({ hasText: text }).waitFor({ timeout: 20_000 });
    await openFile(page, 'broken.kml', Buffer.from('<kml xmlns="http://www.opengis.net/kml/2.2">\n<Placemark><name>A</nam></Placemark></kml>'));
    await alert(/The KML file is not well-formed XML: line 2, column \d+/);
    await openFile(page, 'table.csv', Buffer.from('town,population\nOslo,700000'));
    await alert(/no latitude .* and no longitude .* column\. Its columns: "town", "population"/);
    await openFile(page, 'bad.geojson', Buffer.from('{\n "type": "FeatureCollection",\n "features": [}\n}'));
    await alert(/Not valid JSON \(line 3, column 15\)/);
    expect(await markerNames(page)).toEqual(before);
    expect(await page.locator('.app-title').textContent()).toBe(seed.article.title);
  });

  it('hostile names in CSV, KML and GPX show as text on every surface and run nothing', async () => {
    const { page } = await open();
    const names = HOSTILE_TEXT.slice(0, 7);
    const csv = Papa.unparse({ fields: ['name', 'latitude', 'longitude', 'description'], data: names.map((n, i) => [n, -50 + i * 15, -160 + i * 50, n]) });
    expect(await opened(page, await openFile(page, 'hostile.csv', Buffer.from(csv)))).toMatch(/: 7 features\./);
    for (const format of ['KML (Google Earth)', 'GPX (routes)', 'Places (CSV)']) {
      const { text, download } = await exportAs(page, format);
      expect(await opened(page, await openFile(page, download.suggestedFilename(), Buffer.from(text))), format).toMatch(/: 7 features\./);
      const shown = await markerNames(page);
      expect(shown, format).toEqual([...names].sort());
    }
    // Markers far apart are single: hover the first and read its tooltip.
    const marker = page.locator('.leaflet-marker-pane .place-marker').first();
    const name = await marker.getAttribute('aria-label');
    expect(names).toContain(name);
    await marker.hover();
    await expect(page.locator('.leaflet-tooltip strong').first().textContent()).resolves.toBe(name);
    const markup = '.leaflet-tooltip img, .leaflet-tooltip script, .leaflet-tooltip svg, .place-list img, .place-list script, .place-list svg';
    await expect(page.locator(markup).count()).resolves.toBe(0);
    // The page and the link carry the same names; neither runs them.
    const { text } = await exportAs(page, 'Map page (HTML, works offline)');
    expect(text).not.toContain('<img src=x');
    expect(text).not.toContain('<script>window');
    await page.getByRole('button', { name: 'Link to this map' }).click();
    const link = await page.getByLabel('Map link').inputValue();
    const { page: tab } = await open(link);
    await tab.waitForFunction(() => document.querySelectorAll('.place-list .place-name').length === 7, undefined, { timeout: 60_000 });
    expect(await markerNames(tab)).toEqual([...names].sort());
    expect(await pwned(page)).toBeUndefined();
    expect(await pwned(tab)).toBeUndefined();
  });
});
