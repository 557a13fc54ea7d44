/** Map links: what goes in comes out, and a damaged, hostile or oversized link gets a message. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, LINK_PREFIX, linkPayload, MAX_PAYLOAD_BYTES } from '../../../../src/app/lib/share/link';
import type { AtlasCollection } from '../../../../src/core/geojson/types';
import { atlasCollectionArb } from '../../../support/atlasArbitrary';

const article: AtlasCollection = {
  type: 'FeatureCollection',
  article: { id: 'a1', title: 'Envoy in Oslo', byline: 'A. Writer', published: '2024-03-04', tags: ['x'], text: 'The envoy flew from Oslo to Quito on Monday.' },
  features: [],
};

describe('map links', () => {
  it('carry the article, the view and the edits, and read back the same', async () => {
    const payload = linkPayload(article, { lat: 12.3456789, lon: -45.6, zoom: 3.25 }, [{ op: 'move', id: 'place:oslo' }]);
    const hash = await encodeLink(payload);
    expect(hash.startsWith(LINK_PREFIX)).toBe(true);
    expect(hash).toMatch(/^#map=1\.[A-Za-z0-9_-]+$/);
    const back = await decodeLink(hash);
    expect(back).toEqual({ ok: true, value: { v: 1, article: article.article, view: { lat: 12.34568, lon: -45.6, zoom: 3.25 }, edits: [{ op: 'move', id: 'place:oslo' }] } });
  });

  it('carry a map that came from a file (no text) as the collection itself', async () => {
    await fc.assert(
      fc.asyncProperty(atlasCollectionArb, async (c) => {
        const back = await decodeLink(await encodeLink(linkPayload(c)));
        expect(back?.ok && back.value.collection).toEqual(JSON.parse(JSON.stringify(c)));
      }),
      { numRuns: 20 },
    );
  });

  it('are not links when the fragment is something else', async () => {
    expect(await decodeLink('#places')).toBeNull();
    expect(await decodeLink('')).toBeNull();
  });

  it('say when they are damaged, cut short or hostile', async () => {
    const good = await encodeLink(linkPayload(article));
    expect(await decodeLink(good.slice(0, good.length - 10))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or cut short/) });
    expect(await decodeLink(`${LINK_PREFIX}<script>alert(1)</script>`)).toMatchObject({ ok: false, error: expect.stringMatching(/characters a map link never has/) });
    const notAMap = await encodeLinkOf({ v: 1, article: { text: 42 } });
    expect(await decodeLink(notAMap)).toEqual({ ok: false, error: 'This map link holds no article and no map.' });
  });

  it('refuse a payload that inflates past the limit (a deflate bomb)', async () => {
    const bomb = await encodeLinkOf({ v: 1, article: { text: 'a'.repeat(MAX_PAYLOAD_BYTES + 10) }, edits: [] });
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeLink(bomb)).toEqual({ ok: false, error: 'This map link holds more than the app reads from a link.' });
  });

  it('keep only string metadata and a sane view', async () => {
    const hash = await encodeLinkOf({ v: 1, article: { text: 'Oslo.', title: { toString: 1 }, tags: ['a', 3] }, view: { lat: 500, lon: 0, zoom: 2 } });
    expect(await decodeLink(hash)).toEqual({ ok: true, value: { v: 1, article: { id: 'link', title: '', text: 'Oslo.', tags: ['a'] }, edits: [] } });
  });
});

/** A link of any JSON, as a hostile page could make one. */
function encodeLinkOf(value: unknown): Promise<string> {
  return encodeLink(value as never);
}
