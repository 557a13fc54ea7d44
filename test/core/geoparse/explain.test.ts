/** `npm run eval -- --errors` names the rule or weight behind each error: checked on small made-up gold. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { explainErrors } from '../../../src/core/geoparse/explain';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});

describe('explainErrors', () => {
  it('names the recogniser rule behind a missed span', () => {
    const text = 'Real Madrid won again.';
    const report = explainErrors([{ id: 1, text, toponyms: [{ start: 5, end: 11, lat: 40.42, lon: -3.7 }] }], gaz);
    expect(report.missed.get('Madrid')?.[0]?.decidedBy).toBe('clubName');
    expect(report.byRule.get('clubName')).toBe(1);
  });

  it('names the weight that separated a misplaced reading from the right one', () => {
    // Gold: Paris, Texas (made up for the test); with nothing else in the text the capital's weights win.
    const text = 'The fair came to Paris.';
    const report = explainErrors([{ id: 'a', text, toponyms: [{ start: 17, end: 22, lat: 33.66, lon: -95.56 }] }], gaz);
    expect(report.misplaced.get('Paris')?.[0]?.decidedBy).toMatch(/^(typeCapital|population) \(\+\d/);
  });

  it('says what admitted a spurious span, and when a name is not in the gazetteer at all', () => {
    const text = 'Mrs Zzyzxq visited Moscow.';
    const report = explainErrors([{ id: 'b', text, toponyms: [{ start: 4, end: 10 }] }], gaz);
    expect(report.missed.get('Zzyzxq')?.[0]?.decidedBy).toBe('not in the gazetteer');
    expect(report.spurious.get('Moscow')?.[0]?.decidedBy).toMatch(/^admitted/);
  });
});
