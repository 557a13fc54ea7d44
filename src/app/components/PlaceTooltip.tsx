import type { PlaceFeature } from '../../core/geojson/types';
import { MARKER_STYLES, markerClassOf } from '../lib/placeStyle';
import { certaintyWords, countryNameOf, divisionName, placeInContext } from '../lib/placeWords';
import { splitExcerpt } from '../lib/segments';

/** How many excerpts a tooltip lists before summarising the rest as a count. */
export const MAX_EXCERPTS = 3;

export interface PlaceTooltipProps {
  place: PlaceFeature;
  articleText: string;
  /** The name of the place's `countryCode` (Intl, once loaded): used when the feature names no country itself. */
  countryName?: string;
  /** Shows "Not this place?" (the tooltip is then interactive). */
  onCorrect?: () => void;
}

/**
 * A place's tooltip content: which place it is (name, division and country: "Paris, Missouri, United
 * States"), its kind, how sure the reading is in words, and the article's sentences that mention it with
 * the mention emphasised. Repeated identical sentences (photo captions) are shown once.
 * @example <PlaceTooltip place={moscow} articleText={text} />
 */
export function PlaceTooltip({ place, articleText, countryName, onCorrect }: PlaceTooltipProps) {
  const p = place.properties;
  const seen = new Set<string>();
  const unique = p.mentions.filter((m) => {
    if (seen.has(m.excerpt)) return false;
    seen.add(m.excerpt);
    return true;
  });
  const shown = unique.slice(0, MAX_EXCERPTS);
  const country = countryNameOf(place) ?? countryName ?? (p.countryCode || undefined);
  const where = placeInContext(p.name, divisionName(place), p.placeType === 'country' ? undefined : country);
  return (
    <div className="place-tooltip">
      <div className="place-tooltip-title">
        <strong>{p.name}</strong>
        {where !== p.name && <span>{where.slice(p.name.length)}</span>}
        <span className="muted"> · {MARKER_STYLES[markerClassOf(p.placeType)].label}</span>
      </div>
      <div className="place-tooltip-certainty">{certaintyWords(p)}</div>
      {p.mentions.length === 0 && p.description ? (
        // A place from an opened file (KML, GPX, CSV) has its description instead of the article's sentences.
        <p className="place-tooltip-description">{p.description}</p>
      ) : (
        <div className="place-tooltip-count">
          {p.reference === 'implied'
            ? 'Not named in the article: implied by the story (a traveller’s home capital)'
            : p.mentions.length === 1
              ? '1 mention'
              : `${p.mentions.length} mentions`}
        </div>
      )}
      {shown.length > 0 && (
        <ul className="place-tooltip-excerpts">
          {shown.map((m) => {
            const parts = splitExcerpt(m, articleText);
            return (
              <li key={m.start}>
                {parts.before}
                <em>{parts.match}</em>
                {parts.after}
              </li>
            );
          })}
        </ul>
      )}
      {unique.length > shown.length && (
        <div className="place-tooltip-more">+{unique.length - shown.length} more sentences</div>
      )}
      {p.decidedBy && <div className="place-tooltip-memory">Placed from {p.decidedBy}</div>}
      {p.edited && <div className="place-tooltip-edited">Corrected by you</div>}
      {onCorrect && (
        <button type="button" className="place-tooltip-correct" onClick={onCorrect}>
          Not this place?
        </button>
      )}
    </div>
  );
}
