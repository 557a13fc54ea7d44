/**
 * Modality of a movement beyond its status: whether the clause reports a specific journey at all.
 * Generic statements ("a passenger flying from London to Amsterdam emits …", "drivers travelling to X are
 * advised …"), hypotheticals ("if you travel to Paris …") and roads or closures ("the A40 between X and Y will
 * be closed") are no journeys, whatever their tense.
 */

/** People in general, not a specific group: a bare plural of these is no traveller. */
export const GENERIC_PEOPLE = new Set([
  'people',
  'passengers',
  'drivers',
  'motorists',
  'commuters',
  'travellers',
  'travelers',
  'tourists',
  'visitors',
  'holidaymakers',
  'customers',
  'users',
  'anyone',
  'everyone',
  'someone',
  'those',
  'you',
  'one',
]);

/** Conditionals and generalisations before a cue: "if you travel", "whenever people fly". */
const HYPOTHETICAL = /\b(?:if|unless|whenever|whether|suppose|imagine)\b[^.;]*$/i;

/** Roads, rail lines and closures: a "from X to Y" there is a route of the network, not a journey. */
const NETWORK = /\b(?:roads?|motorway|highway|freeway|bypass|carriageway|lanes?|junction|closures?|closed|diversions?|detours?|roadworks|rail (?:line|link)|railway line|bus route|[AMI]-?\d{1,3})\b/;

/** Past tense or time words: a clause with none of these and an indefinite subject states a generality. */
const SPECIFIC_TIME =
  /\b(?:\w{3,}ed|made|went|flew|met|held|took|came|left|drove|fled|ran|was|were|had|will|would|yesterday|today|tonight|last|next|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/**
 * True when the clause before a cue makes the movement hypothetical ("If you travel to …").
 *
 * @example isHypothetical('If you travel') // → true
 */
export function isHypothetical(clauseBefore: string): boolean {
  return HYPOTHETICAL.test(clauseBefore);
}

/**
 * True when a sentence is about roads, rail lines or closures, where "from X to Y" is no one's journey.
 *
 * @example isNetworkSentence('The A40 between Oxford and Cheltenham will be closed.') // → true
 */
export function isNetworkSentence(sentence: string): boolean {
  return NETWORK.test(sentence);
}

/**
 * True when a sentence whose subject is indefinite ("A passenger …", "An aircraft …") states a general
 * truth: nothing in it places the movement in time.
 *
 * @example isGeneralStatement('A passenger flying from London to Amsterdam emits about 50 kg.') // → true
 */
export function isGeneralStatement(sentence: string): boolean {
  return /^\s*(?:an?|any|every|each)\s/i.test(sentence) && !SPECIFIC_TIME.test(sentence);
}
