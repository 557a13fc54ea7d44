// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayDate, StoryEditor } from '../../../src/app/components/StoryEditor';
import { mapLayers } from '../../../src/app/lib/collection';
import type { EventFeature } from '../../../src/core/geojson/types';
import { loadFixture } from '../helpers';

afterEach(cleanup);

const collection = loadFixture('seed-fixture.geojson');
const { places, routes } = mapLayers(collection);
// The fixture has journeys only: one event, written here.
const meeting: EventFeature = {
  type: 'Feature',
  id: 'event:meeting:moscow',
  geometry: { type: 'Point', coordinates: [37.62, 55.75] },
  properties: {
    kind: 'event',
    name: 'Meeting in Moscow',
    mentions: [],
    place: 'place:moscow',
    participants: [],
    date: { label: '', precision: 'unknown' },
    status: 'happened',
    confidence: 0.8,
  },
};
const events = [meeting];

function renderEditor() {
  const onEdit = vi.fn();
  render(<StoryEditor routes={routes} events={events} places={places} onEdit={onEdit} />);
  return onEdit;
}
const row = (id: string) => document.querySelector(`[data-story-id="${id}"]`) as HTMLElement;

describe('StoryEditor', () => {
  it('deletes and reverses a journey, naming it by id and by its ends', () => {
    const onEdit = renderEditor();
    const route = routes[0]!;
    fireEvent.click(within(row(route.id)).getByRole('button', { name: /^Reverse/ }));
    expect(onEdit).toHaveBeenLastCalledWith({
      kind: 'reverse-route',
      route: expect.objectContaining({ kind: 'route', id: route.id, fromName: expect.any(String), toName: expect.any(String) }),
    });
    fireEvent.click(within(row(route.id)).getByRole('button', { name: /^Delete/ }));
    expect(onEdit).toHaveBeenLastCalledWith({ kind: 'delete-route', route: expect.objectContaining({ id: route.id }) });
  });

  it('changes a journey’s status and date', () => {
    const onEdit = renderEditor();
    const route = routes.find((r) => r.properties.status === 'happened')!;
    fireEvent.change(within(row(route.id)).getByLabelText(/Status of/), { target: { value: 'cancelled' } });
    expect(onEdit).toHaveBeenLastCalledWith({ kind: 'set-status', target: expect.objectContaining({ id: route.id }), status: 'cancelled' });
    fireEvent.change(within(row(route.id)).getByLabelText(/Date of/), { target: { value: '2018-04-12' } });
    expect(onEdit).toHaveBeenLastCalledWith({
      kind: 'set-date',
      target: expect.objectContaining({ id: route.id }),
      date: { start: '2018-04-12', end: '2018-04-12', label: '12 Apr 2018', precision: 'day' },
    });
  });

  it('deletes an event', () => {
    const onEdit = renderEditor();
    fireEvent.click(within(row(events[0]!.id)).getByRole('button', { name: /^Delete/ }));
    expect(onEdit).toHaveBeenLastCalledWith({ kind: 'delete-event', event: expect.objectContaining({ kind: 'event', id: events[0]!.id }) });
  });

  it('adds a journey: traveller in free text, from, to, status and date; not until both ends differ', () => {
    const onEdit = renderEditor();
    fireEvent.click(screen.getByText('Add a journey'));
    const submit = screen.getByRole('button', { name: 'Add the journey' }) as HTMLButtonElement;
    fireEvent.change(screen.getByLabelText('Traveller'), { target: { value: 'A trade delegation' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'place:beijing' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'place:beijing' } });
    expect(submit.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('To'), { target: { value: 'place:washington' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'planned' } });
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '2018-05-02' } });
    fireEvent.click(submit);
    expect(onEdit).toHaveBeenLastCalledWith({
      kind: 'add-route',
      traveller: 'A trade delegation',
      from: expect.objectContaining({ id: 'place:beijing', name: 'Beijing' }),
      to: expect.objectContaining({ id: 'place:washington', name: 'Washington' }),
      status: 'planned',
      date: dayDate('2018-05-02'),
    });
  });
});
