import { countryName as countryNameOf, formatKm, formatNumber } from '../lib/format';
import type { ChoiceView } from '../lib/placeChoices';
import { MARKER_STYLES, markerClassOf } from '../lib/placeStyle';

export interface PlaceChoiceLabelProps {
  view: ChoiceView;
  /** Shown when the corrections memory decided this place. */
  fromCorrections?: boolean;
}

/**
 * How a place to choose is shown: its name; its kind, first-level division and country; its population;
 * and how far it lies from the article's nearest other place.
 * @example <PlaceChoiceLabel view={{ choice: parisTexas, admin1Name: 'Texas', countryName: 'United States', distanceKm: 160 }} />
 */
export function PlaceChoiceLabel({ view, fromCorrections }: PlaceChoiceLabelProps) {
  const c = view.choice;
  const country = view.countryName ?? (countryNameOf(c.countryCode) || c.countryCode);
  const where = c.placeType === 'country' ? '' : [view.admin1Name ?? '', country].filter(Boolean).join(', ');
  return (
    <span className="place-choice">
      <span className="place-choice-name">
        {c.name}
        {view.machineChoice ? <span className="muted"> (the automatic choice)</span> : null}
      </span>
      <span className="place-choice-where">
        {MARKER_STYLES[markerClassOf(c.placeType)].label}
        {where ? ` · ${where}` : ''}
      </span>
      <span className="place-choice-facts muted">
        {c.population ? `pop. ${formatNumber(c.population)}` : 'population unknown'}
        {view.distanceKm !== undefined ? ` · ${formatKm(view.distanceKm)} from the article’s other places` : ''}
      </span>
      {fromCorrections && <span className="place-choice-memory">from your corrections</span>}
    </span>
  );
}
