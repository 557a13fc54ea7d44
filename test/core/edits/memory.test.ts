import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  type CorrectionsMemory,
  correctionFromEdit,
  emptyMemory,
  forgetChoice,
  readCorrections,
  rememberChoice,
  rememberedReadings,
  writeCorrections,
} from '../../../src/core/edits/memory';
import { choiceFromCandidate, createEdit, placeRefOf } from '../../../src/core/edits/refs';
import { DECIDED_BY_CORRECTIONS, type PlaceChoice } from '../../../src/core/edits/types';
import { ellipsoidKm, type LonLat } from '../../../src/core/geo/distance';
import { geoparse } from '../../../src/core/geoparse';
import { analyzeArticle } from '../../../src/core/pipeline';
import { analyzeFixture, at, place, placesOf, resources, routesOf } from './support';

const analysis = analyzeFixture();
const paris = place(analysis, 'Paris');
const elsewhere = paris.properties.candidates.find((c) => c.countryCode !== paris.properties.countryCode)!;
const parisElsewhere = choiceFromCandidate(elsewhere);
const pin: PlaceChoice = { type: 'custom', name: 'Harbour Gate', lon: 24.95, lat: 60.16, countryCode: 'FI' };

describe('corrections memory: the file', () => {
  it('round-trips through its JSON text, one entry per line', () => {
    const m = rememberChoice(rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['RU', 'FI'] }, place: parisElsewhere }), {
      name: 'Xinhua',
      context: { countries: [] },
      place: null,
    });
    const text = writeCorrections(m);
    expect(text.split('\n').filter((l) => l.startsWith('    {'))).toHaveLength(2);
    expect(readCorrections(text)).toEqual({ ok: true, value: m });
    expect(m.entries[0]!.context.countries).toEqual(['FI', 'RU']);
    expect(readCorrections(writeCorrections(emptyMemory()))).toEqual({ ok: true, value: emptyMemory() });
  });

  it.each([
    ['', 'corrections file: empty'],
    ['{"format": ', 'corrections file: not JSON'],
    ['[]', 'corrections file: expected a JSON object with "format", "version" and "entries"'],
    ['{"format":"other","version":1,"entries":[]}', 'corrections file: format: "format" must be "news-atlas-corrections"'],
    ['{"format":"news-atlas-corrections","version":2,"entries":[]}', 'corrections file: version: "version" must be 1'],
    ['{"format":"news-atlas-corrections","version":1,"entries":[{"name":"Paris","place":null}]}', 'corrections file: entries[0].context: missing'],
    [
      '{"format":"news-atlas-corrections","version":1,"entries":[{"name":"Paris","context":{"countries":["usa"]},"place":null}]}',
      'corrections file: entries[0].context.countries[0]: a country is an ISO 3166-1 alpha-2 code such as "US"',
    ],
    [
      '{"format":"news-atlas-corrections","version":1,"entries":[{"name":"Camp","context":{"countries":[]},"place":{"type":"custom","name":"Camp","lon":1,"lat":91}}]}',
      'corrections file: entries[0].place.lat: Invalid value: Expected <=90 but received 91',
    ],
    [
      '{"format":"news-atlas-corrections","version":1,"entries":[{"name":" ","context":{"countries":[]},"place":null}]}',
      'corrections file: entries[0].name: a name may not be empty',
    ],
  ])('a malformed file gets a message naming what is wrong: %s', (text, message) => {
    const read = readCorrections(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });

  it('remembering the same words in the same context replaces the entry; forgetting removes them', () => {
    let m = rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['RU'] }, place: parisElsewhere });
    m = rememberChoice(m, { name: 'PARIS', context: { countries: ['RU'] }, place: pin });
    m = rememberChoice(m, { name: 'Paris', context: { countries: ['US'] }, place: null });
    expect(m.entries.map((e) => [e.name, e.context.countries.join()])).toEqual([
      ['PARIS', 'RU'],
      ['Paris', 'US'],
    ]);
    expect(forgetChoice(m, 'paris', { countries: ['US'] }).entries).toHaveLength(1);
    expect(forgetChoice(m, 'Paris').entries).toEqual([]);
  });
});

describe('corrections memory: learning and applying', () => {
  it("learns from an edit: the words, the article's other countries, the place chosen", () => {
    const edit = createEdit({ kind: 'choose-place', place: placeRefOf(paris), choice: parisElsewhere }, [], at(0));
    const entry = correctionFromEdit(edit, analysis)!;
    expect(entry.name).toBe('Paris');
    expect(entry.place).toEqual(parisElsewhere);
    const others = new Set(placesOf(analysis).filter((p) => p.id !== paris.id).map((p) => p.properties.countryCode));
    expect(new Set(entry.context.countries)).toEqual(others);
    const removal = correctionFromEdit(createEdit({ kind: 'remove-place', place: placeRefOf(paris) }, [], at(1)), analysis)!;
    expect(removal.place).toBeNull();
  });

  it('a later article that shares the context takes the remembered place, marked as decided by your corrections', () => {
    const edit = createEdit({ kind: 'choose-place', place: placeRefOf(paris), choice: parisElsewhere }, [], at(0));
    const memory = rememberChoice(emptyMemory(), correctionFromEdit(edit, analysis)!);
    const later = analyzeArticle('Talks in Moscow ended on Friday. The delegation then went on to Paris.', { ...resources, corrections: memory });
    const p = place(later, elsewhere.name);
    expect(p.properties.gazetteer).toEqual(elsewhere.gazetteer);
    expect(p.properties.decidedBy).toBe(DECIDED_BY_CORRECTIONS);
    expect(p.properties.mentions.map((m) => m.text)).toEqual(['Paris']);
    // Moscow was not corrected: the resolver's own.
    expect(place(later, 'Moscow').properties.decidedBy).toBeUndefined();

    // An article about France shares no country with the correction: the resolver decides.
    const french = analyzeArticle('Lyon and Marseille sent mayors to Paris on Friday.', { ...resources, corrections: memory });
    expect(place(french, 'Paris').properties.gazetteer).toEqual(paris.properties.gazetteer);
    expect(place(french, 'Paris').properties.decidedBy).toBeUndefined();
  });

  it('"not a place" removes the words everywhere it applies, and the routes to them', () => {
    const memory: CorrectionsMemory = { ...emptyMemory(), entries: [{ name: 'Beijing', context: { countries: [] }, place: null }] };
    const fixture = analyzeArticle(analysis.article.text!, { ...resources, corrections: memory }, { published: '2026-03-02' });
    expect(placesOf(fixture).map((p) => p.properties.name)).not.toContain('Beijing');
    for (const r of routesOf(fixture)) expect((r.properties as { toName?: string }).toName).not.toBe('Beijing');
  });

  it('a correction for a name that several places share moves only those mentions; a twin place absorbs them', () => {
    const text = 'Officials flew from Helsinki to Moscow. In Moskva the talks began.';
    const places = geoparse(text, resources.gazetteer);
    const moscow = places.find((p) => p.name === 'Moscow')!;
    // Say a team remembered that "Helsinki" (in this context) means Moscow: it joins the Moscow place.
    const choice: PlaceChoice = {
      type: 'gazetteer',
      ref: moscow.gazetteer,
      name: moscow.name,
      lon: moscow.lon,
      lat: moscow.lat,
      placeType: moscow.placeType,
      countryCode: moscow.countryCode,
    };
    const out = applyCorrections(places, { ...emptyMemory(), entries: [{ name: 'helsinki', context: { countries: ['RU'] }, place: choice }] }, resources.gazetteer);
    expect(out.map((p) => p.name)).toEqual(['Moscow']);
    expect(out[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Helsinki', 'Moscow']));
    expect(out[0]!.mentions.map((m) => m.start)).toEqual([...out[0]!.mentions.map((m) => m.start)].sort((x, y) => x - y));
    expect(out[0]!.decidedBy).toBe(DECIDED_BY_CORRECTIONS);
    // The input is not changed.
    expect(places.find((p) => p.name === 'Helsinki')).toBeDefined();
  });

  it('a pin remembered for words no gazetteer has becomes a place of its own in a later article', () => {
    const text = 'Refugees crossed at Harbour Gate near Helsinki, Finland.';
    const memory = rememberChoice(emptyMemory(), { name: 'Harbour Gate', context: { countries: ['FI'] }, place: pin });
    const places = applyCorrections(geoparse(text, resources.gazetteer), memory, resources.gazetteer);
    // The memory applies to words the resolver found; words it did not find are for an add-place edit.
    expect(places.some((p) => p.name === 'Harbour Gate')).toBe(false);
  });

  it('a remembered place is a prior, not a relabelling: it lends its whereabouts to the other ambiguous names', () => {
    // An original two-name story: read alone, "Paris" is the French capital and "Jackson" the Mississippi capital.
    const text = 'Paris and Jackson were hit by storms overnight.';
    const alone = analyzeArticle(text, resources);
    const first = place(alone, 'Paris');
    // A person remembered "Paris" as Paris, Tennessee (GeoNames 4647963) in an American story.
    const tennessee = first.properties.candidates.find((c) => c.gazetteer.id === '4647963')!;
    expect(tennessee).toBeDefined();
    const memory = rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['US'] }, place: choiceFromCandidate(tennessee) });
    const km = (a: number[], b: number[]) => ellipsoidKm(a as LonLat, b as LonLat);
    const jacksonAlone = place(alone, 'Jackson').geometry.coordinates;
    expect(km(jacksonAlone, [tennessee.lon, tennessee.lat])).toBeGreaterThan(300);

    const later = analyzeArticle(text, { ...resources, corrections: memory });
    const paris = place(later, 'Paris');
    expect(paris.properties.gazetteer).toEqual(tennessee.gazetteer);
    expect(paris.properties.decidedBy).toBe(DECIDED_BY_CORRECTIONS);
    // Jackson follows Paris to Tennessee: the resolver read the remembered place as a certain name.
    const jackson = place(later, 'Jackson');
    expect(km(jackson.geometry.coordinates, paris.geometry.coordinates)).toBeLessThan(120);
    expect(jackson.properties.decidedBy).toBeUndefined();

    // Recorded in another context (a French story), the entry does not apply here: the first reading stands.
    const french = rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['FR'] }, place: choiceFromCandidate(tennessee) });
    const places = geoparse(text, resources.gazetteer);
    expect(rememberedReadings(places, french, resources.gazetteer)).toBeUndefined();
    expect(place(analyzeArticle(text, { ...resources, corrections: french }), 'Jackson').geometry.coordinates).toEqual(jacksonAlone);
  });

  it('words remembered as no place are left out before resolution, so their wrong reading informs nothing', () => {
    const text = 'Paris and Jackson were hit by storms overnight.';
    const memory: CorrectionsMemory = { ...emptyMemory(), entries: [{ name: 'PARIS', context: { countries: [] }, place: null }] };
    const prior = rememberedReadings(geoparse(text, resources.gazetteer), memory, resources.gazetteer)!;
    expect([...prior.notPlaces]).toEqual(['paris']);
    expect(prior.rows.size).toBe(0);
    expect(geoparse(text, resources.gazetteer, { remembered: prior }).map((p) => p.name)).toEqual(['Jackson']);
  });

  it('leaves the places alone with no memory or an empty one', () => {
    const places = geoparse('Talks in Moscow.', resources.gazetteer);
    expect(applyCorrections(places, undefined)).toBe(places);
    expect(applyCorrections(places, emptyMemory())).toBe(places);
  });
});
