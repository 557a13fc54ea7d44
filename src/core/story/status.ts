/**
 * Whether a movement or meeting happened, is planned, only proposed, or was cancelled — read from the
 * words of its clause first, then from its date relative to publication, then from the verb's tense.
 */
import type { RouteStatus } from '../geojson/types';
import type { StoryDateEx } from './dates';

export type StatusBasis = 'words' | 'date' | 'tense' | 'default';

export interface StatusReading {
  status: RouteStatus;
  basis: StatusBasis;
}

const CANCELLED =
  /\b(?:cancel(?:l?ed|s|l?ing)?|call(?:ed|s)? off|scrap(?:ped|s)?|axed|abandon(?:ed|s)?|shelved|pulled out of|withdrew from|had been (?:due|scheduled|set|expected|slated) to)\b/i;
// Case-sensitive: "Planning Group" or "Will County" in a name is no plan.
const PLANNED =
  /\b(?:will|would|shall|(?:is|are|was|were) (?:\w+ )?(?:set|scheduled|due|expected|slated|poised|planning|going) to|(?:is|are) (?:\w+ )?(?:due|expected) (?:back )?(?:in|at)|(?:is|are) to|set to|plans? to|agree(?:d|s)? to|postpone(?:d|s)?|put off|delay(?:ed|s)?|rescheduled|planned|planning|intends? to|to be \w+ing|to be (?:held|hosted|staged|convened)|scheduled|upcoming|forthcoming|next|later this (?:year|month|week)|accept(?:s|ed|ing)? (?:an |the |his |her |their )?invitation)\b/;
// Case-sensitive "may": the month is capitalised.
const PROPOSED =
  /\b(?:[Pp]ropos(?:ed|al|es|ing)|[Pp]rospects? of|[Ii]nvit(?:ed|ation|es|ing)|[Oo]ffer(?:ed|s)|[Ss]uggest(?:ed|s)|could|might|may|hopes? to|wants? to|would like to|possible|potential)\b/;
const PAST =
  /\b(?:\w{3,}ed|made|went|flew|met|held|said|told|took|came|paid|was|were|had|left|spent|gave|saw|began|led|arrived|ended)\b/i;

/**
 * Reads the status of a clause.
 *
 * @example statusOf('he will pay a visit to', undefined, '2018-04-10') // → { status: 'planned', basis: 'words' }
 * @example statusOf('Kim made a surprise visit to', {label:'last month',precision:'month',start:'2018-03-01',end:'2018-03-31'}, '2018-04-10')
 * // → { status: 'happened', basis: 'date' }
 */
export function statusOf(clause: string, date: StoryDateEx | undefined, published: string | undefined): StatusReading {
  if (CANCELLED.test(clause)) return { status: 'cancelled', basis: 'words' };
  if (PLANNED.test(clause)) return { status: 'planned', basis: 'words' };
  if (PROPOSED.test(clause)) return { status: 'proposed', basis: 'words' };
  const pub = published?.slice(0, 10);
  if (pub && date) {
    if (date.end && date.end <= pub) return { status: 'happened', basis: 'date' };
    if (date.start && date.start > pub) return { status: 'planned', basis: 'date' };
  }
  if (PAST.test(clause)) return { status: 'happened', basis: 'tense' };
  // Present tense ("visits Moscow") in news copy reports what is happening now.
  return { status: 'happened', basis: 'default' };
}

/** Statuses that describe the same kind of thing for merging: planned and proposed are both "not yet". */
export function statusGroup(s: RouteStatus): 'happened' | 'future' | 'cancelled' {
  return s === 'planned' || s === 'proposed' ? 'future' : s;
}

/** The firmer of two statuses in the same group (planned beats proposed). */
export function firmer(a: RouteStatus, b: RouteStatus): RouteStatus {
  if (a === 'planned' || b === 'planned') return a === 'proposed' || b === 'proposed' ? 'planned' : a;
  return a;
}
