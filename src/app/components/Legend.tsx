import { MARKER_ORDER, MARKER_STYLES } from '../lib/placeStyle';

/**
 * The map legend: the five marker kinds, routes (happened / planned) and borders.
 * @example <Legend />
 */
export function Legend() {
  // Open on wide screens; on a phone it would cover much of the map, so it starts folded.
  const wide = typeof window === 'undefined' || !window.matchMedia || window.matchMedia('(min-width: 801px)').matches;
  return (
    <details className="legend" open={wide}>
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
