/** Opening a map link: the text is analysed again, the corrections applied, other tools' features kept. */
import { describe, expect, it } from 'vitest';
import type { OtherFeature } from '../../../../src/app/lib/collection';
import { encodeLink, linkPayload } from '../../../../src/app/lib/share/link';
import { openLink } from '../../../../src/app/lib/share/openLink';
import type { AtlasCollection } from '../../../../src/core/geojson/types';
import type { ArticleMeta } from '../../../../src/core/types';

const text = 'Talks were held in Oslo.';
const analysed: AtlasCollection = {
  type: 'FeatureCollection',
  article: { id: 'oslo-talks', title: 'Talks in Oslo', published: '2024-03-04', text },
  features: [
    {
      type: 'Feature',
      id: 'place:oslo',
      geometry: { type: 'Point', coordinates: [10.74609, 59.91273] },
      properties: {
        kind: 'place',
        name: 'Oslo',
        mentions: [{ start: 19, end: 23, text: 'Oslo', excerpt: text }],
        placeType: 'capital',
        countryCode: 'NO',
        gazetteer: { source: 'geonames', id: '3143244' },
        confidence: 0.95,
        candidates: [],
        reference: 'literal',
      },
    },
  ],
};

describe('openLink', () => {
  it('analyses the text with its metadata, applies the corrections and keeps the view', async () => {
    const edit = { id: 'e1', at: '2026-11-30T10:00:00Z', kind: 'move-place', place: { id: 'place:oslo', name: 'Oslo' }, lon: 10.8, lat: 60 };
    const hash = await encodeLink(linkPayload(analysed, { lat: 60, lon: 10, zoom: 5 }, [edit]));
    const calls: [string, Partial<ArticleMeta> | undefined][] = [];
    const opened = await openLink(hash, async (t, meta) => {
      calls.push([t, meta]);
      return { ok: true, value: analysed };
    });
    expect(calls).toEqual([[text, { id: 'oslo-talks', title: 'Talks in Oslo', published: '2024-03-04' }]]);
    expect(opened?.ok).toBe(true);
    if (!opened?.ok) return;
    expect(opened.value.view).toEqual({ lat: 60, lon: 10, zoom: 5 });
    expect(opened.value.collection.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [10.8, 60] });
    expect(opened.value.edits).toHaveLength(1);
  });

  it("says when the link's corrections are not a list of edits, and still opens the map", async () => {
    const hash = await encodeLink(linkPayload(analysed, undefined, [{ kind: 'explode' }]));
    const opened = await openLink(hash, async () => ({ ok: true, value: analysed }));
    expect(opened?.ok && opened.value.report).toMatch(/^The link's corrections were not applied: not a list of edits/);
    expect(opened?.ok && opened.value.collection.features[0]!.geometry).toEqual(analysed.features[0]!.geometry);
  });

  it("carries a file's map and other tools' features without analysing anything", async () => {
    const fromFile: AtlasCollection = { ...analysed, article: { id: 'import:x', title: 'x', text: '' } };
    const other: OtherFeature = {
      id: 'trail',
      geometry: { type: 'LineString', coordinates: [[10, 60], [11, 61]] },
      name: 'Trail <b>',
      description: '',
      style: {},
      properties: { name: 'Trail <b>' },
    };
    const hash = await encodeLink(linkPayload(fromFile, undefined, [], [other]));
    const opened = await openLink(hash, async () => {
      throw new Error('a file map is never analysed');
    });
    expect(opened?.ok).toBe(true);
    if (!opened?.ok) return;
    expect(opened.value.collection.features.map((f) => f.id)).toEqual(['place:oslo']);
    expect(opened.value.others.map((o) => [o.id, o.name, o.geometry.type])).toEqual([['trail', 'Trail <b>', 'LineString']]);
  });

  it('passes on why a link could not be read', async () => {
    expect(await openLink('#map=1.!!', async () => ({ ok: true, value: analysed }))).toMatchObject({ ok: false });
    expect(await openLink('#about', async () => ({ ok: true, value: analysed }))).toBeNull();
  });
});
