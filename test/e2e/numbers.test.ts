/**
 * The article's numbers and selection in the built app (headless Chromium, 127.0.0.1): each stated figure
 * with its verdict; choosing a figure or a route highlights its sentence in the article.
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

const highlighted = (page: import('playwright-core').Page) =>
  page.locator('.article-text .is-highlighted').evaluateAll((els) => els.map((e) => e.textContent).join(''));

describe("the article's numbers (built app)", { timeout: 90_000 }, () => {
  it('shows each figure with its verdict and model, and highlights its sentence when chosen', async () => {
    const { page, errors } = await session.open(app.url);
    await page.getByRole('tab', { name: 'Figures' }).click();
    const figures = page.locator('.claims .claim');
    await expect(figures.count()).resolves.toBe(2);
    const moscowBeijing = figures.filter({ hasText: '5799km' });
    await expect(moscowBeijing.textContent()).resolves.toMatch(/checks out.*5,799\.6 km on the sphere used by web maps/);
    const border = figures.filter({ hasText: '18km-long' });
    await expect(border.textContent()).resolves.toMatch(/North Korea – Russia border/);

    await border.click();
    await expect(highlighted(page)).resolves.toBe('18km-long');
    // The figure's sentence is highlighted in the article, one click away.
    await page.getByRole('tab', { name: 'Article' }).click();
    await expect(page.locator('.article-text .is-highlighted').first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'e2e-numbers.png') });
    expect(errors).toEqual([]);
  });

  it('clicking a route on the map highlights the sentences that support it', async () => {
    const { page, errors } = await session.open(app.url);
    // The timeline's button chooses the same way a click on the arc does; click the arc itself here.
    const before = await highlighted(page);
    expect(before).toBe('');
    // Leaflet resolves a click on the map container to the path it started on, as for a real click.
    const arcs = page.locator('.leaflet-overlay-pane path.leaflet-interactive[stroke="#0b57d0"][stroke-width="3"]');
    await expect(arcs.count()).resolves.toBeGreaterThan(0);
    await arcs.first().dispatchEvent('click');
    const text = await highlighted(page);
    expect(text.length).toBeGreaterThan(20);
    await expect(page.locator('.leaflet-overlay-pane path.leaflet-interactive[stroke="#0b57d0"][stroke-width="6"]').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'e2e-route-selected.png') });
    expect(errors).toEqual([]);
  });
});
