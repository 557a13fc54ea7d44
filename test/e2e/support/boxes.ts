/** Where the map's interactive markers are on screen, for the tests that check nothing overlaps. */
import type { Page } from 'playwright-core';

/**
 * Every interactive marker's box on screen (place markers and groups), inside the map.
 * @example const boxes = await markerBoxes(page);
 */
export const markerBoxes = (page: Page) =>
  page.evaluate(() => {
    const map = document.querySelector('.map')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.leaflet-marker-pane [role="button"]')]
      .map((el) => ({ name: el.getAttribute('aria-label') ?? '', box: el.getBoundingClientRect().toJSON() as DOMRect }))
      .filter(({ box }) => box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom);
  });

/**
 * How far two boxes overlap: the smaller of the overlap's width and height (0 when apart).
 * @example overlapPx(a, b) <= 4
 */
export const overlapPx = (a: DOMRect, b: DOMRect) =>
  Math.max(0, Math.min(Math.min(a.right, b.right) - Math.max(a.left, b.left), Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)));
