import { MARKER_ORDER, MARKER_STYLES } from '../lib/placeStyle';
import { SIDE_BY_SIDE } from '../lib/screen';

/**
 * The map legend: the seven marker kinds (a state or province is a division, a sea is water), routes (happened / planned) and borders.
 * @example <Legend />
 */
export function Legend() {
  return (
    // Open beside the article; on a phone it would cover much of the map, so it starts folded.
    <details className="legend" open={SIDE_BY_SIDE}>
      <summary>Legend</summary>
      <ul>
        {MARKER_ORDER.map((cls) => (
          <li key={cls}>
            <span className={`legend-swatch place-marker--${cls}`} aria-hidden="true" />
            {MARKER_STYLES[cls].label}
          </li>
        ))}
        <li>
          <span className="legend-line legend-line--route" aria-hidden="true" />
          Route (happened)
        </li>
        <li>
          <span className="legend-line legend-line--planned" aria-hidden="true" />
          Route (planned or proposed)
        </li>
        <li>
          <span className="legend-line legend-line--border" aria-hidden="true" />
          Border
        </li>
        <li>
          <span className="legend-swatch legend-swatch--tint" aria-hidden="true" />
          Country named in the article
        </li>
      </ul>
    </details>
  );
}
