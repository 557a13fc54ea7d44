import './Timeline.css';
import { memo, useEffect, useMemo, useState } from 'react';
import { formatDay, isVisibleAt, type TimelineItem, timelineSteps, timelineWhen } from '../lib/timelineModel';

export interface TimelineProps {
  /** Routes and events in timeline order (see `timelineItems`). */
  items: readonly TimelineItem[];
  /** Show features dated up to this day (ISO); null shows everything, undated included. */
  until: string | null;
  onUntil: (until: string | null) => void;
  /** Choosing an item: the app flies the map to it. */
  onSelect: (item: TimelineItem) => void;
  selectedId?: string | null;
  /** Milliseconds per step while playing. */
  stepMs?: number;
}

const STATUS_LABEL: Record<string, string> = {
  happened: 'happened',
  planned: 'planned',
  proposed: 'proposed',
  cancelled: 'cancelled',
};

/** Says when the text only implies part of a journey (its origin, or the trip itself from a meeting abroad). */
function inferredNote(item: TimelineItem): string {
  const p = item.feature.properties as { evidence?: string; origin?: string };
  if (item.kind !== 'route') return '';
  if (p.evidence === 'meeting') return ' · implied by a meeting';
  if (p.origin === 'home-capital') return ' · origin implied';
  return '';
}

/**
 * The story's timeline: routes and events in date order, a slider and play/pause that reveal them up to a
 * date, and a list whose items fly the map to them. All text (names, dates, the supporting sentence) is
 * rendered as React text nodes, never as HTML.
 * @example <Timeline items={timelineItems(collection)} until={null} onUntil={setUntil} onSelect={fly} />
 */
export const Timeline = memo(function Timeline({ items, until, onUntil, onSelect, selectedId = null, stepMs = 1200 }: TimelineProps) {
  const steps = useMemo(() => timelineSteps(items), [items]);
  const [playing, setPlaying] = useState(false);
  // The slider runs over the dated steps plus one final position: "all", undated items included.
  const found = until === null ? -1 : steps.findIndex((s) => s >= until);
  const position = until === null ? steps.length : found === -1 ? Math.max(0, steps.length - 1) : found;
  const atEnd = position >= steps.length;

  useEffect(() => {
    if (!playing) return;
    if (atEnd) {
      setPlaying(false);
      return;
    }
    const t = setTimeout(() => onUntil(position + 1 >= steps.length ? null : (steps[position + 1] ?? null)), stepMs);
    return () => clearTimeout(t);
  }, [playing, atEnd, position, steps, onUntil, stepMs]);

  if (items.length === 0) return <p className="muted">No journeys or events found in this article.</p>;

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Playing from the end starts over from the first date.
    if (atEnd && steps.length > 0) onUntil(steps[0] ?? null);
    setPlaying(true);
  };
  const selected = items.find((i) => i.id === selectedId);

  return (
    <div className="timeline">
      <div className="timeline-controls">
        <button type="button" className="timeline-play" onClick={togglePlay} aria-pressed={playing} disabled={steps.length === 0}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <input
          type="range"
          className="timeline-slider"
          aria-label="Show journeys and events up to"
          min={0}
          max={steps.length}
          step={1}
          value={position}
          aria-valuetext={atEnd ? 'all dates' : formatDay(steps[position] ?? '')}
          onChange={(e) => {
            setPlaying(false);
            const k = Number(e.currentTarget.value);
            onUntil(k >= steps.length ? null : (steps[k] ?? null));
          }}
        />
        <output className="timeline-date">{atEnd ? 'All dates' : `Up to ${formatDay(steps[position] ?? '')}`}</output>
      </div>
      <ol className="timeline-list">
        {items.map((item) => {
          const visible = isVisibleAt(item, until);
          return (
            <li key={item.id} className={`timeline-item${visible ? '' : ' is-hidden'}${item.id === selectedId ? ' is-selected' : ''}`}>
              <button type="button" data-item-id={item.id} onClick={() => onSelect(item)} aria-current={item.id === selectedId ? 'true' : undefined}>
                <span className="timeline-when">{timelineWhen(item)}</span>
                <span className="timeline-name">{item.name}</span>
                <span className={`timeline-status timeline-status--${item.status}`}>
                  {item.kind === 'route' ? 'journey' : 'event'} · {STATUS_LABEL[item.status] ?? item.status}
                  {inferredNote(item)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      {selected?.feature.properties.mentions[0] && (
        <blockquote className="timeline-quote">{selected.feature.properties.mentions[0].excerpt}</blockquote>
      )}
    </div>
  );
});
