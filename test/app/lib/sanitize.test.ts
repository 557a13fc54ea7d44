import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../src/app/lib/collection';
import { buildExport } from '../../../src/app/lib/exportGeojson';
import { isDangerousText, sanitizeForExport } from '../../../src/app/lib/sanitize';

const seedText = readFileSync(join(import.meta.dirname, '../../../data/seed.geojson'), 'utf8');

function read(value: unknown) {
  const r = readCollection(value);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('export sanitising', () => {
  it('does not pass on fill: url(http://…) or article.url: "javascript:…", and keeps harmless unknown data', () => {
    const fc = JSON.parse(seedText);
    fc.article.url = 'javascript:alert(1)';
    fc.article.source = 'Example News';
    const place = fc.features.find((f: { properties: { kind: string } }) => f.properties.kind === 'place');
    place.properties.fill = 'url(http://example.com/track.png)';
    place.properties['marker-color'] = 'red;background:url(x)';
    place.properties.link = ' java\tscript:alert(1)';
    place.properties.note = { html: '<img src=x onerror=alert(1)>', plain: 'keep' };
    place.properties.wikidata = 'Q649';
    const out = JSON.parse(buildExport(read(fc)).json);
    expect(out.article.url).toBeUndefined();
    expect(out.article.source).toBe('Example News');
    const p = out.features.find((f: { id: string }) => f.id === place.id).properties;
    expect(p.fill).toBeUndefined();
    expect(p.link).toBeUndefined();
    expect(p.note).toEqual({ plain: 'keep' });
    expect(p.wikidata).toBe('Q649');
    // The app's own simplestyle colour replaces the bad one.
    expect(p['marker-color']).toMatch(/^#[0-9a-f]{6}$/);
    expect(buildExport(read(fc)).json).not.toMatch(/javascript|url\(|onerror/i);
  });

  it('leaves the seed’s own export as it was', () => {
    const seed = read(JSON.parse(seedText));
    const { collection } = buildExport(seed);
    expect(sanitizeForExport(collection)).toEqual(collection);
    expect(collection.article.text).toBe(seed.article.text);
  });

  it('knows what acts and what reads', () => {
    expect(['javascript:x', 'DATA:text/html,x', '\u0001javascript:x', 'expression(alert(1))', 'URL (x)', '<svg onload=x>', 'var(--x)'].map(isDangerousText)).toEqual([
      true, true, true, true, true, true, true,
    ]);
    expect(['Moscow', 'a < b', 'see https://example.com/', '2 > 1', 'Lavrov: "no"'].map(isDangerousText)).toEqual([false, false, false, false, false]);
  });
});
