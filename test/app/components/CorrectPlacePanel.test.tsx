// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CorrectPlacePanel } from '../../../src/app/components/CorrectPlacePanel';
import type { ChoiceView, GazetteerChoice } from '../../../src/app/lib/placeChoices';
import type { AtlasCollection, PlaceFeature } from '../../../src/core/geojson/types';
import type { Result } from '../../../src/core/types';
import { placeFixture } from '../helpers';

afterEach(cleanup);

// An original little article: "Paris" is read as the French capital, but the story is in Texas.
const TEXT = 'PARIS, Texas — Ranchers in Paris met buyers from Dallas. Paris sold its cattle. Gondor stayed quiet.';
const at = (word: string, from = 0) => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length, text: word, excerpt: TEXT };
};
const paris: PlaceFeature = placeFixture('place:paris', 'Paris', 'capital', [at('PARIS'), at('Paris'), at('Paris', 40)], [2.35, 48.86]);
paris.properties.countryCode = 'FR';
paris.properties.gazetteer = { source: 'geonames', id: '2988507' };
paris.properties.candidates = [
  { name: 'Paris', gazetteer: { source: 'geonames', id: '4717560' }, placeType: 'city', countryCode: 'US', lon: -95.55, lat: 33.66, population: 24782, score: 0.4 },
];
const dallas = placeFixture('place:dallas', 'Dallas', 'city', [at('Dallas')], [-96.8, 32.78]);
const collection: AtlasCollection = { type: 'FeatureCollection', article: { id: 't', title: 'Paris ranchers', text: TEXT }, features: [paris, dallas] };

const parisTexas = paris.properties.candidates[0]!;
const noSearch = async (): Promise<Result<ChoiceView[]>> => ({ ok: true, value: [] });

type Props = Parameters<typeof CorrectPlacePanel>[0];
function open(target: Props['target'], search: Props['search'] = noSearch) {
  const onEdit = vi.fn();
  const onClose = vi.fn();
  render(<CorrectPlacePanel target={target} collection={collection} search={search} onEdit={onEdit} onClose={onClose} />);
  return { onEdit, onClose };
}

describe('CorrectPlacePanel', () => {
  it('moves the place to typed coordinates, the keyboard alternative to dragging its marker (move-place)', () => {
    const { onEdit } = open({ kind: 'place', placeId: 'place:paris' });
    fireEvent.change(screen.getByLabelText(/Latitude/), { target: { value: '33.6609' } });
    fireEvent.change(screen.getByLabelText(/Longitude/), { target: { value: '-95.5555' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move here' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit.mock.calls[0]).toMatchObject([{ kind: 'move-place', place: { id: 'place:paris', name: 'Paris' }, lon: -95.5555, lat: 33.6609 }, false]);
  });

  it('lists the resolver’s other candidates with their country, population and distance from the article’s other places', () => {
    open({ kind: 'place', placeId: 'place:paris' });
    const list = screen.getByRole('list', { name: /Other places with this name/ });
    const item = within(list).getByRole('button');
    expect(item.textContent).toContain('Paris');
    expect(item.textContent).toMatch(/US|United States/);
    expect(item.textContent).toContain('pop. 24,782');
    // Paris, Texas lies ~160 km from Dallas (Turf's sphere), the article's only other spot.
    expect(item.textContent).toMatch(/1[56]\d km from the article’s other places/);
  });

  it('choosing a candidate moves every mention (choose-place), copying the gazetteer entry into the edit', () => {
    const { onEdit } = open({ kind: 'place', placeId: 'place:paris' });
    fireEvent.click(within(screen.getByRole('list', { name: /Other places/ })).getByRole('button'));
    expect(onEdit).toHaveBeenCalledTimes(1);
    const [edit, remember] = onEdit.mock.calls[0]!;
    expect(remember).toBe(false);
    expect(edit).toMatchObject({
      kind: 'choose-place',
      place: { id: 'place:paris', name: 'Paris', mention: { start: 0, end: 5, text: 'PARIS' } },
      choice: { type: 'gazetteer', ref: parisTexas.gazetteer, lon: parisTexas.lon, lat: parisTexas.lat, countryCode: 'US', population: 24782 },
    });
  });

  it('from one mention, “only this mention” chooses for that mention alone, and “Remember this choice” is passed on', () => {
    const mention = { start: at('Paris', 40).start, end: at('Paris', 40).end, text: 'Paris' };
    const { onEdit } = open({ kind: 'place', placeId: 'place:paris', mention });
    fireEvent.click(screen.getByLabelText(/Only this mention/));
    fireEvent.click(screen.getByLabelText(/Remember this choice/));
    fireEvent.click(within(screen.getByRole('list', { name: /Other places/ })).getByRole('button'));
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'choose-mention', mention }), true);
  });

  it('removes the place (every mention) or only the mention the person came from', () => {
    const mention = { start: at('Paris').start, end: at('Paris').end, text: 'Paris' };
    const { onEdit } = open({ kind: 'place', placeId: 'place:paris', mention });
    fireEvent.click(screen.getByRole('button', { name: /Not a place: remove Paris \(all 3 mentions\)/ }));
    expect(onEdit).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'remove-place', place: expect.objectContaining({ id: 'place:paris' }) }), false);
    fireEvent.click(screen.getByRole('button', { name: 'Remove only this mention' }));
    expect(onEdit).toHaveBeenLastCalledWith({ kind: 'remove-mention', mention }, false);
  });

  it('a search hit is a choice too (the search box starts with the place’s name)', async () => {
    const hit: GazetteerChoice = { type: 'gazetteer', ref: { source: 'geonames', id: '4402452' }, name: 'Paris', lon: -92.0, lat: 39.48, placeType: 'town', countryCode: 'US', population: 1200 };
    const search = vi.fn(async (_q: string): Promise<Result<ChoiceView[]>> => ({ ok: true, value: [{ choice: hit, admin1Name: 'Missouri' }] }));
    const { onEdit } = open({ kind: 'place', placeId: 'place:paris' }, search);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('Paris');
    const option = await screen.findByRole('option');
    expect(option.textContent).toContain('Missouri');
    fireEvent.click(option);
    expect(search.mock.calls[0]![0]).toBe('Paris');
    expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ kind: 'choose-place', choice: hit }), false);
  });

  it('marks selected words as a place: the search is pre-filled with them; other occurrences join unless unticked', async () => {
    const gondor = { start: TEXT.indexOf('Gondor'), end: TEXT.indexOf('Gondor') + 6, text: 'Gondor' };
    const hit: GazetteerChoice = { type: 'gazetteer', ref: { source: 'test', id: 'g' }, name: 'Gondor', lon: 10, lat: 45, placeType: 'region', countryCode: '' };
    const search = vi.fn(async (q: string): Promise<Result<ChoiceView[]>> => ({ ok: true, value: q === 'Gondor' ? [{ choice: hit }] : [] }));
    const { onEdit } = open({ kind: 'add', mention: gondor }, search);
    expect(screen.getByRole('heading', { name: 'Mark “Gondor” as a place' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Every other “Gondor”/));
    fireEvent.click(await screen.findByRole('option'));
    expect(onEdit).toHaveBeenCalledWith({ kind: 'add-place', mention: gondor, choice: hit, sameWords: false }, false);
  });

  it('names a dropped pin with the article’s words, and refuses a name the article does not contain', () => {
    const { onEdit } = open({ kind: 'pin', lon: 10.5, lat: 45.25 });
    const name = screen.getByLabelText(/The place’s name/);
    fireEvent.change(name, { target: { value: 'Mordor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put it on the map' }));
    expect(screen.getByRole('alert').textContent).toMatch(/“Mordor” is not in the article/);
    expect(onEdit).not.toHaveBeenCalled();
    fireEvent.change(name, { target: { value: 'gondor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put it on the map' }));
    expect(onEdit).toHaveBeenCalledWith(
      {
        kind: 'add-place',
        mention: { start: TEXT.indexOf('Gondor'), end: TEXT.indexOf('Gondor') + 6, text: 'Gondor' },
        choice: { type: 'custom', name: 'gondor', lon: 10.5, lat: 45.25 },
        sameWords: true,
      },
      false,
    );
  });

  it('Escape and the close button close it; focus lands on its heading when it opens', () => {
    const { onClose } = open({ kind: 'place', placeId: 'place:paris' });
    expect(document.activeElement?.textContent).toMatch(/Not this place\?/);
    fireEvent.keyDown(screen.getByRole('heading', { level: 2 }), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Close the correction panel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
