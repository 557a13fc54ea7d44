import { memo } from 'react';
import { MARKER_ORDER, MARKER_STYLES, type MarkerClass } from '../lib/placeStyle';
import { SIDE_BY_SIDE } from '../lib/screen';

export interface LegendProps {
  /** The marker kinds on the map; the legend lists these (all kinds when not given). */
  classes?: ReadonlySet<MarkerClass>;
}

/**
 * The map legend: the kinds of places on the map (states as states, not regions), groups of crowded
 * places, routes (happened / planned) and borders.
 * @example <Legend classes={new Set(['capital', 'division'])} />
 */
export const Legend = memo(function Legend({ classes }: LegendProps) {
  return (
    // Open beside the article; on a phone it would cover much of the map, so it starts folded.
    <details className="legend" open={SIDE_BY_SIDE}>
      <summary>Legend</summary>
      <ul>
        {MARKER_ORDER.filter((cls) => !classes || classes.has(cls)).map((cls) => (
          <li key={cls}>
            <span className={`legend-swatch place-marker--${cls}`} aria-hidden="true" />
            {MARKER_STYLES[cls].label}
          </li>
        ))}
        <li>
          <span className="legend-crowd" aria-hidden="true">
            +3
          </span>
          More places close by: press to spread
        </li>
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
});
