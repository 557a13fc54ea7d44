/**
 * The story timeline in the built app (headless Chromium, 127.0.0.1): the seed's journeys and events in
 * date order, the slider hiding later routes on the map, and choosing an event flying the map to it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedApp } from './support/app';
import { ROOT } from './support/server';
import { chromiumSession } from './support/session';

const app = servedApp();
// One page at a time: the session closes every page after each test (an open page keeps the app's
// database open, which the next first visit deletes).
const session = chromiumSession();

describe('story timeline (built app)', () => {
  it('lists journeys in date order, hides later routes with the slider, and flies to a chosen event', async () => {
    const { page, errors } = await session.open(app.url);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const names = await page.locator('.timeline-name').allTextContents();
    expect(names.indexOf('Kim Jong Un: Pyongyang → Beijing')).toBe(0);
    expect(names.indexOf('Wang Yi: Beijing → Moscow')).toBeGreaterThan(0);
    expect(names.indexOf('Summit in Panmunjom')).toBeGreaterThan(names.indexOf('Ri Yong Ho: Pyongyang → Moscow'));

    const routePaths = () => page.locator('.leaflet-overlay-pane path.leaflet-interactive:not(.story-event-marker)').count();
    const all = await routePaths();
    await page.locator('.timeline-slider').fill('0');
    await expect(page.locator('.timeline-date').textContent()).resolves.toBe('Up to 1 Mar 2018');
    await page.waitForFunction((n) => document.querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive:not(.story-event-marker)').length < n, all);
    expect(await routePaths()).toBeLessThan(all);

    await page.locator('.timeline-slider').fill(String(await page.locator('.timeline-slider').getAttribute('max')));
    await page.locator('.timeline-item button', { hasText: 'Summit in Panmunjom' }).click();
    await expect(page.locator('.timeline-quote').textContent()).resolves.toMatch(/landmark summit in the border town of Panmunjom/);
    // When the flight ends, the summit's ring sits at the middle of the map (the other rings are far away).
    await page.waitForFunction(
      () => {
        const r = (document.querySelector('.leaflet-container') as HTMLElement).getBoundingClientRect();
        const d = [...document.querySelectorAll('.story-event-marker')].map((el) => {
          const b = el.getBoundingClientRect();
          return Math.hypot(b.x + b.width / 2 - (r.x + r.width / 2), b.y + b.height / 2 - (r.y + r.height / 2));
        });
        return d.length > 0 && Math.min(...d) < 40 && !document.querySelector('.leaflet-zoom-anim');
      },
      undefined,
      { timeout: 15_000 },
    );
    // Then until the map pane stops moving (the flight's last frames).
    let last = '';
    for (let i = 0; i < 40; i++) {
      const now = await page.locator('.leaflet-map-pane').evaluate((el) => (el as HTMLElement).style.transform + document.querySelector('.leaflet-overlay-pane svg')?.getAttribute('viewBox'));
      if (now === last) break;
      last = now;
      await page.waitForTimeout(400);
    }
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'e2e-timeline.png') });
    expect(errors).toEqual([]);
  });
});
