/**
 * The built app under a strict Content-Security-Policy and given bad or foreign files (issue 11), in headless
 * Chromium: zero CSP violations across load, paste, opening files, export and copy; the preview server's
 * security headers; a broken file leaves the page whole.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSP_HEADER } from '../../scripts/csp';
import { servedApp } from './support/app';
import { type Browser, launchChromium } from './support/browser';
import { openApp, type Recorded } from './support/page';

// Each test walks through several steps (paste and analyse, open, export, copy): more than the default
// 30 s when the machine is shared.
vi.setConfig({ testTimeout: 120_000 });

const app = servedApp();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Open the app recording every CSP violation the page reports (as events, before any console message). */
async function openRecording(): Promise<Recorded & { violations: () => Promise<string[]> }> {
  // openApp opens its own page: register the recorder on the context so that page has it too.
  await browser.context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const recorded = await openApp(browser.context, app.url);
  return { ...recorded, violations: () => recorded.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

const openInput = (page: Page) => page.locator('summary', { hasText: 'Open another article' }).click();

describe('Content-Security-Policy (built app)', () => {
  it('serves the policy and nosniff as headers, and the same policy in the page', async () => {
    const response = await fetch(app.url);
    expect(response.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = (await response.text()).replaceAll('&#39;', "'");
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';[^"]*object-src 'none'; base-uri 'none'/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(CSP_HEADER).toMatch(/worker-src 'self' blob:/);
    expect(CSP_HEADER).toMatch(/connect-src 'self';/);
    expect(CSP_HEADER).toMatch(/img-src 'self' data: blob: https:\/\/tile\.openstreetmap\.org;/);
  });

  it('has no violation across load, paste, open a file, export and copy', async () => {
    const { page, errors, violations } = await openRecording();
    // Paste an article: analysed in the worker.
    await openInput(page);
    await page.getByLabel(/Paste article text/).fill('Ministers flew from Moscow to Pyongyang on Monday.');
    await page.getByRole('button', { name: 'Map this text' }).click();
    await expect.poll(() => page.locator('.article-text').textContent(), { timeout: 30_000 }).toContain('Pyongyang');
    // Open a file of another tool.
    const foreign = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.86] }, properties: { name: 'Paris', 'marker-color': '#d62728' } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 40], [5, 40], [5, 45], [0, 40]]] }, properties: { name: 'Area', fill: 'url(http://example.com/x.png)' } },
      ],
    };
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'places.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(foreign)) });
    await expect.poll(() => page.getByRole('status').allTextContents()).toContain('Opened places.geojson: 2 features.');
    await expect.poll(() => page.locator('.leaflet-overlay-pane path.leaflet-interactive').count()).toBeGreaterThanOrEqual(2);
    // Export and copy.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.geojson$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Copied')]));
    // Switch on the OpenStreetMap layer: its tiles are images from the one allowed outside host.
    await page.locator('.leaflet-control-layers').hover();
    await page.getByLabel('OpenStreetMap').check();
    await page.waitForTimeout(500);
    expect(await violations()).toEqual([]);
    expect(errors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    // The policy is in force and the recorder hears it: an inline script and an image from elsewhere are refused.
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://example.com/x.png';
      document.body.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^img-src http:\/\/example\.com/), expect.stringMatching(/^script-src(-elem)? inline/)]));
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await page.close();
  });
});

describe('bad and foreign files (built app)', () => {
  it('a file with one bad value: the rest is shown and the bad feature reported; nothing usable keeps the map', async () => {
    const { page, errors } = await openApp(browser.context, app.url);
    await openInput(page);
    const bad = {
      type: 'FeatureCollection',
      article: { title: 'Two places', text: 'Moscow and Paris.', byline: {} },
      features: [
        { type: 'Feature', id: 'place:moscow', geometry: { type: 'Point', coordinates: [37.62, 55.75] }, properties: { kind: 'place', name: 'Moscow', placeType: 'capital', countryCode: 'RU', mentions: [{ start: 0, end: 6, text: 'Moscow', excerpt: 'Moscow and Paris.' }] } },
        { type: 'Feature', id: 'place:paris', geometry: { type: 'Point', coordinates: [2.35, 200] }, properties: { kind: 'place', name: 'Paris', placeType: 'capital', countryCode: 'FR', mentions: [] } },
        { type: 'Feature', id: 'route:x', geometry: { type: 'LineString', coordinates: [[37.62, 55.75], [2.35, 48.86]] }, properties: { kind: 'route', name: 'x', from: 'place:moscow', to: 'place:paris', actors: 'x', status: '__proto__', mentions: [] } },
      ],
    };
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'bad.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(bad)) });
    const status = page.locator('.article-input [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Opened bad\.geojson: 1 feature\. 2 features left out: feature 2 \(place:paris\), coordinates out of range; feature 3 \(route:x\), actors should be a list, not "x"\./);
    await expect.poll(() => page.locator('.app-title').textContent()).toBe('Two places');
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'empty.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","article":{"byline":{}},"features":[]}') });
    await expect.poll(() => page.locator('.article-input [role="alert"]').textContent()).toBe('The file has no features and no article text.');
    await expect(page.locator('.app-title').textContent()).resolves.toBe('Two places');
    await expect(page.locator('#root').innerHTML()).resolves.not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('isolates right-to-left overrides from files in the header, the place list and tooltips', async () => {
    const { page, errors } = await openApp(browser.context, app.url);
    await openInput(page);
    const text = 'Report from Moscow.';
    const file = {
      type: 'FeatureCollection',
      article: { title: 'Invoice \u202Efdp.exe', text },
      features: [
        { type: 'Feature', id: 'place:moscow', geometry: { type: 'Point', coordinates: [37.62, 55.75] }, properties: { kind: 'place', name: 'Mos\u202Ecow', placeType: 'capital', countryCode: 'RU', mentions: [{ start: 12, end: 18, text: 'Moscow', excerpt: text }] } },
      ],
    };
    await page.locator('.article-input input[type=file]').setInputFiles({ name: 'rlo.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator('.app-title').textContent()).toBe('Invoice \u202Efdp.exe');
    const bidi = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).unicodeBidi);
    await expect(bidi('.app-title')).resolves.toBe('isolate');
    await expect(bidi('.article-text')).resolves.toBe('isolate');
    const listed = page.locator('.side-panel').getByText('Mos\u202Ecow').first();
    await expect(listed.evaluate((el) => getComputedStyle(el).unicodeBidi)).resolves.toBe('isolate');
    await page.locator('.leaflet-marker-pane .place-marker').first().hover();
    const tooltipText = page.locator('.leaflet-tooltip').getByText('Mos\u202Ecow').first();
    await tooltipText.waitFor();
    await expect(tooltipText.evaluate((el) => getComputedStyle(el).unicodeBidi)).resolves.toBe('isolate');
    expect(errors).toEqual([]);
    await page.close();
  });
});
