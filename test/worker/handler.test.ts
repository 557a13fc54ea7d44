import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorrectionsMemory } from '../../src/core/edits/memory';
import { Gazetteer } from '../../src/core/gazetteer/gazetteer';
import type { AtlasResources } from '../../src/core/pipeline';
import { createHandler } from '../../src/worker/handler';

const root = join(import.meta.dirname, '../..');
let gazetteer: Gazetteer | undefined;
const loadReal = async (): Promise<AtlasResources> => {
  gazetteer ??= Gazetteer.fromBytes(readFileSync(join(root, 'data/gazetteer.bin')));
  return { gazetteer };
};

describe('worker handler', () => {
  it('analyses text with the core pipeline and answers with the request id', async () => {
    const handle = createHandler(loadReal);
    const reply = await handle({ type: 'analyze', id: 7, text: 'The delegation flew from Moscow to Pyongyang on Monday.' });
    expect(reply.id).toBe(7);
    expect(reply.type).toBe('result');
    if (reply.type !== 'result') return;
    const names = reply.collection.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Moscow', 'Pyongyang']));
    expect(reply.collection.article.text).toContain('Moscow');
  });

  it('takes the reader\'s home place from the request\'s meta and keeps it out of the article', async () => {
    const handle = createHandler(loadReal);
    const text = 'The school board in Athens voted to extend the term by a week.';
    const reply = await handle({ type: 'analyze', id: 3, text, meta: { title: 'Board', home: 'Decatur, Ala.' } });
    if (reply.type !== 'result') throw new Error(reply.error);
    const athens = reply.collection.features.find((f) => f.properties.kind === 'place' && f.properties.name === 'Athens');
    expect(athens?.properties).toMatchObject({ countryCode: 'US' });
    expect(reply.collection.article.title).toBe('Board');
    expect(reply.collection.article).not.toHaveProperty('home');
  });

  it('answers a loading failure with a message, and retries the load on the next request', async () => {
    let calls = 0;
    const handle = createHandler(async () => {
      calls++;
      if (calls === 1) throw new Error('HTTP 404');
      return loadReal();
    });
    const first = await handle({ type: 'analyze', id: 1, text: 'Moscow.' });
    expect(first).toMatchObject({ type: 'error', id: 1 });
    if (first.type === 'error') expect(first.error).toContain('HTTP 404');
    const second = await handle({ type: 'analyze', id: 2, text: 'Talks in Moscow.' });
    expect(second.type).toBe('result');
    expect(calls).toBe(2);
  });

  it('does not crash on empty, binary-looking or missing text', async () => {
    const handle = createHandler(loadReal);
    for (const text of ['', '\u0000\u0001\u0002\uFFFD'.repeat(1000), undefined as unknown as string]) {
      const reply = await handle({ type: 'analyze', id: 3, text });
      expect(['result', 'error']).toContain(reply.type);
    }
  });
});

describe('worker handler: search, candidates and corrections', () => {
  it('answers a search with ranked matches', async () => {
    const handle = createHandler(loadReal);
    const reply = await handle({ type: 'search', id: 9, query: 'moscow', context: { places: [{ lon: -117.2, lat: 46.5 }], countries: ['US'] } });
    expect(reply).toMatchObject({ type: 'search-result', id: 9, query: 'moscow' });
    if (reply.type !== 'search-result') return;
    expect(reply.matches[0]).toMatchObject({ name: 'Moscow', countryCode: 'US', admin1Name: 'Idaho' });
  });

  it("lists a place's candidates with country names and distances, or says the place is not there", async () => {
    const handle = createHandler(loadReal);
    const analysed = await handle({ type: 'analyze', id: 1, text: 'Officials in Paris and Dallas met on Friday.' });
    if (analysed.type !== 'result') throw new Error(analysed.error);
    const reply = await handle({ type: 'candidates', id: 2, placeId: 'place:paris', collection: analysed.collection });
    expect(reply.type).toBe('candidates-result');
    if (reply.type !== 'candidates-result') return;
    expect(reply.candidates.length).toBeGreaterThan(0);
    for (const c of reply.candidates) {
      expect(c.countryName).toEqual(expect.any(String));
      expect(c.distanceKm).toEqual(expect.any(Number));
    }
    const missing = await handle({ type: 'candidates', id: 3, placeId: 'place:atlantis', collection: analysed.collection });
    expect(missing).toEqual({ type: 'error', id: 3, error: 'Could not list the candidates: no place place:atlantis on the map' });
  });

  it('analyses with the corrections sent, and refuses malformed ones with the reason', async () => {
    const handle = createHandler(loadReal);
    const corrections: CorrectionsMemory = { format: 'news-atlas-corrections', version: 1, entries: [{ name: 'Paris', context: { countries: [] }, place: null }] };
    const reply = await handle({ type: 'analyze', id: 4, text: 'Talks in Moscow and Paris.', corrections });
    if (reply.type !== 'result') throw new Error(reply.error);
    expect(reply.collection.features.map((f) => f.properties.name)).not.toContain('Paris');
    const bad = await handle({ type: 'analyze', id: 5, text: 'Moscow', corrections: { entries: 3 } as never });
    expect(bad).toMatchObject({ type: 'error', id: 5, error: expect.stringContaining('corrections file: format') });
  });
});
