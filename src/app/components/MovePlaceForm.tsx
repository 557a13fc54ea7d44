import { useId, useState } from 'react';
import { readCoordinate, readLatLon } from '../lib/coordinates';

export interface MovePlaceFormProps {
  /** Where the place is now: [lon, lat]. */
  coordinates: readonly number[];
  name: string;
  onMove: (lon: number, lat: number) => void;
}

/** Degrees an arrow key adds or takes away (about a kilometre); with Shift, ten times as much. */
export const ARROW_STEP_DEGREES = 0.01;
const SHIFT_FACTOR = 10;
/** Four decimals of a degree is about 11 m: finer than any marker on the map shows. */
const DECIMALS = 4;

const shown = (value: number) => String(Number(value.toFixed(DECIMALS)));

/**
 * The keyboard's way to move a place (the alternative to dragging its marker): its latitude and longitude
 * as text fields, prefilled, that take typed or pasted degrees ("39.0392, 125.7625" pasted into either
 * fills both) and step with the arrow keys (Up/Right add, Down/Left take away; Shift for ten times as much).
 * "Move here" applies it as the same edit a drag makes.
 * @example <MovePlaceForm coordinates={[125.75, 39.03]} name="Pyongyang" onMove={(lon, lat) => edit({ kind: 'move-place', … })} />
 */
export function MovePlaceForm({ coordinates, name, onMove }: MovePlaceFormProps) {
  const id = useId();
  const [lat, setLat] = useState(() => shown(coordinates[1] ?? 0));
  const [lon, setLon] = useState(() => shown(coordinates[0] ?? 0));
  const [error, setError] = useState('');

  const step = (axis: 'lat' | 'lon') => (e: React.KeyboardEvent<HTMLInputElement>) => {
    const sign = e.key === 'ArrowUp' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowDown' || e.key === 'ArrowLeft' ? -1 : 0;
    // Left and Right move the caret in a text field; they step only with Alt, Up and Down always.
    if (sign === 0 || ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.altKey)) return;
    const current = readCoordinate(axis === 'lat' ? lat : lon, axis);
    if (!current.ok) return;
    e.preventDefault();
    const limit = axis === 'lat' ? 90 : 180;
    const next = Math.max(-limit, Math.min(limit, current.value + sign * ARROW_STEP_DEGREES * (e.shiftKey ? SHIFT_FACTOR : 1)));
    (axis === 'lat' ? setLat : setLon)(shown(next));
    setError('');
  };
  const pastePair = (e: React.ClipboardEvent<HTMLInputElement>) => {
    const pair = readLatLon(e.clipboardData.getData('text'));
    if (!pair.ok) return;
    e.preventDefault();
    setLat(shown(pair.value.lat));
    setLon(shown(pair.value.lon));
    setError('');
  };

  return (
    <form
      className="correction-move"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        const a = readCoordinate(lat, 'lat');
        const b = readCoordinate(lon, 'lon');
        if (!a.ok || !b.ok) {
          setError(`Not moved: ${!a.ok ? a.error : ''}${!a.ok && !b.ok ? '; ' : ''}${!b.ok ? b.error : ''}.`);
          return;
        }
        onMove(b.value, a.value);
      }}
    >
      <h3 id={`${id}-title`}>Right place, wrong spot? Move {name}</h3>
      <p className="muted" id={`${id}-hint`}>
        Degrees, as maps copy them (paste “39.0392, 125.7625” into either field). Up and Down step by {ARROW_STEP_DEGREES}°, with Shift by{' '}
        {ARROW_STEP_DEGREES * SHIFT_FACTOR}°.
      </p>
      <div className="correction-move-fields">
        <label htmlFor={`${id}-lat`}>Latitude (north +, south −)</label>
        <input
          id={`${id}-lat`}
          inputMode="decimal"
          autoComplete="off"
          value={lat}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setLat(e.target.value)}
          onKeyDown={step('lat')}
          onPaste={pastePair}
          maxLength={40}
        />
        <label htmlFor={`${id}-lon`}>Longitude (east +, west −)</label>
        <input
          id={`${id}-lon`}
          inputMode="decimal"
          autoComplete="off"
          value={lon}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setLon(e.target.value)}
          onKeyDown={step('lon')}
          onPaste={pastePair}
          maxLength={40}
        />
      </div>
      <button type="submit">Move here</button>
      {error && (
        <p className="message message--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
