// @vitest-environment happy-dom
/**
 * The App given what people open. Broken collections, generated: the reader never throws, and the rendered App, given any of them as a
 * pasted file, keeps its header and shows the article or a message — never a blank page, never a part
 * replaced by its error boundary's message (the reader must have left out what cannot be drawn).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readGeojson } from '../../src/app/lib/collection';
import { classifyText } from '../../src/app/lib/input';
import { reportRenderError } from '../../src/app/lib/reportError';

const seedText = readFileSync(join(import.meta.dirname, '../../data/seed.geojson'), 'utf8');

vi.mock('../../src/app/data/preload', async () => {
  const { readCollection } = await import('../../src/app/lib/collection');
  return {
    defaultArticleOnce: async () => readCollection(JSON.parse(seedText)),
    startPreloads: () => Promise.resolve(),
    defaultArticleIfLoaded: () => null,
    COARSE_URL: '/coarse.json',
    DETAIL_URL: '/detail.json',
  };
});

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside the seed's collection (its members, features, properties, coordinates). */
function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.slice(0, 40).entries()) pathsOf(v, [...prefix, i], out);
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== 'text' && k !== 'excerpt') pathsOf(v, [...prefix, k], out);
  return out;
}
const SEED_PATHS = pathsOf(JSON.parse(seedText)).filter((p) => p.length > 0);

/** Values that break a contract: wrong types, non-numbers, out-of-range numbers, prototype keys. */
const badValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, 'NaN', '', '__proto__', 'constructor', 200, -1e308, 1e308, -1, 0.5, 1.5, true, [], {}, [[], []], ['NaN', 'NaN'], [0, 200], { __proto__: null }),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'kind', 'type', 'coordinates'), fc.jsonValue({ maxDepth: 1 })),
);

/** Set (or delete, for undefined) the value at a path of a JSON value, in place; `__proto__` as a real own key. */
function setAt(root: Json, path: Path, value: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!next || typeof next !== 'object') return;
    node = next as Record<string | number, Json>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

/** The seed with one to four values broken. */
const brokenSeed: fc.Arbitrary<Json> = fc
  .array(fc.tuple(fc.constantFrom(...SEED_PATHS), badValue), { minLength: 1, maxLength: 4 })
  .map((edits) => {
    const fcValue = JSON.parse(seedText) as Json;
    for (const [path, value] of edits) setAt(fcValue, path, value);
    return fcValue;
  });

/** Small collections made up from scratch, with prototype keys among their members. */
const madeUp: fc.Arbitrary<Json> = fc.record({
  type: fc.constantFrom('FeatureCollection', 'Feature', 'x'),
  article: fc.oneof(
    badValue,
    fc.record({ title: badValue, text: fc.oneof(fc.string(), badValue), byline: badValue }),
    fc.dictionary(fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor', 'text', 'id'), badValue),
  ),
  features: fc.oneof(
    badValue,
    fc.array(
      fc.record({
        type: fc.constantFrom('Feature', 'feature', 1),
        id: badValue,
        geometry: fc.oneof(badValue, fc.record({ type: fc.constantFrom('Point', 'LineString', 'Polygon', 'MultiPolygon', 'GeometryCollection'), coordinates: badValue })),
        properties: fc.oneof(
          badValue,
          fc.record({ kind: fc.constantFrom('place', 'route', 'event', 'border', 'claim', '__proto__', 'toString'), name: badValue, mentions: badValue }),
          fc.dictionary(fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', 'kind', 'name', 'stroke', 'fill', 'marker-color', 'description'), badValue),
        ),
      }),
      { maxLength: 4 },
    ),
  ),
});

const broken = fc.oneof(brokenSeed, madeUp);

describe('reading broken collections', () => {
  it('never throws, and keeps only features it can vouch for', () => {
    fc.assert(
      fc.property(broken, (value) => {
        const result = readGeojson(value);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) return;
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        for (const f of result.value.collection.features) {
          expect(typeof f.id).toBe('string');
          expect(Array.isArray(f.properties.mentions)).toBe(true);
        }
        // The text a person pastes reaches the same reader through JSON.
        expect(() => classifyText(JSON.stringify(value) ?? '')).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

beforeAll(() => {
  // happy-dom lays nothing out; Leaflet needs a map of some size to fit bounds to.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});

/** The App showing the seed, with its paste box and button. */
async function renderApp() {
  const { App } = await import('../../src/app/App');
  const { container } = render(<App />, { onCaughtError: reportRenderError });
  await waitFor(() => expect(container.querySelector('.article-text')).not.toBeNull(), { timeout: 10_000 });
  const box = container.querySelector('textarea')!;
  const mapButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Map this text')!;
  const paste = async (text: string) => {
    await act(async () => {
      fireEvent.change(box, { target: { value: text } });
      fireEvent.click(mapButton);
    });
  };
  return { container, box, mapButton, paste };
}

describe('the App given broken collections', () => {
  const consoleError = vi.spyOn(console, 'error');
  beforeAll(() => {
    // Nothing is served in this test; the basemap's loads fail quietly.
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
    cleanup();
  });

  it('always shows the article or a message, and no part falls back to its error message', async () => {
    const { container, box, mapButton } = await renderApp();
    await fc.assert(
      fc.asyncProperty(broken, async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        await act(async () => {
          fireEvent.change(box, { target: { value: text } });
          fireEvent.click(mapButton);
        });
        // Choose every figure and journey, as a reader would, and hover a mention.
        for (const b of container.querySelectorAll<HTMLButtonElement>('.claims button, .timeline-list button')) {
          await act(async () => fireEvent.click(b));
        }
        const mark = container.querySelector('mark.mention');
        if (mark) await act(async () => fireEvent.mouseEnter(mark));
        expect(container.querySelector('.app-header')).not.toBeNull();
        expect(container.querySelector('.leaflet-container')).not.toBeNull();
        const article = container.querySelector('.article-text, .article-panel .muted');
        const message = container.querySelector('.article-input [role="alert"], .article-input [role="status"]');
        expect(article !== null || message !== null).toBe(true);
        expect(message?.textContent ?? '').not.toBe('');
        expect(container.querySelector('.boundary-message')).toBeNull();
      }),
      { numRuns: 8 },
    );
    expect(consoleError).not.toHaveBeenCalled();
  }, 120_000);
});

describe('the App opening files', () => {
  beforeAll(() => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
  });
  afterEach(cleanup);
  afterAll(() => vi.unstubAllGlobals());

  it('shows another tool’s points, lines and polygons as a layer, with their names as text and no article error', async () => {
    const { container, paste } = await renderApp();
    const foreign = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [2.35, 48.86] }, properties: { name: '<img src=x onerror=alert(1)>Paris' } },
        { type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [5, 5]] }, properties: { title: 'A road', stroke: 'url(http://example.com/x)' } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { name: 'Field', fill: '#00ff00' } },
      ],
    };
    await paste(JSON.stringify(foreign));
    expect(container.querySelector('.article-input [role="status"]')!.textContent).toBe('Opened 3 features.');
    expect(container.textContent).not.toMatch(/has no text/);
    expect(container.textContent).toMatch(/This file has no article: its 3 features are on the map/);
    const paths = [...container.querySelectorAll('.leaflet-overlay-pane path')];
    const strokes = paths.map((p) => p.getAttribute('stroke'));
    expect(strokes).not.toContain('url(http://example.com/x)');
    expect(paths.map((p) => p.getAttribute('fill'))).toContain('#00ff00');
    expect(container.querySelector('img')).toBeNull();
  });

  it('the issue’s examples in the seed’s own export: each bad feature is reported, the page stays whole', async () => {
    const { container, paste } = await renderApp();
    type F = { id: string; geometry: unknown; properties: Record<string, unknown> };
    const examples: [string, (f: F) => void][] = [
      ['route', (f) => { f.properties.actors = 'x'; }],
      ['event', (f) => { f.properties.participants = 'x'; }],
      ['route', (f) => { (f.properties.date as Record<string, unknown>).label = 5; }],
      ['claim', (f) => { f.properties.differenceKm = '1.2'; }],
      ['claim', (f) => { delete f.properties.matches; }],
      ['claim', (f) => { f.properties.verdict = {}; }],
      ['route', (f) => { f.properties.status = '__proto__'; }],
      ['event', (f) => { f.geometry = { type: 'Point', coordinates: ['NaN', 'NaN'] }; }],
      ['event', (f) => { f.geometry = { type: 'Point', coordinates: [[], []] }; }],
      ['route', (f) => { f.geometry = { type: 'LineString', coordinates: [[0, 200], [10, 10]] }; }],
    ];
    for (const [kind, damage] of examples) {
      const fcValue = JSON.parse(seedText) as { features: F[] };
      const f = fcValue.features.find((x) => x.properties.kind === kind)!;
      damage(f);
      await paste(JSON.stringify(fcValue));
      const status = container.querySelector('.article-input [role="status"]')!.textContent!;
      expect(status).toContain(`1 feature left out: feature ${fcValue.features.indexOf(f) + 1} (${f.id}), `);
      for (const b of container.querySelectorAll<HTMLButtonElement>('.claims button')) await act(async () => fireEvent.click(b));
      expect(container.querySelector('.article-text')).not.toBeNull();
      expect(container.querySelector('.boundary-message')).toBeNull();
    }
  }, 120_000);

  it('keeps the map and article already shown when a file has nothing usable, and says why', async () => {
    const { container, paste } = await renderApp();
    const before = container.querySelector('.article-text')!.textContent;
    await paste('{"type":"FeatureCollection","article":{"byline":{}},"features":[]}');
    expect(container.querySelector('.article-input [role="alert"]')!.textContent).toBe('The file has no features and no article text.');
    expect(container.querySelector('.article-text')!.textContent).toBe(before);
  });

  it('isolates a right-to-left override in a title', async () => {
    const { container, paste } = await renderApp();
    await paste(JSON.stringify({ type: 'FeatureCollection', article: { title: 'Report\u202Efdp.exe', text: 'In Moscow.' }, features: [] }));
    const title = container.querySelector('h1 bdi')!;
    expect(title.textContent).toBe('Report\u202Efdp.exe');
  });
});

describe('the App on a first visit', () => {
  beforeAll(() => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    // A browser whose storage never answers (IndexedDB open stays pending, as when another tab blocks it).
    vi.stubGlobal('indexedDB', { open: () => ({}) });
  });
  afterEach(cleanup);
  afterAll(() => vi.unstubAllGlobals());

  it('shows the default article without waiting for the storage (nothing was open last time, no map link)', async () => {
    localStorage.clear();
    await renderApp();
    // The edit code loads once the page is idle: let it finish before the test environment goes.
    await (await import('../../src/app/lib/loadEditsCore')).loadEditsCore();
  });
});
