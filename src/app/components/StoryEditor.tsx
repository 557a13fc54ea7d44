import { memo, useId, useState } from 'react';
import { type EditDraft, placeRefOf } from '../../core/edits/refs';
import type { EventFeature, PlaceFeature, RouteFeature, RouteStatus, StoryDate } from '../../core/geojson/types';
import { storyRef } from '../lib/correction';
import { formatStoryDate, MONTH_ABBREVIATIONS } from '../lib/format';

export const STATUSES: readonly RouteStatus[] = ['happened', 'planned', 'proposed', 'cancelled'];

export interface StoryEditorProps {
  routes: readonly RouteFeature[];
  events: readonly EventFeature[];
  places: readonly PlaceFeature[];
  onEdit: (edit: EditDraft) => void;
}

/**
 * A day a person picks (yyyy-mm-dd) as the story's date: the timeline shows '4 Mar 2024'.
 * @example dayDate('2024-03-04') // → { start: '2024-03-04', end: '2024-03-04', label: '4 Mar 2024', precision: 'day' }
 */
export function dayDate(day: string): StoryDate {
  const [y, m, d] = day.split('-').map(Number);
  const label = y && m && d ? `${d} ${MONTH_ABBREVIATIONS[m - 1]} ${y}` : day;
  return { start: day, end: day, label, precision: 'day' };
}

/**
 * Journeys and events, each with what a person may change: status, date, direction (journeys), or delete;
 * and a form to add a journey the story reader missed (traveller in free text, from, to, status, date).
 * @example <StoryEditor routes={routes} events={events} places={places} onEdit={apply} />
 */
export const StoryEditor = memo(function StoryEditor({ routes, events, places, onEdit }: StoryEditorProps) {
  const id = useId();
  const byId = new Map(places.map((p) => [p.id, p]));
  const items: (RouteFeature | EventFeature)[] = [...routes, ...events];
  return (
    <div className="story-editor">
      {items.length === 0 ? (
        <p className="muted">No journeys or events in this article.</p>
      ) : (
        <ul className="story-items">
          {items.map((f) => {
            const ref = storyRef(f, byId);
            const p = f.properties;
            const label = f.properties.kind === 'route' ? `${f.properties.name}` : `${f.properties.name}`;
            return (
              <li key={f.id} className="story-item" data-story-id={f.id}>
                <div className="story-item-name">
                  <strong>{label}</strong>
                  <span className="muted">
                    {' '}
                    {p.kind === 'route' ? 'journey' : 'event'}
                    {formatStoryDate(p.date) ? ` · ${formatStoryDate(p.date)}` : ''}
                    {p.edited ? ' · edited' : ''}
                  </span>
                </div>
                <div className="story-item-actions">
                  <label>
                    <span className="visually-hidden">Status of {label}</span>
                    <select value={p.status} onChange={(e) => onEdit({ kind: 'set-status', target: ref, status: e.target.value as RouteStatus })}>
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    <span className="visually-hidden">Date of {label}</span>
                    <input
                      type="date"
                      min="1000-01-01"
                      max="9999-12-31"
                      value={p.date?.precision === 'day' && p.date.start ? p.date.start : ''}
                      onChange={(e) => {
                        if (e.target.value) onEdit({ kind: 'set-date', target: ref, date: dayDate(e.target.value) });
                      }}
                    />
                  </label>
                  {p.kind === 'route' && (
                    <button type="button" onClick={() => onEdit({ kind: 'reverse-route', route: ref })} aria-label={`Reverse ${label}`}>
                      Reverse
                    </button>
                  )}
                  <button
                    type="button"
                    onClick={() => onEdit(p.kind === 'route' ? { kind: 'delete-route', route: ref } : { kind: 'delete-event', event: ref })}
                    aria-label={`Delete ${label}`}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <AddRouteForm formId={`${id}-add`} places={places} onEdit={onEdit} />
    </div>
  );
});

function AddRouteForm({ formId, places, onEdit }: { formId: string; places: readonly PlaceFeature[]; onEdit: (edit: EditDraft) => void }) {
  const [traveller, setTraveller] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<RouteStatus>('happened');
  const [day, setDay] = useState('');
  const sorted = [...places].sort((a, b) => a.properties.name.localeCompare(b.properties.name));
  const fromPlace = places.find((p) => p.id === from);
  const toPlace = places.find((p) => p.id === to);
  const ready = fromPlace && toPlace && fromPlace.id !== toPlace.id;
  return (
    <details className="add-route">
      <summary>Add a journey</summary>
      <form
        id={formId}
        onSubmit={(e) => {
          e.preventDefault();
          if (!fromPlace || !toPlace || fromPlace.id === toPlace.id) return;
          onEdit({
            kind: 'add-route',
            traveller: traveller.trim(),
            from: placeRefOf(fromPlace),
            to: placeRefOf(toPlace),
            status,
            ...(day ? { date: dayDate(day) } : {}),
          });
          setTraveller('');
          setDay('');
        }}
      >
        <label htmlFor={`${formId}-who`}>Traveller</label>
        <input id={`${formId}-who`} value={traveller} onChange={(e) => setTraveller(e.target.value)} maxLength={120} placeholder="optional" />
        <label htmlFor={`${formId}-from`}>From</label>
        <select id={`${formId}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">Choose a place</option>
          {sorted.map((p) => (
            <option key={p.id} value={p.id}>
              {p.properties.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${formId}-to`}>To</label>
        <select id={`${formId}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">Choose a place</option>
          {sorted.map((p) => (
            <option key={p.id} value={p.id}>
              {p.properties.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${formId}-status`}>Status</label>
        <select id={`${formId}-status`} value={status} onChange={(e) => setStatus(e.target.value as RouteStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <label htmlFor={`${formId}-date`}>Date</label>
        <input id={`${formId}-date`} type="date" min="1000-01-01" max="9999-12-31" value={day} onChange={(e) => setDay(e.target.value)} />
        <button type="submit" disabled={!ready}>
          Add the journey
        </button>
      </form>
    </details>
  );
}
