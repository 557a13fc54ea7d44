import { memo, useMemo } from 'react';
import { DISTANCE_MODEL_IDS, distanceModels, FIGURE_KEY } from '../../core/geo/distance';
import type { PlaceFeature } from '../../core/geojson/types';
import { PLAIN_MODELS } from '../lib/plainWords';
import { formatDistance, useUnit } from '../lib/units';

export interface DistancePanelProps {
  places: readonly PlaceFeature[];
  pickedIds: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Distance between two of the article's places, picked on the map (click one, then another) or here,
 * with each figure labelled with its model in plain words: a round Earth, the sphere used by web maps and the
 * Earth's true (flattened) shape.
 * Figures keep one decimal: rounding 5,808.5 km to whole km would hide the models' half-km differences.
 * @example <DistancePanel places={places} pickedIds={['place:moscow', 'place:beijing']} onChange={setPicks} />
 */
export const DistancePanel = memo(function DistancePanel({ places, pickedIds, onChange }: DistancePanelProps) {
  const unit = useUnit();
  const sorted = useMemo(() => [...places].sort((a, b) => a.properties.name.localeCompare(b.properties.name)), [places]);
  const [idA = '', idB = ''] = pickedIds;
  const a = places.find((p) => p.id === idA);
  const b = places.find((p) => p.id === idB);
  const figures = useMemo(() => {
    if (!a || !b) return null;
    const [ax = 0, ay = 0] = a.geometry.coordinates;
    const [bx = 0, by = 0] = b.geometry.coordinates;
    try {
      return distanceModels([ax, ay], [bx, by]);
    } catch {
      return null;
    }
  }, [a, b]);

  const select = (label: string, value: string, set: (id: string) => void) => (
    <label className="distance-select">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">— choose a place —</option>
        {sorted.map((p) => (
          <option key={p.id} value={p.id}>
            {p.properties.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="distance-panel">
      <p className="muted">Click a place on the map, then another — or choose them here.</p>
      {select('From', idA, (id) => onChange([id, idB].filter(Boolean)))}
      {select('To', idB, (id) => onChange(idA ? [idA, id].filter(Boolean) : [id]))}
      {figures && a && b ? (
        <table className="distance-figures" aria-live="polite">
          <caption>
            {a.properties.name} – {b.properties.name}
          </caption>
          <tbody>
            {DISTANCE_MODEL_IDS.map((model) => (
              <tr key={model} data-model={model} title={PLAIN_MODELS[model].description}>
                <th scope="row">{PLAIN_MODELS[model].label}</th>
                <td>{formatDistance(figures[FIGURE_KEY[model]], unit, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{a ? `From ${a.properties.name}: pick a second place.` : 'No pair chosen.'}</p>
      )}
      {pickedIds.length > 0 && (
        <button type="button" onClick={() => onChange([])}>
          Clear
        </button>
      )}
    </div>
  );
});
