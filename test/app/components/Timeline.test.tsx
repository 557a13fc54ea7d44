// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '../../../src/app/components/Timeline';
import { hiddenIds, type TimelineItem, timelineItems, timelineSteps, timelineWhen } from '../../../src/app/lib/timelineModel';
import type { AtlasCollection, AtlasFeature, StoryDate } from '../../../src/core/geojson/types';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const TEXT = 'Kim went to Beijing last month. Ri went to Beijing last week. A summit is set for late April. A <img src=x onerror=alert(1)> meeting.';

function mention(sentence: string) {
  const start = TEXT.indexOf(sentence);
  return { start, end: start + sentence.length, text: sentence, excerpt: sentence };
}

function route(id: string, name: string, date: StoryDate, sentence: string): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates: [[125.75, 39.03], [116.4, 39.9]] },
    properties: { kind: 'route', name, mentions: [mention(sentence)], from: 'place:a', to: 'place:b', actors: [], date, status: 'happened', distanceKm: 808, ellipsoidKm: 809, confidence: 0.5 },
  };
}

function event(id: string, name: string, date: StoryDate, sentence: string, status: 'planned' | 'proposed'): AtlasFeature {
  return {
    type: 'Feature',
    id,
    geometry: null,
    properties: { kind: 'event', name, mentions: [mention(sentence)], participants: [], date, status, confidence: 0.7 },
  };
}

// A story route whose origin is only the actor's home capital.
const kim = route('route:kim', 'Kim: Pyongyang → Beijing', { label: 'last month', precision: 'month', start: '2018-03-01', end: '2018-03-31' }, 'Kim went to Beijing last month.');
(kim.properties as unknown as Record<string, unknown>).origin = 'home-capital';

const collection: AtlasCollection = {
  type: 'FeatureCollection',
  article: { id: 't', title: 't', text: TEXT },
  features: [
    event('event:x', 'A <img src=x onerror=alert(1)> meeting', { label: '', precision: 'unknown' }, 'A <img src=x onerror=alert(1)> meeting.', 'proposed'),
    event('event:summit', 'Summit', { label: 'late April', precision: 'part-of-month', start: '2018-04-21', end: '2018-04-30' }, 'A summit is set for late April.', 'planned'),
    route('route:ri', 'Ri: Pyongyang → Beijing', { label: 'last week', precision: 'part-of-month', start: '2018-04-02', end: '2018-04-08' }, 'Ri went to Beijing last week.'),
    kim,
  ],
};
const items = timelineItems(collection);

/** Timeline with its `until` state held like App holds it. */
function Harness({ onSelect = () => {}, onUntil = () => {} }: { onSelect?: (i: TimelineItem) => void; onUntil?: (u: string | null) => void }) {
  const [until, setUntil] = useState<string | null>(null);
  return (
    <Timeline
      items={items}
      until={until}
      onUntil={(u) => {
        onUntil(u);
        setUntil(u);
      }}
      onSelect={onSelect}
      stepMs={100}
    />
  );
}

describe('timeline model', () => {
  it('shows the article\'s words for a date with what they resolve to', () => {
    expect(items.map(timelineWhen)).toEqual(['last month · Mar 2018', 'last week · 2–8 Apr 2018', 'late April · 21–30 Apr 2018', 'date not stated']);
    const day = { when: '2024-03-04', date: { label: 'Monday', precision: 'day' as const, start: '2024-03-04', end: '2024-03-04' } };
    expect(timelineWhen(day)).toBe('Monday · 4 Mar 2024');
    // No words to quote (a date from an imported file): the resolved date alone.
    expect(timelineWhen({ ...day, date: { ...day.date, label: '' } })).toBe('4 Mar 2024');
    // Words that already are the date are not repeated.
    expect(timelineWhen({ when: '2018-01-01', date: { label: '2018', precision: 'year', start: '2018-01-01', end: '2018-12-31' } })).toBe('2018');
    expect(timelineWhen({ ...day, date: { ...day.date, label: 'April 10, 2018' } })).toBe('April 10, 2018');
  });

  it('orders dated items by date and puts undated ones last', () => {
    expect(items.map((i) => i.id)).toEqual(['route:kim', 'route:ri', 'event:summit', 'event:x']);
    expect(timelineSteps(items)).toEqual(['2018-03-01', '2018-04-02', '2018-04-21']);
  });

  it('hides what is dated after the cut-off, and the undated unless showing all', () => {
    expect([...hiddenIds(items, '2018-04-02')].sort()).toEqual(['event:summit', 'event:x']);
    expect(hiddenIds(items, null).size).toBe(0);
  });
});

describe('Timeline', () => {
  it('lists the items in date order, with their dates and statuses as text', () => {
    const { container } = render(<Harness />);
    const names = [...container.querySelectorAll('.timeline-name')].map((n) => n.textContent);
    expect(names).toEqual(['Kim: Pyongyang → Beijing', 'Ri: Pyongyang → Beijing', 'Summit', 'A <img src=x onerror=alert(1)> meeting']);
    // The article's words stay text: no element is created from them.
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('date not stated')).toBeTruthy();
    const statuses = [...container.querySelectorAll('.timeline-status')].map((n) => n.textContent);
    expect(statuses[0]).toBe('journey · happened · origin implied');
    expect(statuses[1]).toBe('journey · happened');
  });

  it('the slider reveals items up to a date', () => {
    const onUntil = vi.fn();
    const { container } = render(<Harness onUntil={onUntil} />);
    const slider = screen.getByRole('slider');
    fireEvent.change(slider, { target: { value: '1' } });
    expect(onUntil).toHaveBeenLastCalledWith('2018-04-02');
    const hidden = [...container.querySelectorAll('.timeline-item.is-hidden button')].map((b) => b.getAttribute('data-item-id'));
    expect(hidden).toEqual(['event:summit', 'event:x']);
    expect(container.querySelector('output')?.textContent).toBe('Up to 2 Apr 2018');
    fireEvent.change(slider, { target: { value: '3' } });
    expect(onUntil).toHaveBeenLastCalledWith(null);
    expect(container.querySelectorAll('.timeline-item.is-hidden')).toHaveLength(0);
  });

  it('play steps through the dates from the start and stops at the end', () => {
    vi.useFakeTimers();
    const onUntil = vi.fn();
    render(<Harness onUntil={onUntil} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(onUntil).toHaveBeenLastCalledWith('2018-03-01');
    act(() => vi.advanceTimersByTime(100));
    expect(onUntil).toHaveBeenLastCalledWith('2018-04-02');
    act(() => vi.advanceTimersByTime(100));
    expect(onUntil).toHaveBeenLastCalledWith('2018-04-21');
    act(() => vi.advanceTimersByTime(100));
    expect(onUntil).toHaveBeenLastCalledWith(null);
    act(() => vi.advanceTimersByTime(500));
    expect(onUntil).toHaveBeenCalledTimes(4);
    expect(screen.getByRole('button', { name: 'Play' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('pause stops the playback', () => {
    vi.useFakeTimers();
    const onUntil = vi.fn();
    render(<Harness onUntil={onUntil} />);
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => vi.advanceTimersByTime(1000));
    expect(onUntil).toHaveBeenCalledTimes(1);
  });

  it('choosing an item reports it (the app flies the map there) and quotes its sentence', () => {
    const onSelect = vi.fn();
    const { container, rerender } = render(<Timeline items={items} until={null} onUntil={() => {}} onSelect={onSelect} />);
    fireEvent.click(container.querySelector('[data-item-id="event:summit"]') as Element);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'event:summit', kind: 'event' }));
    rerender(<Timeline items={items} until={null} onUntil={() => {}} onSelect={onSelect} selectedId="route:ri" />);
    expect(container.querySelector('.timeline-quote')?.textContent).toBe('Ri went to Beijing last week.');
  });

  it('says so when the article has no journeys or events', () => {
    render(<Timeline items={[]} until={null} onUntil={() => {}} onSelect={() => {}} />);
    expect(screen.getByText(/No journeys or events/)).toBeTruthy();
  });
});
