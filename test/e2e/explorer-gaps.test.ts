/**
 * End-to-end tests of the explorer's remaining gaps (issues 12 and 9), in the built app, headless Chromium,
 * at a desktop's 1440×900, a wide desktop's 1680×1000 and a touch phone's 390×844: a crowd keeps its leader
 * in sight (Pyongyang one tap away at the seed's first view), the tooltip names the division and country,
 * a place moved by typing its coordinates, and the article beside the tools on a wide screen.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedApp } from './support/app';
import { axeViolations } from './support/axe';
import { markerBoxes, overlapPx } from './support/boxes';
import { mapSettled } from './support/page';
import { ROOT } from './support/server';
import { chromiumSession } from './support/session';

const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = servedApp();

const marker = (page: Page, name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
const tooltip = (page: Page) => page.locator('.leaflet-tooltip.place-tooltip-wrapper');


async function expectNoOverlaps(page: Page): Promise<number> {
  const boxes = await markerBoxes(page);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlapPx(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.name} / ${boxes[j]!.name}`).toBeLessThanOrEqual(4);
    }
  }
  return boxes.length;
}


const SIZES = [
  { name: 'desktop', width: 1440, height: 900, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

for (const size of SIZES) {
  describe(`crowds at the seed's first view, ${size.width}×${size.height} (${size.name})`, { timeout: 120_000 }, () => {
    const session = chromiumSession({ touch: size.touch });
    async function open(): Promise<Page> {
      const r = await session.open(app.url);
      await r.page.setViewportSize({ width: size.width, height: size.height });
      await mapSettled(r.page);
      return r.page;
    }

    it('no two interactive markers overlap by more than 4 px, and one tap (or hover) on Pyongyang opens Pyongyang', async () => {
      const page = await open();
      expect(await expectNoOverlaps(page)).toBeGreaterThan(3);
      const pyongyang = marker(page, 'Pyongyang');
      await expect(pyongyang.count()).resolves.toBe(1);
      // The tap lands on Pyongyang itself: the element at its centre is its marker, not a group or a label.
      const box = (await pyongyang.boundingBox())!;
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="button"]')?.getAttribute('aria-label'), [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toBe('Pyongyang');
      if (size.touch) await pyongyang.tap();
      else await pyongyang.hover();
      await expect.poll(() => tooltip(page).locator('.place-tooltip-title strong').textContent()).toBe('Pyongyang');
      await expect(tooltip(page).locator('.place-tooltip-certainty').textContent()).resolves.toMatch(/^(certain|very likely|likely|uncertain): /);
      await page.screenshot({ path: join(ARTIFACTS, `e2e-gaps-pyongyang-${size.name}.png`) });
      expect(await axeViolations(page)).toEqual([]);
    });

    it("the crowd's count beside Pyongyang spreads the other Korean places on a tap, click or Enter, still without overlaps", async () => {
      const page = await open();
      const near = page.locator('.leaflet-marker-pane .crowd-marker[aria-label*="near Pyongyang"]');
      await expect(near.count()).resolves.toBe(1);
      await expect(near.getAttribute('aria-label')).resolves.toMatch(/^\d+ more places near Pyongyang: .*Seoul/);
      await expect(near.textContent()).resolves.toMatch(/^\+\d+$/);
      if (size.touch) await near.tap();
      else await near.click();
      await expect(near.getAttribute('aria-expanded')).resolves.toBe('true');
      await marker(page, 'Seoul').waitFor();
      // The group's own tooltip does not stay over the ring it opened.
      await expect.poll(() => page.locator('.leaflet-tooltip.crowd-tooltip').count()).toBe(0);
      await expectNoOverlaps(page);
      // Pyongyang stayed where it was, as its own marker.
      await expect(marker(page, 'Pyongyang').count()).resolves.toBe(1);
      await page.screenshot({ path: join(ARTIFACTS, `e2e-gaps-crowd-open-${size.name}.png`) });
      await near.focus();
      await page.keyboard.press('Enter');
      await expect(near.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(marker(page, 'Seoul').count()).resolves.toBe(0);
    });
  });
}

describe('places as people read them, and moving one by keyboard (1440×900)', { timeout: 120_000 }, () => {
  const session = chromiumSession();
  async function open(): Promise<Page> {
    const r = await session.open(app.url);
    await r.page.setViewportSize({ width: 1440, height: 900 });
    await mapSettled(r.page);
    return r.page;
  }

  it('the tooltip names the division and country a file gives ("Paris, Missouri, United States") and how sure the reading is', async () => {
    const page = await open();
    // A hand-built file of the app's format, with the scalar names the core adds and three namesakes.
    const text = 'Flood waters reached Paris on Tuesday, officials in Jefferson City said.';
    const mention = (word: string) => {
      const start = text.indexOf(word);
      return { start, end: start + word.length, text: word, excerpt: text };
    };
    const namesake = (id: string, lon: number, lat: number) => ({ name: 'Paris', gazetteer: { source: 'geonames', id }, placeType: 'town', countryCode: 'US', lon, lat, score: 1 });
    const place = (id: string, name: string, coordinates: number[], extra: object) => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates },
      properties: { kind: 'place', name, mentions: [mention(name)], placeType: 'town', countryCode: 'US', gazetteer: { source: 'geonames', id: name }, reference: 'literal', ...extra },
    });
    const file = {
      type: 'FeatureCollection',
      article: { id: 'paris-mo', title: 'Flood in Paris', text },
      features: [
        place('place:paris', 'Paris', [-92.0, 39.48], {
          admin1Name: 'Missouri',
          countryName: 'United States',
          confidence: 0.42,
          candidates: [namesake('1', -95.55, 33.66), namesake('2', -88.33, 36.3), namesake('3', 2.35, 48.86)],
        }),
        // No division or country name: an older file, or another tool's. The country's name comes from its code.
        place('place:jefferson-city', 'Jefferson City', [-92.17, 38.58], { confidence: 1, candidates: [] }),
      ],
    };
    await page.locator('summary', { hasText: 'Open another article' }).click();
    await page
      .locator('.article-input input[type=file]')
      .setInputFiles({ name: 'paris-mo.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) });
    const paris = marker(page, 'Paris');
    await paris.waitFor();
    await mapSettled(page);
    await paris.hover();
    await expect.poll(() => tooltip(page).locator('.place-tooltip-title').textContent()).toBe('Paris, Missouri, United States · City or town');
    await expect(tooltip(page).locator('.place-tooltip-certainty').textContent()).resolves.toBe('uncertain: 3 other places have this name');
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-gaps-tooltip-paris-mo.png') });
    await page.mouse.move(5, 450);
    await marker(page, 'Jefferson City').hover();
    // The country's name from its code (Intl) once the browser's names are loaded; no division, no raw code left.
    await expect
      .poll(() => tooltip(page).locator('.place-tooltip-title').textContent(), { timeout: 10_000 })
      .toBe('Jefferson City, United States · City or town');
    await expect(tooltip(page).locator('.place-tooltip-certainty').textContent()).resolves.toBe('certain: no other place has this name');
  });

  it('moves a place by typing its coordinates in the correction panel; undo puts it back', async () => {
    const page = await open();
    const beijing = marker(page, 'Beijing');
    const before = (await beijing.boundingBox())!;
    await page.getByRole('tab', { name: 'Places', exact: true }).click();
    await page.getByRole('button', { name: 'Not this place? Beijing' }).click();
    const panel = page.locator('.correction-panel');
    const lat = panel.getByLabel(/^Latitude/);
    const lon = panel.getByLabel(/^Longitude/);
    await expect(lat.inputValue()).resolves.toBe('39.908');
    // Keyboard only: type the latitude, step the longitude down with Shift+↓ five times (0.5°), then Enter.
    await lat.fill('45.5');
    await lon.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowDown');
    await expect(lon.inputValue()).resolves.toBe('115.897');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Edits', exact: true }).click();
    await expect.poll(() => page.locator('.edits-list li').first().textContent()).toMatch(/^Moved Beijing to/);
    await mapSettled(page);
    const after = (await beijing.boundingBox())!;
    // 5.6° further north: the marker is higher on the map, and a little west.
    expect(after.y).toBeLessThan(before.y - 10);
    expect(after.x).toBeLessThan(before.x);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => Math.round((await beijing.boundingBox())!.y)).toBe(Math.round(before.y));
  });
});

describe('the article beside the tools on a wide screen', { timeout: 120_000 }, () => {
  const session = chromiumSession();

  it('at 1680×1000 the article is a column of its own and each tool opens beside it; at 1440 the article is a tab again', async () => {
    const r = await session.open(app.url);
    const page = r.page;
    await page.setViewportSize({ width: 1680, height: 1000 });
    const article = page.getByRole('region', { name: 'Article' });
    await article.waitFor();
    await expect(page.getByRole('tab', { name: 'Article' }).count()).resolves.toBe(0);
    const inView = async (locator: ReturnType<Page['locator']>) => {
      const box = (await locator.boundingBox())!;
      return box.x >= 0 && box.x + box.width <= 1680 && box.y >= 0 && box.y + box.height <= 1000;
    };
    for (const name of ['Places', 'Timeline', 'Figures', 'Distances', 'Edits']) {
      await page.getByRole('tab', { name, exact: true }).click();
      expect(await inView(page.getByRole('heading', { level: 2, name, exact: true })), `${name} heading`).toBe(true);
      // The article stays in view beside it: its heading and its first mention.
      expect(await inView(page.getByRole('heading', { level: 2, name: 'Article', exact: true })), `article beside ${name}`).toBe(true);
      expect(await inView(article.locator('mark').first()), `article text beside ${name}`).toBe(true);
      await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBe(1000);
    }
    // Side by side, not overlapping: article column left of the tools, both right of the map, the map still wide.
    const [map, column, tools] = await Promise.all(['.map', '#panel-article', '.side-panel-tabs'].map(async (s) => (await page.locator(s).boundingBox())!));
    expect(column!.x).toBeGreaterThanOrEqual(map!.x + map!.width - 1);
    expect(tools!.x).toBeGreaterThanOrEqual(column!.x + column!.width - 1);
    expect(map!.width).toBeGreaterThan(650);
    expect(column!.width).toBeGreaterThan(380);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'e2e-gaps-two-columns-1680.png') });
    // Narrower, the article is a tab again, and the tool that was open stays open.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('tab', { name: 'Article' }).waitFor();
    await expect(page.getByRole('tab', { name: 'Edits' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByRole('tab', { name: 'Article' }).click();
    await expect(page.locator('#panel-article mark').first().isVisible()).resolves.toBe(true);
  });
});
