/**
 * End-to-end tests of issue 12 (an explorer people can read), at a desktop's 1440×900 and a phone's 390×844
 * (touch): tabs in reach, a page that never scrolls, crowds untangled, the first view, the basemap's names,
 * keyboard and words — with geometry asserted where it matters and axe-core at zero violations.
 * Screenshots go to test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasCollection } from '../../src/core/geojson/types';
import { servedApp } from './support/app';
import { axeViolations } from './support/axe';
import { markerBoxes, overlapPx } from './support/boxes';
import { type Browser, launchChromium } from './support/browser';
import { DEFAULT_ARTICLE_FILE } from './support/defaultArticle';
import { mapSettled, openApp, type Recorded, tapAway } from './support/page';
import { ROOT } from './support/server';

const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const app = servedApp();
const seed = JSON.parse(readFileSync(join(ROOT, DEFAULT_ARTICLE_FILE), 'utf8')) as AtlasCollection;
const seedPlaces = seed.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.name);

/** The side panel's tabs, by their visible names. */
const TABS = ['Article', 'Places', 'Timeline', 'Figures', 'Distances'];

const SIZES = [
  { name: 'desktop', width: 1440, height: 900, touch: false },
  { name: 'phone', width: 390, height: 844, touch: true },
] as const;

/** The header's height at most: one row of buttons and the title, with its padding. */
const HEADER_ROW_PX = 48;

const marker = (page: Page, name: string) => page.locator('.leaflet-marker-pane').getByRole('button', { name, exact: true });
/** The Distances panel (the journeys editor has its own From and To). */
const distances = (page: Page) => page.getByRole('tabpanel', { name: 'Distances' });


/** Where Moscow's and Beijing's markers are on screen: changes whenever the map pans or zooms. */
const mapView = (page: Page) =>
  page.evaluate(() =>
    ['Moscow', 'Beijing']
      .map((n) => document.querySelector(`.leaflet-marker-pane [aria-label="${n}"]`)!.getBoundingClientRect())
      .map((r) => `${Math.round(r.x)},${Math.round(r.y)}`)
      .join(' '),
  );

/** The screen distance between Moscow's and Beijing's markers: grows fourfold when the map zooms in twice. */
const spread = (page: Page) =>
  page.evaluate(() => {
    const [a, b] = ['Moscow', 'Beijing'].map((n) => document.querySelector(`.leaflet-marker-pane [aria-label="${n}"]`)!.getBoundingClientRect());
    return Math.hypot(a!.x - b!.x, a!.y - b!.y);
  });

for (const size of SIZES) {
  // Generous time per test: each opens the app and walks through several panels on a shared, busy machine.
  describe(`explorer at ${size.width}×${size.height} (${size.name})`, { timeout: 120_000 }, () => {
    let browser: Browser;
    const opened: Recorded[] = [];
    beforeAll(async () => {
      browser = await launchChromium({ touch: size.touch });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });
    afterEach(() => {
      for (const r of opened.splice(0)) {
        expect(r.errors, 'console errors').toEqual([]);
        void r.page.close();
      }
    });
    async function open(path = ''): Promise<Page> {
      const r = await openApp(browser.context, app.url + path);
      await r.page.setViewportSize({ width: size.width, height: size.height });
      opened.push(r);
      return r.page;
    }
    const press = (_page: Page, locator: ReturnType<Page["locator"]>) => (size.touch ? locator.tap() : locator.click());

    it('the page is exactly the viewport tall and the wheel over the header scrolls nothing', async () => {
      const page = await open();
      const heights = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, body: document.body.scrollHeight, view: innerHeight }));
      expect(heights.scroll).toBe(size.height);
      expect(heights.body).toBe(size.height);
      if (!size.touch) {
        const header = (await page.locator('.app-header').boundingBox())!;
        await page.mouse.move(header.x + header.width / 3, header.y + header.height / 2);
        await page.mouse.wheel(0, 2000);
        await page.waitForTimeout(300);
      }
      await expect(page.evaluate(() => [scrollY, document.scrollingElement!.scrollTop])).resolves.toEqual([0, 0]);
      // The header fits: the title is on screen and not cut to a letter or two.
      const title = (await page.locator('h1.app-heading').boundingBox())!;
      expect(title.width).toBeGreaterThan(size.width / 4);
      expect(title.x + title.width).toBeLessThanOrEqual(size.width);
      // …in one row (a row of buttons is about 40 px tall), and the map keeps most of a phone's height.
      const header = (await page.locator('.app-header').boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(HEADER_ROW_PX);
      const map = (await page.locator('.map-pane').boundingBox())!;
      expect(map.height).toBeGreaterThanOrEqual((size.touch ? 0.6 : 0.85) * size.height);
      // The full title is the heading's tooltip.
      await expect(page.locator('h1.app-heading').getAttribute('title')).resolves.toBe(await page.locator('h1 .app-title').textContent());
      await page.screenshot({ path: join(ARTIFACTS, `e2e-layout-${size.name}.png`) });
    });

    it('the header keeps "Open article" in view; on a phone the units and exports open under one named button', async () => {
      const page = await open();
      await expect(page.getByRole('button', { name: /^Open (another )?article$/ }).isVisible()).resolves.toBe(true);
      const exportButton = page.getByRole('button', { name: 'Export GeoJSON' });
      if (!size.touch) {
        await expect(exportButton.isVisible()).resolves.toBe(true);
        return;
      }
      const more = page.getByRole('button', { name: 'Units and export' });
      await expect(exportButton.isVisible()).resolves.toBe(false);
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('false');
      await more.tap();
      await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(exportButton.isVisible()).resolves.toBe(true);
      // The panel lies over the map, inside the screen, with every action at a finger's size.
      const panel = (await page.locator('.header-menu').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(size.width);
      for (const box of await page.locator('.header-menu button:visible, .header-menu select, .header-menu summary').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
        expect(box).toBeGreaterThanOrEqual(32);
      }
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, 'e2e-layout-phone-menu.png') });
      // A tap on the map closes it; the button opens it again and Escape closes it.
      await tapAway(page);
      await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
      await expect(exportButton.isVisible()).resolves.toBe(false);
      await more.tap();
      await page.getByLabel('Distances in').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => more.getAttribute('aria-expanded')).toBe('false');
      await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('header-menu-toggle');
    });

    it('every panel is one click away: its heading is within the viewport after one click on its tab', async () => {
      const page = await open();
      for (const name of TABS) {
        await press(page, page.getByRole('tab', { name }));
        const heading = page.getByRole('heading', { level: 2, name: name === 'Figures' ? 'Figures' : name });
        const box = (await heading.boundingBox())!;
        expect(box, `${name} heading`).not.toBeNull();
        expect(box.y, `${name} heading top`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${name} heading bottom`).toBeLessThanOrEqual(size.height);
        expect(await axeViolations(page), `axe on the ${name} tab`).toEqual([]);
        await expect(page.evaluate(() => document.documentElement.scrollHeight)).resolves.toBe(size.height);
      }
      await page.screenshot({ path: join(ARTIFACTS, `e2e-tab-distances-${size.name}.png`) });
    });

    it("at the seed's first view no two interactive markers overlap by more than 4 px; every place is a marker or in a group", async () => {
      const page = await open();
      const boxes = await markerBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlapPx(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.name} / ${boxes[j]!.name}`).toBeLessThanOrEqual(4);
        }
      }
      // Nor under a map control, where a tap would press the control instead.
      const controls = await page.locator('.leaflet-control').evaluateAll((els) =>
        els.map((el) => ({ name: el.className, box: el.getBoundingClientRect().toJSON() as DOMRect })),
      );
      for (const m of boxes) {
        for (const c of controls) expect(overlapPx(m.box, c.box), `${m.name} under ${c.name}`).toBeLessThanOrEqual(4);
      }
      const names = boxes.map((b) => b.name).join(' | ');
      const groups = await page.locator('.crowd-marker').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      for (const place of seedPlaces) {
        const shown = (await marker(page, place).count()) === 1;
        // A group names up to six of its places; open it to find the rest.
        const grouped = groups.some((g) => g.includes(place)) || groups.some((g) => /and \d+ more/.test(g));
        expect(shown || grouped, `${place} in ${names}`).toBe(true);
      }
    });

    // Crowds (one tap on Pyongyang, the count that spreads the others) are tested in explorer-gaps.test.ts.

    it('choosing a timeline item keeps the reader in the timeline and moves the map; choosing "5799km" shows Moscow and Beijing', async () => {
      const page = await open();
      await press(page, page.getByRole('tab', { name: 'Timeline' }));
      const panel = page.locator('#panel-timeline');
      const before = await mapView(page);
      const items = page.locator('.timeline-item button');
      await press(page, items.last());
      await expect(items.last().getAttribute('aria-current')).resolves.toBe('true');
      await expect.poll(() => mapView(page)).not.toBe(before);
      // Still on the timeline, its heading in view.
      await expect(panel.isVisible()).resolves.toBe(true);
      const heading = (await page.getByRole('heading', { level: 2, name: 'Timeline' }).boundingBox())!;
      expect(heading.y).toBeGreaterThanOrEqual(0);
      await press(page, page.getByRole('tab', { name: 'Figures' }));
      await press(page, page.locator('.claim', { hasText: '5799km' }));
      await page.waitForTimeout(600);
      const inView = await page.evaluate(() => {
        const map = document.querySelector('.map')!.getBoundingClientRect();
        return ['Moscow', 'Beijing'].map((name) => {
          const el = document.querySelector(`.leaflet-marker-pane [aria-label="${name}"]`);
          const r = el?.getBoundingClientRect();
          return !!r && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
        });
      });
      expect(inView).toEqual([true, true]);
      await expect(page.locator('#panel-numbers').isVisible()).resolves.toBe(true);
    });

  it('picking Moscow then Beijing on the map brings the answer into view; a double-click zooms instead of picking', async () => {
      const page = await open();
      await press(page, marker(page, 'Moscow'));
      // Picked once the double-click time has passed without a second click.
      await expect.poll(() => marker(page, 'Moscow').getAttribute('class')).toContain('is-picked');
      // Moscow's tooltip closes before Beijing is chosen: the pointer leaves Moscow on its way, as a person's
      // does; on a phone, where a tap opens the tooltip, a tap on empty map closes it (Leaflet's preclick).
      if (!size.touch) await page.mouse.move(1, 1);
      else await tapAway(page);
      await press(page, marker(page, 'Beijing'));
      const table = page.locator('.distance-figures');
      await table.waitFor({ state: 'visible' });
      const box = (await table.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(size.height);
      await expect(table.locator('caption').textContent()).resolves.toBe('Moscow – Beijing');
      await expect(table.textContent()).resolves.toContain('sphere used by web maps');
      await page.screenshot({ path: join(ARTIFACTS, `e2e-picked-pair-${size.name}.png`) });
      if (size.touch) return;
      await page.getByRole('button', { name: 'Clear' }).click();
      const before = await spread(page);
      const spot = (await marker(page, 'Moscow').boundingBox())!;
      await page.mouse.dblclick(spot.x + spot.width / 2, spot.y + spot.height / 2);
      // Zoomed in two levels, and nothing picked.
      await expect.poll(() => spread(page), { timeout: 10_000 }).toBeGreaterThan(before * 3);
      await page.waitForTimeout(400);
      await expect(page.locator('.distance-figures').count()).resolves.toBe(0);
      await expect(marker(page, 'Moscow').getAttribute('class')).resolves.not.toContain('is-picked');
    });

    it('the first view frames where the story happens; "Show all places" brings in the far-off ones', async () => {
      const page = await open();
      const visible = (name: string) =>
        page.evaluate((n) => {
          const map = document.querySelector('.map')!.getBoundingClientRect();
          const el = document.querySelector(`.leaflet-marker-pane [aria-label="${n}"]`);
          const r = el?.getBoundingClientRect();
          return !!r && r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= map.top - 1 && r.bottom <= map.bottom + 1;
        }, name);
      await expect(visible('Moscow')).resolves.toBe(true);
      await expect(visible('Beijing')).resolves.toBe(true);
      // Washington: one mention, half a world away from the story.
      await expect(visible('Washington')).resolves.toBe(false);
      await press(page, page.getByRole('button', { name: 'Show all places' }));
      await expect.poll(() => visible('Washington')).toBe(true);
      await expect(visible('Moscow')).resolves.toBe(true);
    });

    it('tab order: skip link, then the header (title, "Open another article"); routes and borders are named buttons', async () => {
      if (size.touch) return;
      const page = await open();
      const stops: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
      }
      expect(stops[0]).toBe('Skip to the article and tools');
      expect(stops).toContain('Open another article');
      // Every SVG line that is a Tab stop has a name and a role; the others are out of the Tab order.
      const lines = await page.locator('.leaflet-overlay-pane path').evaluateAll((els) =>
        els.map((e) => ({ tab: e.getAttribute('tabindex'), name: e.getAttribute('aria-label'), role: e.getAttribute('role') })),
      );
      expect(lines.length).toBeGreaterThan(3);
      for (const l of lines) {
        if (l.tab === '0') {
          expect(l.name).toBeTruthy();
          expect(l.role).toBe('button');
        } else expect(l.tab).toBe('-1');
      }
      // Enter on a route chooses it: its sentences are highlighted in the article.
      const route = page.locator('path[aria-label^="Wang Yi"]');
      await route.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => route.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.article-text .is-highlighted').count()).toBeGreaterThan(0);
      // The skip link moves focus to the panel.
      await page.keyboard.press('Shift+Tab');
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('side-panel');
    });

  it('routes between the same places are drawn apart: Moscow ⇄ Pyongyang can each be hovered', async () => {
      const page = await open();
      // The viewport was resized after the map opened: measure once the refit has finished moving the routes.
      await mapSettled(page);
      const middles = await page.evaluate(() =>
        ['Sergei Lavrov: Moscow → Pyongyang', 'Ri Yong Ho: Pyongyang → Moscow'].map((name) => {
          const path = document.querySelector<SVGPathElement>(`path[aria-label^="${name}"]`)!;
          const point = path.getPointAtLength(path.getTotalLength() / 2);
          const m = path.getScreenCTM()!;
          return { x: point.x * m.a + m.e, y: point.y * m.d + m.f };
        }),
      );
      const apart = Math.hypot(middles[0]!.x - middles[1]!.x, middles[0]!.y - middles[1]!.y);
      expect(apart).toBeGreaterThan(8);
      if (size.touch) return;
      for (const [i, name] of ['Sergei Lavrov: Moscow → Pyongyang', 'Ri Yong Ho: Pyongyang → Moscow'].entries()) {
        await page.mouse.move(middles[i]!.x, middles[i]!.y);
        await expect.poll(() => page.locator('.route-tooltip').last().textContent()).toContain(name);
        await page.mouse.move(2, 2);
      }
    });

  it('speaks plainly: no library names or radii, verdicts in words, km or miles to choose', async () => {
      const page = await open();
      for (const name of TABS) await press(page, page.getByRole('tab', { name }));
      await distances(page).getByLabel('From', { exact: true }).selectOption({ label: 'Moscow' });
      await distances(page).getByLabel('To', { exact: true }).selectOption({ label: 'Beijing' });
      let text = '';
      for (const name of TABS) {
        await press(page, page.getByRole('tab', { name }));
        // biome-ignore lint/performance/useDomNodeTextContent: the words a person sees; textContent would add hidden text
        text += await page.evaluate(() => document.body.innerText);
      }
      expect(text).not.toMatch(/Turf|6371\.0088|R 6371|\bexplained\b/);
      await expect(page.locator('.claim').first().textContent()).resolves.toMatch(/checks out/);
      // On a phone the units are under the header's "Units and export" button.
      if (size.touch) await page.getByRole('button', { name: 'Units and export' }).tap();
      await page.getByLabel('Distances in').selectOption('mi');
      await expect.poll(() => page.locator('.distance-figures').textContent()).toMatch(/3,6\d\d\.\d mi/);
      await expect.poll(() => page.locator('.route-arrow-label').allTextContents()).toContainEqual(expect.stringMatching(/ mi/));
    });

    it('the title can be renamed, and names the export', async () => {
      if (size.touch) return;
      const page = await open();
      await page.getByRole('button', { name: 'Rename the article' }).click();
      await page.getByLabel('Article title').fill('Lavrov heads to Pyongyang');
      await page.keyboard.press('Enter');
      await expect(page.locator('h1 .app-title').textContent()).resolves.toBe('Lavrov heads to Pyongyang');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export GeoJSON' }).click()]);
      expect(download.suggestedFilename()).toBe('lavrov-heads-to-pyongyang.geojson');
    });

    it('a pasted article gets a short title; a US article lists states as states; the tooltip says how sure the reading is', async () => {
      const page = await open();
      await press(page, page.getByRole('button', { name: /Open( another)? article/ }));
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      const text =
        'Storms moved across Texas and Oklahoma on Tuesday, and officials in Austin said flights from Dallas to Denver were delayed for most of the afternoon while crews cleared the runways.';
      await page.getByLabel(/Paste article text/).fill(text);
      await press(page, page.getByRole('button', { name: 'Map this text' }));
      await expect.poll(() => page.locator('h1 .app-title').textContent(), { timeout: 30_000 }).not.toBe(seed.article.title);
      const title = (await page.locator('h1 .app-title').textContent()) ?? '';
      expect(title.length).toBeLessThanOrEqual(91);
      expect(text.startsWith(title.replace(/…$/, ''))).toBe(true);
      await expect.poll(() => page.locator('.legend').textContent()).toContain('State or province');
      await expect(page.locator('.legend').textContent()).resolves.not.toContain('Region, sea or peninsula');
      await press(page, page.getByRole('tab', { name: 'Places' }));
      await expect(page.locator('.place-group h3', { hasText: 'State or province' }).count()).resolves.toBe(1);
      await press(page, page.locator('.place-button', { hasText: 'Dallas' }));
      const tooltip = page.locator('.leaflet-tooltip.place-tooltip-wrapper');
      await expect.poll(() => tooltip.locator('.place-tooltip-certainty').textContent()).toMatch(/^(certain|very likely|likely|uncertain): /);
      await expect(tooltip.locator('.place-tooltip-title').textContent()).resolves.toMatch(/^Dallas, .*(US|United States)/);
      await page.screenshot({ path: join(ARTIFACTS, `e2e-us-article-${size.name}.png`) });
    });

    it("draws the basemap's names after the first map, in their own tiles", async () => {
      const page = await open();
      await page.waitForFunction(() => performance.getEntriesByName('atlas:labels-ready').length > 0, undefined, { timeout: 20_000 });
      const [basemap, labels] = await page.evaluate(() => ['atlas:basemap-ready', 'atlas:labels-ready'].map((n) => performance.getEntriesByName(n)[0]!.startTime));
      expect(labels!).toBeGreaterThan(basemap!);
      await expect(page.locator('.basemap-labels canvas.leaflet-tile-loaded').count()).resolves.toBeGreaterThan(0);
      // The names never catch the pointer: the markers under them stay hoverable and tappable.
      await expect(page.evaluate(() => getComputedStyle(document.querySelector('.leaflet-basemap-labels-pane')!).pointerEvents)).resolves.toBe('none');
      await page.screenshot({ path: join(ARTIFACTS, `e2e-basemap-names-${size.name}.png`) });
    });
  });
}
