/**
 * End-to-end tests of corrections (issue 9) in the built app, headless Chromium: fixing a place through its
 * candidates and through the gazetteer search, removing one, adding one from selected words, dragging a
 * marker, deleting and adding a journey, undo and redo, a reload that restores everything, two tabs, the
 * export carrying the edits, remembered corrections, storage that fails, and axe on the new panels.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIssues } from '@placemarkio/check-geojson';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasCollection, PlaceFeature, RouteFeature } from '../../src/core/geojson/types';
import { servedApp } from './support/app';
import { axeViolations } from './support/axe';
import { type Browser, launchChromium } from './support/browser';
import { DEFAULT_ARTICLE_FILE } from './support/defaultArticle';
import { mapSettled, type OpenOptions, openApp, type Recorded } from './support/page';
import { ROOT } from './support/server';

const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = servedApp();
let browser: Browser;
const opened: Recorded[] = [];

const expected = JSON.parse(readFileSync(join(ROOT, DEFAULT_ARTICLE_FILE), 'utf8')) as AtlasCollection;
const placeNamed = (name: string) => expected.features.find((f) => f.properties.kind === 'place' && f.properties.name === name) as PlaceFeature;
const routes = expected.features.filter((f) => f.properties.kind === 'route') as RouteFeature[];

beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const r of opened.splice(0)) {
    expect(r.errors, 'console errors').toEqual([]);
    await r.page.close();
  }
});

async function open(options: OpenOptions = {}): Promise<Page> {
  const r = await openApp(browser.context, app.url, undefined, options);
  opened.push(r);
  return r.page;
}

/** Bring a side-panel tab forward (Article, Places, Edits, Saved, …). */
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();
const marker = (page: Page, name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
const panel = (page: Page) => page.locator('.correction-panel');
const editsList = (page: Page) => page.locator('.edits-list li');
const routeArrows = (page: Page) => page.locator('.route-arrow[data-route-id]');
/** Each route draws one arrow per copy of the world it needs; count the routes, not the copies. */
const routeIds = async (page: Page) => [...new Set(await routeArrows(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.routeId)))];

async function exportedCollection(page: Page): Promise<AtlasCollection> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(getIssues(text)).toEqual([]);
  return JSON.parse(text) as AtlasCollection;
}


/** Select words of the article as a person would with the mouse (the nth occurrence of `words` in the text). */
async function selectWords(page: Page, words: string, nth = 0): Promise<void> {
  await page.evaluate(
    ({ words, nth }) => {
      const root = document.querySelector('.article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let at = (node.textContent ?? '').indexOf(words);
        while (at >= 0) {
          if (seen++ === nth) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            const sel = document.getSelection()!;
            sel.removeAllRanges();
            sel.addRange(range);
            return;
          }
          at = (node.textContent ?? '').indexOf(words, at + 1);
        }
      }
      throw new Error(`"${words}" not found in the article`);
    },
    { words, nth },
  );
}

// Each test drives several steps through the worker and IndexedDB: on a busy machine they need more than 30 s.
describe('correcting the map (built app, headless Chromium)', { timeout: 120_000 }, () => {
  it('fixes a place through its candidates, from the marker’s tooltip: every mention moves, routes are re-measured', async () => {
    const page = await open();
    const moscow = placeNamed('Moscow');
    const candidate = moscow.properties.candidates[0]!;
    await marker(page, 'Moscow').hover();
    const tooltip = page.locator('.leaflet-tooltip.place-tooltip-wrapper');
    await tooltip.getByRole('button', { name: 'Not this place?' }).click();
    await panel(page).waitFor();
    await expect(panel(page).locator('h2').textContent()).resolves.toContain('Moscow');
    const options = panel(page).locator('.correction-candidate');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    // The division and country come from the worker's gazetteer.
    await expect.poll(() => options.first().textContent()).toMatch(/United States/);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-candidates.png') });
    const before = (await page.locator('.route-arrow-label').allTextContents()).join('|');
    await options.first().click();
    await expect(panel(page).count()).resolves.toBe(0);
    await expect(editsList(page).first().textContent()).resolves.toContain('“Moscow” is Moscow, US');
    // Routes to and from Moscow now end in the United States: their distances change.
    await expect.poll(async () => (await page.locator('.route-arrow-label').allTextContents()).join('|')).not.toBe(before);
    const out = await exportedCollection(page);
    const moved = out.features.find((f) => f.id === moscow.id)!;
    expect((moved.geometry as { coordinates: number[] }).coordinates).toEqual([candidate.lon, candidate.lat]);
    expect(moved.properties.edited).toMatchObject({ by: 'person', original: { name: 'Moscow', coordinates: moscow.geometry.coordinates } });
    expect(moved.properties.mentions).toEqual(moscow.properties.mentions);
  });

  it('fixes a place through the gazetteer search, from the place list, by keyboard', async () => {
    const page = await open();
    const washington = marker(page, 'Washington');
    const before = (await washington.boundingBox())!;
    await tab(page, 'Places');
    await page.getByRole('button', { name: 'Not this place? Washington' }).click();
    const box = panel(page).getByRole('combobox');
    await expect(box.inputValue()).resolves.toBe('Washington');
    await box.fill('Washington');
    const utah = panel(page).getByRole('option', { name: /Utah/ });
    await utah.waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-search.png') });
    await box.focus();
    // ↓ until the Utah option is the active descendant, then Enter.
    for (let i = 0; i < 10 && (await utah.getAttribute('aria-selected')) !== 'true'; i++) await box.press('ArrowDown');
    await box.press('Enter');
    await expect.poll(() => editsList(page).count()).toBe(1);
    await expect(editsList(page).first().textContent()).resolves.toMatch(/“Washington” is Washington, US/);
    await expect.poll(async () => (await washington.boundingBox())!.x).not.toBe(before.x);
  });

  it('removes a place from one of its mentions in the article; the journey to it goes too', async () => {
    const page = await open();
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).getByRole('button').click();
    await panel(page).getByRole('button', { name: /Not a place: remove Panmunjom/ }).click();
    await expect.poll(() => marker(page, 'Panmunjom').count()).toBe(0);
    await expect(page.locator('mark.mention', { hasText: 'Panmunjom' }).count()).resolves.toBe(0);
    const toPanmunjom = routes.filter((r) => r.properties.to === 'place:panmunjom' || r.properties.from === 'place:panmunjom').map((r) => r.id);
    expect(toPanmunjom.length).toBeGreaterThan(0);
    for (const id of toPanmunjom) expect(await routeIds(page)).not.toContain(id);
  });

  it('adds a missing place from words selected in the article (“Mark as a place” → the search, pre-filled)', async () => {
    const page = await open();
    await expect(page.locator('mark.mention', { hasText: /^peninsula$/ }).count()).resolves.toBe(0);
    await selectWords(page, 'the peninsula');
    await page.getByRole('button', { name: 'Mark “the peninsula” as a place' }).click();
    const box = panel(page).getByRole('combobox');
    await expect(box.inputValue()).resolves.toBe('the peninsula');
    await box.fill('peninsula');
    const option = panel(page).getByRole('option', { name: /Korean Peninsula/ });
    await option.waitFor({ timeout: 30_000 });
    await option.click();
    await expect.poll(() => page.locator('mark.mention', { hasText: /^the peninsula$/ }).count()).toBe(1);
    await expect(editsList(page).first().textContent()).resolves.toContain('Added “the peninsula” as Korean Peninsula');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-added.png') });
  });

  it('drops a pin for a place no gazetteer has and names it with the article’s words', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Drop a pin' }).click();
    const map = (await page.locator('.map').boundingBox())!;
    await page.mouse.click(map.x + map.width * 0.3, map.y + map.height * 0.7);
    await panel(page).getByLabel(/The place’s name/).fill('Reuters Photo');
    await panel(page).getByRole('button', { name: 'Put it on the map' }).click();
    await marker(page, 'Reuters Photo').waitFor();
    // Every "Reuters Photo" of the article joins the pin.
    await expect(page.locator('mark.mention', { hasText: 'Reuters Photo' }).count()).resolves.toBe(4);
  });

  it('drags a marker to move the place', async () => {
    const page = await open();
    await mapSettled(page);
    const beijing = marker(page, 'Beijing');
    const box = (await beijing.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    // North-west, into open country (south-east it would join the crowd of Korean places).
    for (let i = 1; i <= 8; i++) await page.mouse.move(x - i * 10, y - i * 6);
    await page.mouse.up();
    await expect.poll(() => editsList(page).first().textContent()).toMatch(/^Moved Beijing to/);
    const after = (await beijing.boundingBox())!;
    expect(Math.round(box.x - after.x)).toBeGreaterThan(60);
    const out = await exportedCollection(page);
    const moved = out.features.find((f) => f.id === placeNamed('Beijing').id)!;
    expect(moved.properties.edited?.fields).toContain('coordinates');
  });

  it('moves a marker with the arrow keys as one edit, and one Ctrl+Z puts it back', async () => {
    const page = await open();
    await mapSettled(page);
    const beijing = marker(page, 'Beijing');
    const box = (await beijing.boundingBox())!;
    await expect(beijing.getAttribute('aria-describedby')).resolves.toBe('place-marker-keys');
    await expect(page.locator('#place-marker-keys').textContent()).resolves.toMatch(/Arrow keys move this place/);
    await beijing.focus();
    // North-west, into open country, as the drag above.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await beijing.boundingBox())!.x).toBeLessThan(box.x - 40);
    const moved = (await beijing.boundingBox())!;
    expect(Math.round(box.y - moved.y)).toBeGreaterThanOrEqual(4);
    // One edit for the run of nudges; the marker kept focus throughout.
    await expect(editsList(page).count()).resolves.toBe(1);
    await expect(editsList(page).first().textContent()).resolves.toMatch(/^Moved Beijing to/);
    await expect(beijing.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await beijing.boundingBox())!.x)).toBe(Math.round(box.x));
    expect(Math.round((await beijing.boundingBox())!.y)).toBe(Math.round(box.y));
    await expect(editsList(page).count()).resolves.toBe(0);
  });

  it('deletes a journey and adds one; Ctrl+Z and Ctrl+Shift+Z undo and redo, as do the buttons', async () => {
    const page = await open();
    const first = routes[0]!;
    await expect.poll(() => routeIds(page)).toContain(first.id);
    await tab(page, 'Edits');
    await page.locator(`[data-story-id="${first.id}"]`).getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => routeIds(page)).not.toContain(first.id);

    const journeys = page.locator('#panel-edits');
    await journeys.getByText('Add a journey').click();
    await journeys.getByLabel('Traveller').fill('A trade delegation');
    await journeys.getByLabel('From', { exact: true }).selectOption({ label: 'Beijing' });
    await journeys.getByLabel('To', { exact: true }).selectOption({ label: 'Washington' });
    await journeys.getByLabel('Status', { exact: true }).selectOption('planned');
    await journeys.getByLabel('Date', { exact: true }).fill('2018-05-02');
    await journeys.getByRole('button', { name: 'Add the journey' }).click();
    await expect.poll(async () => (await routeIds(page)).filter((id) => id?.startsWith('route:added:')).length).toBe(1);
    await expect(page.locator('.story-item-name strong').allTextContents()).resolves.toContainEqual(expect.stringMatching(/Beijing → Washington/));
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-journeys.png') });

    await page.locator('.app-header h1').click(); // focus off any field: the keys are the page's
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await routeIds(page)).some((id) => id?.startsWith('route:added:'))).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => routeIds(page)).toContain(first.id);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => routeIds(page)).not.toContain(first.id);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => routeIds(page)).toContain(first.id);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => routeIds(page)).not.toContain(first.id);
    await page.getByRole('button', { name: 'Back to the automatic result' }).click();
    await expect.poll(() => routeIds(page)).toContain(first.id);
    await expect(editsList(page).count()).resolves.toBe(0);
  });

  it('a reload restores the article with every edit, and lists it under “Your articles”', async () => {
    const page = await open();
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).getByRole('button').click();
    await panel(page).getByRole('button', { name: /Not a place: remove Panmunjom/ }).click();
    const first = routes[0]!;
    await tab(page, 'Edits');
    await page.locator(`[data-story-id="${first.id}"]`).getByLabel(/Status of/).selectOption('cancelled');
    await expect.poll(() => editsList(page).count()).toBe(2);
    const edits = await editsList(page).allTextContents();
    await expect.poll(() => page.locator('.saved-article').count()).toBe(1);
    await page.reload();
    await marker(page, 'Moscow').waitFor();
    await expect.poll(() => editsList(page).allTextContents()).toEqual(edits);
    await expect(marker(page, 'Panmunjom').count()).resolves.toBe(0);
    await expect(page.locator(`[data-story-id="${first.id}"]`).getByLabel(/Status of/).inputValue()).resolves.toBe('cancelled');
    await tab(page, 'Saved');
    await expect(page.locator('.saved-article').count()).resolves.toBe(1);
    await expect(page.locator('.saved-article-open').textContent()).resolves.toContain('2 edits');
    await tab(page, 'Edits');
    await expect(page.getByRole('button', { name: 'Undo' }).isEnabled()).resolves.toBe(true);
    await tab(page, 'Saved');
    // Rename it; the new title is the page's title, and survives another reload.
    await page.locator('.saved-article').getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel(/New title for/).fill('Lavrov visit, corrected');
    await page.getByLabel(/New title for/).press('Enter');
    await expect.poll(() => page.locator('.app-header h1').textContent()).toContain('Lavrov visit, corrected');
    await page.reload();
    await expect.poll(() => page.locator('.app-header h1').textContent()).toContain('Lavrov visit, corrected');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-reloaded.png') });
  });

  it('exports the edits in the GeoJSON: edited features with the machine’s original, removed ones listed', async () => {
    const page = await open();
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).getByRole('button').click();
    await panel(page).getByRole('button', { name: /Not a place: remove Panmunjom/ }).click();
    await tab(page, 'Places');
    await page.getByRole('button', { name: 'Not this place? Moscow' }).click();
    await panel(page).locator('.correction-candidate').first().click();
    await expect.poll(() => editsList(page).count()).toBe(2);
    const out = await exportedCollection(page);
    expect(out.features.some((f) => f.id === 'place:panmunjom')).toBe(false);
    expect(out.edits).toMatchObject({ by: 'person', applied: 2, notApplied: 0 });
    expect(out.edits!.removed.map((r) => r.id)).toContain('place:panmunjom');
    const moscow = out.features.find((f) => f.id === 'place:moscow')!;
    expect(moscow.properties.edited).toMatchObject({ by: 'person', original: { name: 'Moscow' } });
    // The binding fields keep their meaning.
    expect(moscow.properties.kind).toBe('place');
    expect(moscow.properties.mentions).toEqual(placeNamed('Moscow').properties.mentions);
  });

  it('a link to the map carries the edits: opening it rebuilds the article and applies them', async () => {
    const page = await open();
    await page.locator('mark.mention', { hasText: 'Panmunjom' }).getByRole('button').click();
    await panel(page).getByRole('button', { name: /Not a place: remove Panmunjom/ }).click();
    await expect.poll(() => editsList(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Link to this map' }).click();
    const link = await page.getByLabel('Map link').inputValue();
    // Same browser, first page still open: its saved data is kept (deleting it would wait for that page).
    const other = await openApp(browser.context, link, undefined, { keepSaved: true });
    opened.push(other);
    await expect.poll(() => editsList(other.page).allTextContents()).toEqual([expect.stringContaining('Not a place: “Panmunjom”')]);
    await expect(marker(other.page, 'Panmunjom').count()).resolves.toBe(0);
    await expect(marker(other.page, 'Moscow').count()).resolves.toBe(1);
  });

  it('a second tab takes up the first tab’s edits; neither overwrites the other', async () => {
    const a = await open();
    await tab(a, 'Places');
    await a.getByRole('button', { name: 'Not this place? China' }).click();
    await panel(a).getByRole('button', { name: /Not a place: remove China/ }).click();
    await expect.poll(() => a.locator('.saved-article').count()).toBe(1);
    const b = await open({ keepSaved: true });
    await expect.poll(() => editsList(b).count()).toBe(1);
    await tab(b, 'Places');
    await b.getByRole('button', { name: 'Not this place? Beijing' }).click();
    await panel(b).getByRole('button', { name: /Not a place: remove Beijing/ }).click();
    await expect.poll(() => editsList(a).count()).toBe(2);
    await expect(marker(a, 'Beijing').count()).resolves.toBe(0);
    await expect(a.getByText('Updated with the edits made in another tab.').count()).resolves.toBe(1);
  });

  it('“Remember this choice” decides the same words in a later article, shown as from your corrections; the memory exports', async () => {
    const page = await open();
    await tab(page, 'Places');
    await page.getByRole('button', { name: 'Not this place? Moscow' }).click();
    await panel(page).getByLabel(/Remember this choice/).check();
    await panel(page).locator('.correction-candidate').first().click();
    await expect.poll(() => page.locator('.corrections-list li').count()).toBe(1);
    await page.getByRole('button', { name: /Open.*article/ }).click();
    await page.getByLabel(/Paste article text/).fill('Farmers from Moscow and Boise met in Lewiston on Monday.');
    await page.getByRole('button', { name: 'Map this text' }).click();
    await expect.poll(() => page.locator('.article-text').textContent(), { timeout: 30_000 }).toContain('Farmers from Moscow');
    // Moscow, Boise and Lewiston crowd into one group at the first view, so the place's own record is read
    // from the export rather than from a hovered tooltip.
    const later = await exportedCollection(page);
    const moscow = later.features.find((f) => f.properties.kind === 'place' && f.properties.name === 'Moscow');
    expect((moscow?.properties as { decidedBy?: string } | undefined)?.decidedBy).toBe('your corrections');
    await tab(page, 'Saved');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export corrections' }).click()]);
    const memory = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(memory).toMatchObject({ format: 'news-atlas-corrections', version: 1, entries: [{ name: 'Moscow', place: { type: 'gazetteer' } }] });
  });

  it('says so when the browser keeps nothing, and the work stays exportable', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(app.url);
    await marker(page, 'Moscow').waitFor({ timeout: 15_000 });
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/no storage.*Export/);
    await tab(page, 'Places');
    await page.getByRole('button', { name: 'Not this place? Panmunjom' }).click();
    await panel(page).getByRole('button', { name: /Not a place: remove Panmunjom/ }).click();
    const out = await exportedCollection(page);
    expect(out.edits?.removed.map((r) => r.id)).toContain('place:panmunjom');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays free of axe-core violations with the correction panel, its search list and the edits list open', async () => {
    const page = await open();
    await tab(page, 'Places');
    await page.getByRole('button', { name: 'Not this place? Moscow' }).click();
    await panel(page).getByRole('combobox').fill('Moscow');
    await panel(page).getByRole('option').first().waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await panel(page).locator('.correction-candidate').first().click();
    await tab(page, 'Edits');
    await page.locator('.edits-list li').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tab(page, 'Saved');
    await page.locator('.saved-article').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tab(page, 'Article');
    await selectWords(page, 'the peninsula');
    await page.getByRole('button', { name: /Mark “the peninsula”/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-edit-panels.png'), fullPage: true });
  });
});
