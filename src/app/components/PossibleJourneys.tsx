import { memo } from 'react';
import type { PossibleJourney } from '../lib/possibleJourneys';

export interface PossibleJourneysProps {
  journeys: readonly PossibleJourney[];
  /** Draw this journey (a promote-journey edit); without it (a file that cannot be edited) the list is read-only. */
  onPromote?: (id: string) => void;
}

/**
 * Journeys the story reader doubts, each with its doubt in words and a button to draw it. Not on the map
 * until a person promotes one. Text only, as React children.
 * @example <PossibleJourneys journeys={possibleJourneys(fc)} onPromote={promote} />
 */
export const PossibleJourneys = memo(function PossibleJourneys({ journeys, onPromote }: PossibleJourneysProps) {
  if (journeys.length === 0) return null;
  return (
    <div className="possible-journeys">
      <h3>Possible journeys (not drawn)</h3>
      <ul>
        {journeys.map((j) => (
          <li key={String(j.id)}>
            <span className="possible-name">
              <bdi>{j.properties.name}</bdi> · {j.properties.status}
            </span>
            <span className="muted">{j.properties.doubt ?? 'doubtful'}</span>
            {onPromote && (
              <button type="button" className="possible-promote" onClick={() => onPromote(String(j.id))}>
                Draw it
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
