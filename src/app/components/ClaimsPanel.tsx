import { memo, useState } from 'react';
import type { ClaimFeature } from '../../core/geojson/types';
import { formatNumber } from '../lib/format';
import { plainModelWords, VERDICT_WORDS } from '../lib/plainWords';
import { formatDistance, useUnit } from '../lib/units';

export interface ClaimsPanelProps {
  claims: readonly ClaimFeature[];
  selectedId: string | null;
  /** Choosing a figure highlights its sentence in the article and, when it matched a route, the route. */
  onSelect: (claim: ClaimFeature) => void;
}

/**
 * Figures listed at first, and added by each "Show more": a news article states a few, while a 2 MB text can
 * state a thousand, whose rows would hold up the page for the time it takes to build them all.
 */
export const FIGURES_SHOWN = 100;

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
  const [limit, setLimit] = useState(FIGURES_SHOWN);
  // Another article's figures start again from the first FIGURES_SHOWN.
  const [limitFor, setLimitFor] = useState(claims);
  if (limitFor !== claims) {
    setLimitFor(claims);
    setLimit(FIGURES_SHOWN);
  }
  // A figure chosen elsewhere (a link, the map) is always listed.
  const selectedAt = selectedId === null ? -1 : claims.findIndex((c) => c.id === selectedId);
  const shown = Math.max(limit, selectedAt + 1);
  if (claims.length === 0) return <p className="muted">The article states no distances or lengths.</p>;
  const more = Math.min(FIGURES_SHOWN, claims.length - shown);
  return (
    <>
      <ul className="claims">
        {claims.slice(0, shown).map((c) => {
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
      {more > 0 && (
        <button type="button" className="claims-more" onClick={() => setLimit(shown + FIGURES_SHOWN)}>
          Show {more === FIGURES_SHOWN ? `${formatNumber(more)} more` : `the last ${formatNumber(more)}`} of {formatNumber(claims.length)} figures
        </button>
      )}
    </>
  );
});
