/**
 * Every weight of the resolver and every rule of the recogniser, named in one place: its value, what it
 * encodes, and the scores the geoparser had when it was last set (`npm run eval -- CORPUS --errors N` names
 * the rule or weight that decided each listed error, by these names).
 *
 * Scores are "exact-span F1 / acc@161 km" on TR-News (world news) and LGL (US local news), measured with
 * `npm run eval -- ../shared/eval/trnews.jsonl` and `… lgl.jsonl`.
 */

export interface Weight {
  readonly value: number;
  /** What the weight encodes, in one line. */
  readonly encodes: string;
  /** The scores it was set at. */
  readonly setAt: string;
}

export interface Rule {
  readonly encodes: string;
  readonly setAt: string;
}

/** Scores of the team's first resolver (before these weights had names); kept where a weight kept its value. */
const ORIGINAL = 'TR-News 0.854 / 0.858, LGL 0.796 / 0.827 (2026-11-30, 42577dd)';
/** Scores when the sense rules (namesakes, divisions, datelines, home) and the not-place cues were added. */
const SENSES = 'TR-News 0.892 / 0.925, LGL 0.797 / 0.840 (2026-11-30, geo-resolve with geo-data merged)';

/** Scores when the second round of issue 8 (datelines, roads, spaced abbreviations, lists) was added. */
const ROUND2 = 'TR-News 0.893 / 0.935, LGL 0.801 / 0.863 (2026-11-30, geo2; from 0.892 / 0.927 and 0.797 / 0.844)';

/** Scores when names listed before a plural division word ("Pike, Adams and Brown counties") became those divisions. */
const ROUND3 = 'TR-News 0.893 / 0.935, LGL 0.805 / 0.872 (2026-11-30, listed counties; from LGL 0.801 / 0.863)';

const w = (value: number, encodes: string, setAt = ORIGINAL): Weight => ({ value, encodes, setAt });
const r = (encodes: string, setAt = SENSES): Rule => ({ encodes, setAt });

/** Resolver weights. A candidate's score is the sum of the weights that apply to it; the highest wins. */
export const WEIGHTS = {
  // What a place is: news names countries and states far more often than their namesake hamlets.
  typeCountry: w(9, 'a country is what news most often means by a name a country bears'),
  typeContinent: w(8, 'a continent, likewise, over the towns named after it'),
  typeAdmin1: w(6.5, 'a first-level division (state, province) outranks towns of its name'),
  typeRegion: w(5, 'a named region of the world (Middle East, Balkans)'),
  typeWater: w(4, 'an ocean or sea outranks the small towns named after it (Atlantic, Pacific)'),
  typeCapital: w(3, 'a capital is better known than other cities of its size'),
  typeAdmin2: w(3, 'a county, as counties are named in US news'),
  typeCity: w(1, 'a city: above towns of its size, below capitals'),
  typeLandmark: w(1, 'a landmark (Panmunjom): as likely as a city'),
  typeTown: w(0.5, 'a town: population decides among towns'),
  typeVillage: w(0, 'a village: only population and context lift it'),
  population: w(0.8, 'per power of ten of the population: bigger places are named more'),

  // What the article says.
  countryNamed: w(2, 'a place in a country the article names'),
  countryNamedPerMention: w(0.5, 'more, per mention of that country'),
  countryNamedCap: w(2, 'at most this much more'),
  stateNamed: w(3, 'a place in a state the article names'),
  qualifierState: w(8, '"Alexandria, La.": the place in the state written after the comma'),
  qualifierCountry: w(6, '"Paris, France": the place in the country written after the comma'),
  nearAnchor50: w(2.5, 'within 50 km of a place the article certainly names'),
  nearAnchor200: w(1.5, 'within 200 km of one'),
  nearAnchor800: w(0.5, 'within 800 km of one'),
  mutualSupport: w(1.5, 'per other name with a reading near this one (Huntsville beside Walker County)'),
  mutualSupportCap: w(3, 'at most this many names count'),
  certainMargin: w(4, 'a name whose best reading leads by this much is certain and informs the others'),
  coherenceMentionShare: w(0.5, 'in the coherence pass, each mention of a resolved place counts this much towards its country'),

  // Senses (issue 8).
  countryOverNamesake: w(
    -6,
    'a place inside the country that a name also means gives way to the country ("Mexico", "Panama", "Kuwait": the country, not its capital)',
    SENSES,
  ),
  divisionAmongDivisions: w(2, 'a state or province beside other divisions of its country ("Wyoming" beside "Montana")', SENSES),
  divisionAmongDivisionsCap: w(4, 'at most this much', SENSES),
  containsNamed: w(1.5, 'a country or state that holds other places the article names ("Georgia" beside Atlanta, or beside Tbilisi)', SENSES),
  containsNamedCap: w(4.5, 'at most this much', SENSES),
  qualifierIsDivision: w(8, 'a name after a place and a comma ("Flushing, New York") is a state or country, not a city', SENSES),
  divisionOwnName: w(
    1,
    'a state or province whose own name the text writes ("New York") over a city that name is only an alias of (GeoNames: "New York City")',
    ROUND2,
  ),
  datelineNamesCity: w(-8, 'a dateline names a city ("WASHINGTON (Reuters) -"), not the state or country of that name', SENSES),
  capitalAmongCapitals: w(
    1,
    "per other country's capital the article names, two or more (Cairo, Amman, Paris): a capital reading of a name (Berlin, Rome) over the dateline country's towns of that name",
    ROUND3,
  ),
  capitalAmongCapitalsCap: w(3, 'at most this much', ROUND3),
  homeNear50: w(4, "within 50 km of the article's home (its dateline, or the home a reader sets)", SENSES),
  homeNear200: w(2.5, 'within 200 km of home', SENSES),
  homeNear800: w(1, 'within 800 km of home', SENSES),
  homeState: w(2, "in the home's state or province", SENSES),
  homeCountry: w(1.5, "in the home's country", SENSES),

  // The corrections memory (issue 9).
  rememberedChoice: w(
    100,
    'a person remembered this reading of the words in a like article: it decides them, and as a certain name it informs the others (a strong prior, not a relabelling after the fact)',
  ),
} as const satisfies Record<string, Weight>;

export type WeightName = keyof typeof WEIGHTS;

/** Recogniser rules: each rejects (or admits) a gazetteer match for a reason of news prose. */
export const RULES = {
  institution: r('a name that is an institution news names (White House, Pentagon), not the town of that name', ORIGINAL),
  personVerb: r('a lone small place right before a verb of speech or of a person\'s life ("Lewis said", "Lincoln visited")', ORIGINAL),
  monthOrDay: r('months and weekdays ("May", "Monday")', ORIGINAL),
  relationAdjective: r('"inter-Korean", "trans-Atlantic": relations between places, not a place', ORIGINAL),
  sentenceInitialCommonWord: r('a common word opening a sentence ("We", "Reading") unless a dateline', ORIGINAL),
  commonWordSmallPlace: r('a capitalised common word mid-sentence ("Valley") names only a big or qualified place', ORIGINAL),
  personName: r('part of a person\'s name: after a title or a given name ("Sen. Lincoln", "Julia Lyubova")', ORIGINAL),
  capitalisedBefore: r('a small place right after another capitalised word is part of a longer name', ORIGINAL),
  featureAdjective: r('"Indian Ocean": an adjective naming a feature, not the country', ORIGINAL),
  givenNameBeforeSurname: r('a given name before a capitalised word ("Carol Whitlock")', ORIGINAL),
  streetName: r('part of an address ("Dublin Road")', ORIGINAL),
  namedAfterOrganisation: r('an organisation merely named after the place ("Columbia University")', ORIGINAL),
  personSurname: r('the surname of a person the article has named ("Obama" after "Barack Obama")', ORIGINAL),

  // Added for issue 8: organisations, media, people, breeds and products named after places.
  organisationInArticle: r('a name the article uses for an organisation ("X reported", "according to X", "the X news agency") is one throughout'),
  clubName: r('a team named after its city ("Real Madrid", "Atletico Madrid")'),
  modifierOfLongerName: r('a compass or size word opening a name the gazetteer lacks ("Central Anatolia" is not "Central")'),
  productModel: r('a make and model after "a" and a year ("a 2011 Honda Accord")'),
  breedOrProduct: r('a breed or product named after a place ("Angus cattle", "Angus beef")'),
  personCouple: r('a given name joined to another person\'s name ("Carol and Ted Whitlock")'),
  personInArticle: r('a name the article introduces as a person\'s given name ("Georgia Stevens") and never uses as a place'),
  kinApposition: r('a name after a word of kin ("and wife, Marlene,")'),
  nameParticle: r('an Arabic name particle before a name ("Abu Jaafar")'),
  dateline: r('a dateline ("PARIS, Mo. —") names a place and anchors the article'),
  titleWord: r('a title before a name ("Sergeant Ray Holt", "Sens. Byrd") is no town of that name', ROUND2),
  listedDivision: r(
    'admits: each name of a list closed by a plural division word ("Pike, Adams and Brown counties") is the division of that name ("Adams County"), whatever else the word means ("Mason", "Brown")',
    ROUND3,
  ),

} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;
