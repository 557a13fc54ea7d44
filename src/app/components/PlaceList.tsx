import { memo, useMemo } from 'react';
import type { PlaceFeature } from '../../core/geojson/types';
import { MARKER_ORDER, MARKER_STYLES, markerClassOf } from '../lib/placeStyle';

export interface PlaceListProps {
  places: readonly PlaceFeature[];
  activePlaceId: string | null;
  onHoverPlace: (id: string | null) => void;
  onShowPlace: (id: string) => void;
  /** Each row gets a "Not this place?" button. */
  onCorrect?: (id: string) => void;
}

/**
 * The article's places grouped by kind, as buttons: focus or hover highlights the place on the map and
 * in the text; Enter/click shows it on the map with its tooltip. The keyboard route to every place.
 * @example <PlaceList places={places} activePlaceId={null} onHoverPlace={setActive} onShowPlace={show} />
 */
export const PlaceList = memo(function PlaceList({ places, activePlaceId, onHoverPlace, onShowPlace, onCorrect }: PlaceListProps) {
  const groups = useMemo(
    () =>
      MARKER_ORDER.map((cls) => ({
        style: MARKER_STYLES[cls],
        places: places
          .filter((p) => markerClassOf(p.properties.placeType) === cls)
          .sort((a, b) => a.properties.name.localeCompare(b.properties.name)),
      })).filter((g) => g.places.length > 0),
    [places],
  );
  if (places.length === 0) return <p className="muted">No places found in this article.</p>;
  return (
    <div className="place-list">
      {groups.map((g) => (
        <div key={g.style.markerClass} className="place-group">
          <h3>
            <span className={`legend-swatch place-marker--${g.style.markerClass}`} aria-hidden="true" />
            {g.style.label} ({g.places.length})
          </h3>
          <ul>
            {g.places.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className={`place-button${p.id === activePlaceId ? ' is-active' : ''}`}
                  data-place-id={p.id}
                  onMouseEnter={() => onHoverPlace(p.id)}
                  onMouseLeave={() => onHoverPlace(null)}
                  onFocus={() => onHoverPlace(p.id)}
                  onBlur={() => onHoverPlace(null)}
                  onClick={() => onShowPlace(p.id)}
                >
                  <span className="place-name">{p.properties.name}</span>
                  {/* The accessible name is the visible text plus a hidden word: "China 3 mentions". */}
                  <span className="place-count" title="mentions in the article">
                    {p.properties.mentions.length}
                    <span className="visually-hidden">{p.properties.mentions.length === 1 ? ' mention' : ' mentions'}</span>
                  </span>
                </button>
                {onCorrect && (
                  <button type="button" className="place-correct" onClick={() => onCorrect(p.id)}>
                    <span aria-hidden="true">✎</span>
                    <span className="visually-hidden">Not this place? {p.properties.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});
