import { memo } from 'react';
import type { ClaimFeature } from '../../core/geojson/types';
import { plainModelWords, VERDICT_WORDS } from '../lib/plainWords';
import { formatDistance, useUnit } from '../lib/units';

export interface ClaimsPanelProps {
  claims: readonly ClaimFeature[];
  selectedId: string | null;
  /** Choosing a figure highlights its sentence in the article and, when it matched a route, the route. */
  onSelect: (claim: ClaimFeature) => void;
}

type Verdict = 'match' | 'close' | 'none' | 'unchecked';

const VERDICT_LABEL: Record<Verdict, string> = VERDICT_WORDS;

function statusOf(claim: ClaimFeature): Verdict {
  const s = (claim.properties as { status?: string }).status;
  return s === 'match' || s === 'close' || s === 'unchecked' ? s : 'none';
}

/**
 * The article's numbers, each with its verdict: the stated figure, what it matches (a distance between two
 * of the article's places or a border's length), under which model, and how far off. Text only, as React
 * children.
 * @example <ClaimsPanel claims={claims} selectedId={null} onSelect={select} />
 */
export const ClaimsPanel = memo(function ClaimsPanel({ claims, selectedId, onSelect }: ClaimsPanelProps) {
  const unit = useUnit();
  // One decimal: the difference between models is often less than a kilometre (5,799.6 vs 5,808.5 km).
  const figure = (km: number) => formatDistance(km, unit, 1);
  if (claims.length === 0) return <p className="muted">The article states no distances or lengths.</p>;
  return (
    <ul className="claims">
      {claims.map((c) => {
        const p = c.properties as ClaimFeature['properties'] & { statedKm?: number; modelLabel?: string; differenceKm?: number };
        const verdict = statusOf(c);
        return (
          <li key={c.id}>
            <button
              type="button"
              className={`claim claim--${verdict}${c.id === selectedId ? ' is-selected' : ''}`}
              aria-pressed={c.id === selectedId}
              onClick={() => onSelect(c)}
            >
              <span className="claim-figure">“{p.name}”</span>
              <span className={`claim-badge claim-badge--${verdict}`}>{VERDICT_LABEL[verdict]}</span>
              {p.computedKm !== undefined && p.modelLabel && (
                <span className="claim-computed">
                  {figure(p.computedKm)} on the {plainModelWords(p.modelLabel)}
                  {p.differenceKm !== undefined ? ` (${p.differenceKm >= 0 ? '+' : '−'}${figure(Math.abs(p.differenceKm))})` : ''}
                </span>
              )}
              <span className="claim-verdict">{plainModelWords(p.verdict)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
});
