import { formatKm, formatNumber } from '../lib/format';
import type { GazetteerChoice } from '../lib/placeChoices';
import { MARKER_STYLES, markerClassOf } from '../lib/placeStyle';

export interface PlaceChoiceLabelProps {
  choice: GazetteerChoice & { admin1Name?: string };
  countryName: string;
  /** The article's nearest other place, if any. */
  nearest: { name: string; km: number } | null;
  /** Shown when the corrections memory proposed this place. */
  fromCorrections?: boolean;
}

/**
 * How a place to choose is shown: its name; its kind, first-level division and country; its population;
 * and how far it lies from the article's nearest other place.
 * @example <PlaceChoiceLabel choice={paris} countryName="France" nearest={{ name: 'Lyon', km: 392 }} />
 */
export function PlaceChoiceLabel({ choice, countryName, nearest, fromCorrections }: PlaceChoiceLabelProps) {
  const where = [choice.placeType === 'country' ? '' : (choice.admin1Name ?? choice.admin1 ?? ''), choice.placeType === 'country' ? '' : countryName || choice.countryCode]
    .filter(Boolean)
    .join(', ');
  return (
    <span className="place-choice">
      <span className="place-choice-name">{choice.name}</span>
      <span className="place-choice-where">
        {MARKER_STYLES[markerClassOf(choice.placeType)].label}
        {where ? ` · ${where}` : ''}
      </span>
      <span className="place-choice-facts muted">
        {choice.population ? `pop. ${formatNumber(choice.population)}` : 'population unknown'}
        {nearest ? ` · ${formatKm(nearest.km)} from ${nearest.name}` : ''}
      </span>
      {fromCorrections && <span className="place-choice-memory">from your corrections</span>}
    </span>
  );
}
