/**
 * Every confidence, weight and limit of the story reader, in one table, each with the reason it has its
 * value. Confidences are on 0–1: a journey starts from what the text states and loses for each thing the
 * reader had to infer. Stages import from here; no stage keeps a number of its own.
 */
export const STORY_WEIGHTS = {
  /** A movement cue with its traveller named in the same clause: the text says it outright. */
  statedMove: 0.9,
  /** The traveller is "he"/"she": pronouns are resolved well in news copy, but not always. */
  pronounTraveller: -0.1,
  /** The traveller is a short form ("Lavrov") or a title alone ("the Foreign Minister"). */
  aliasTraveller: -0.05,
  /** No word, date or tense fixes the status; it defaults to happened. */
  defaultStatus: -0.1,
  /** The origin is the traveller's home capital, inferred from their country, not stated. */
  homeCapitalOrigin: -0.25,
  /** The destination is a country, drawn to its capital. */
  countryCapitalDestination: -0.15,
  /** A visit with no origin the text supports is an event, not a route: one inference fewer to draw. */
  visitEvent: -0.1,
  /** A group traveller ("Dutch inspectors", "Real Madrid") is named, but less precisely than a person. */
  groupTraveller: -0.1,
  /** Attendees of a meeting named in an earlier sentence ("Those attending include …"): their trip is inferred. */
  attendeeOfMeeting: -0.1,
  /** A stated journey with no traveller at all ("a convoy drove from Amman to Damascus"). */
  unattributedMove: 0.7,
  /** The same, with a status that is only the default. */
  unattributedDefaultStatus: 0.6,
  /** A trip only implied by a meeting abroad (the participant came from home): the weakest route. */
  meetingImpliedLeg: 0.35,
  /** A meeting or event at a place the text names. */
  placedEvent: 0.85,
  /** A meeting between named parties with no place. */
  unplacedEvent: 0.7,
  /** An incident (attack, crash, disaster, protest) at a place in the same clause. */
  incidentEvent: 0.75,
  /** Floor of every confidence the reader reports: a journey it reports at all is never worth nothing. */
  minConfidence: 0.05,
  /** Ceiling of every confidence: bonuses never push a reading past certainty. */
  maxConfidence: 1,
} as const;

/** Limits of how far the reader looks: each keeps one rule local, and the whole reader linear. */
export const STORY_LIMITS = {
  /** A date farther than this from any cue (characters) belongs to another clause. */
  dateReach: 40,
  /** Characters before a date read for "said on", "take place": a speech verb and its object fit. */
  dateLeadIn: 25,
  /** A date this near the sentence start, followed by a comma, is fronted ("At the end of April, …"). */
  frontedDateStart: 3,
  /** Characters after a cue read for its tense: "Talks in Oslo will cover …" is ahead. */
  statusTail: 30,
  /** The same when the traveller follows the cue ("During a visit to Moscow, Wang Yi said"): his verb is further on. */
  statusTailAfterSubject: 60,
  /** Characters before "met"/"meet" searched for people ("both ministers agreed to meet"): one clause. */
  meetingPeopleReach: 80,
  /** Tokens before a cue searched for a vehicle as its subject ("a train that travelled"). */
  vehicleWords: 3,
  /** Lower-case words of a descriptive phrase before its place: "the border town of", "a small flat in". */
  descriptiveWords: 4,
  /** Tokens after "will spend" searched for where: "three weeks every winter at her beach house in". */
  stayReach: 12,
  /** Tokens of a companion phrase: "with her two young children". */
  companionWords: 4,
  /** Tokens of the clause before "and moved" searched for the place left ("sold her house in Sherbrooke, Que.,"). */
  leftClauseWords: 14,
  /** "Those attending include …" refers to a meeting this many sentences back at most. */
  attendeeSentences: 2,
  /** Characters after a name read for its speech verb ("David Mendes, her grandson, says"): one appositive. */
  sourceReach: 80,
  /** "the capital" is a capital the article names at least this often: a capital named once is in passing. */
  capitalMentions: 2,
  /** Words of a date phrase between two stops of a tour: "on Tuesday", "in early May 2019". */
  datePhraseWords: 4,
  /** Separating words between two stops: "and then on to", ", before heading to". */
  stopSeparatorWords: 6,
  /** Tokens after a cue or its stops searched for "from": "flew back from Paris", "said from Denver". */
  fromReach: 3,
  /** Tokens of a "between A and B" phrase: two people with titles, or several countries. */
  betweenWords: 16,
  /** Tokens after a meeting word searched for its place: "talks on the ceasefire to be held in". */
  meetingPlaceReach: 14,
  /** Tokens before a meeting word searched for ", where": "…, where she is to meet". */
  whereReach: 6,
  /** Capitalised words of an event's name after its place: "PyeongChang Winter Olympics". */
  eventNameWords: 4,
  /** Lower-case words of a thing visited before its place: "touring a fish market in". */
  visitedObjectWords: 6,
  /** Fillers between a verb of motion and its preposition: "flew back home to", "headed straight on to". */
  fillerWords: 2,
  /** Words of the vehicle stepped off before its place: "stepped off a crowded night train in". */
  steppedOffWords: 7,
  /** Tokens back from "and brought to" to its passive auxiliary: "was arrested on Monday night and". */
  passiveReach: 12,
  /** Tokens before a verb searched for "then", "later", "eventually": the adverb of a continued journey. */
  continuationWords: 3,
  /** Words of a personal name: "Recep Tayyip Erdogan", "Kim Jong Un" (four with a particle). */
  nameWords: 4,
  /** Tokens to the ")" of a parenthesis after a title: "the Republic of Korea (ROK)". */
  parenthesisWords: 6,
  /** Distinct role spellings kept for display: a bound, so a huge adversarial text cannot grow the table. */
  rememberedRoles: 1000,
  /** Capitalised words of a team or body named as traveller: "Real Madrid", "Burton Albion Football Club". */
  teamNameWords: 5,
  /** Descriptive words between an incident's preposition and its place: "in the southern port city of". */
  incidentDescriptiveWords: 5,
  /** Tokens after a destination searched for "a layover in": "after an overnight six-hour layover in". */
  layoverReach: 8,
  /** Pronouns look back this many sentences for their person. */
  pronounSentences: 3,
  /** A group traveller's words before the cue: "the trade and health ministers of Peru" fits. */
  groupWords: 8,
  /** An incident's place must follow its cue within this many tokens ("went off beside a van in Multan"). */
  incidentReach: 12,
} as const;

/**
 * Why a journey is only possible (listed, not drawn), in the words the UI shows. A journey with a doubt is
 * one a careful reader might not agree with; a person can promote it.
 */
export const DOUBTS = {
  speaker: 'the traveller may be only the person speaking about the journey',
  after: 'the traveller is named after the movement, possibly in another clause',
  countryTour: 'a tour of whole countries: the stops are not named',
  vehicle: 'a vehicle’s run: who travelled on it is not said',
} as const;
