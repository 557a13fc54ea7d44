import { describe, expect, it } from 'vitest';
import { classifyBytes, classifyText, MAX_INPUT_BYTES } from '../../../src/app/lib/input';

const enc = (s: string) => new TextEncoder().encode(s);

describe('classifyBytes / classifyText', () => {
  it('passes article text on to the analyser', () => {
    expect(classifyBytes(enc('\uFEFFLavrov flew to Pyongyang.'), 'a.txt')).toEqual({ kind: 'text', text: 'Lavrov flew to Pyongyang.' });
    expect(classifyText('Ri Yong Ho visited Moscow.')).toEqual({ kind: 'text', text: 'Ri Yong Ho visited Moscow.' });
  });
  it('opens GeoJSON directly', () => {
    const v = classifyBytes(enc(JSON.stringify({ type: 'FeatureCollection', article: { title: 'T', text: 'Moscow.' }, features: [] })), 'x.geojson');
    expect(v.kind).toBe('geojson');
  });
  it('rejects empty, binary, non-UTF-8, too large and malformed JSON input with a message', () => {
    const cases = [
      classifyText('   '),
      classifyBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
      classifyBytes(new Uint8Array([0x66, 0xff, 0xfe, 0x66])),
      classifyBytes(new Uint8Array(MAX_INPUT_BYTES + 1)),
      classifyText('x'.repeat(MAX_INPUT_BYTES + 1)),
      classifyBytes(enc('{"type": "Feature'), 'broken.geojson'),
      classifyBytes(enc('{"type": "Point", "coordinates": [0, 0]}'), 'point.geojson'),
      classifyBytes(enc('{"type": "FeatureCollection", "features": []}'), 'empty.geojson'),
    ];
    for (const v of cases) {
      expect(v.kind).toBe('error');
      if (v.kind === 'error') expect(v.message.length).toBeGreaterThan(10);
    }
  });
  it('treats text that merely starts with a brace as text', () => {
    expect(classifyText('{Note} Moscow said…').kind).toBe('text');
  });
});
