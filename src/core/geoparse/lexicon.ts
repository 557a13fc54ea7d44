/**
 * Closed word lists of English news prose that decide whether a gazetteer match is a place. These are
 * grammar, not data about places: titles that precede names, words that turn a place name into part of a
 * street or an organisation, months and weekdays.
 */

const words = (s: string) => new Set(s.split(' '));

/** Words that, right before a capitalised name, make it a person ("Sen. Lincoln", "President Xi"). */
export const TITLES = words(
  'mr mrs ms miss dr sir dame lord lady president vice premier minister secretary senator sen sens rep reps representative gov governor mayor judge justice officer deputy sheriff sgt sergeant lt lieutenant capt captain maj major col colonel gen general adm admiral cpl pvt det detective trooper chief coach pastor rev reverend father brother sister bishop cardinal pope prince princess king queen emperor chancellor ambassador attorney commissioner councilman councilwoman superintendent principal professor prof dean chairman chairwoman spokesman spokeswoman leader counterpart',
);

/** Words after a place name that make it part of an address ("Dublin Road"). */
export const STREET_WORDS = words(
  'street st road rd avenue ave boulevard blvd drive dr lane ln way pike highway hwy parkway pkwy court ct circle cir trail terrace alley plaza square',
);

/** Words after a place name that make it part of an organisation or a building's name. */
export const ORGANISATION_WORDS = words(
  'university college school academy institute hospital clinic church cathedral temple mosque synagogue bank company corp corporation inc co ltd group times post herald tribune journal gazette news daily press club team fc united rangers city hall mall airport stadium arena center centre library museum theatre theater hotel inn restaurant',
);

/**
 * Of those, the words whose organisations often stand elsewhere than the place they are named after
 * ("Columbia University" is in New York, a "Carnegie Library" in many towns): the place name is no toponym
 * there. A place's own bodies, papers and venues ("Dublin City Council", "The Moscow Times", "Cairo Stadium",
 * "Hartford Hospital") stand in it, and their place names are kept.
 */
export const NAMED_AFTER_WORDS = words(
  'university college school academy institute clinic church cathedral temple mosque synagogue bank company corp corporation inc co ltd group club team fc united rangers hall center centre library museum theatre theater restaurant',
);

/** Capitalised words that commonly open a multiword place name the gazetteer may lack ("Southern California"). */
export const PLACE_MODIFIERS = words(
  'north south east west northern southern eastern western central new upper lower greater downtown old fort port lake mount st san santa los las el la le de du',
);

export const MONTHS_AND_DAYS = words(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday',
);

/** Lower-case words allowed inside a capitalised multiword name ("Republic of Korea", "Rio de Janeiro"). */
export const NAME_CONNECTORS = words('of the de del della la le les los las du des da do dos das el al am an der den di y en sur upon on and au aux');

/** Verbs of speech: a lone non-capital place name right before one is a person ("Lewis said"). */
export const SPEECH_VERBS = words('said says told added explained noted asked wrote admitted predicts predicted recalled replied testified');

/**
 * Titles that name a person even in lower case ("coach Ripley", "officer Moore"). Not "miss", "general",
 * "major", "chief": in lower case they are common words ("miss Rochester", "general Motors").
 */
export const LOWERCASE_TITLES = words(
  'coach officer detective sheriff trooper deputy sergeant lieutenant captain president senator governor mayor superintendent commissioner spokesman spokeswoman chairman chairwoman pastor reverend professor ambassador councilman councilwoman',
);

/**
 * Words right after a lone name that make that mention a person's, not a small place's: "the Obama
 * administration", "Lincoln visited the troops", "Smith lived there".
 */
export const PERSON_FOLLOWERS = words('administration visited lived died resigned married signed signs vowed pledged tweeted campaigned apologized apologised');

/** Of PERSON_FOLLOWERS, what a city's government also does or has ("the Donetsk administration", "Gainesville signed"). */
export const CIVIC_PERSON_WORDS = words('administration signed signs vowed pledged apologized apologised');

/**
 * Nouns only a person has, after a lone name's possessive: "Obama's speech", "Lincoln’s wife" (with the words of
 * kin). Not "plan", "budget", "mayor", "election": a town has those too.
 */
export const PERSON_POSSESSIONS = words(
  'speech speeches remarks presidency inauguration reelection nomination memoir memoirs biography funeral birthday lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aide aides predecessor successor',
);

/** Institutions news names that share their name with a gazetteer entry (a town called White House, TN). */
export const INSTITUTIONS = words('white-house hamas hezbollah taliban pentagon');

/** Words that open a sentence before a place name without being part of it ("A Richmond man", "In Moscow"). */
export const FUNCTION_WORDS = words(
  'a an the in at on from to for by of near outside inside across along around and but or as if when while after before since like this that these those every each many some no two three four several both all most other another our their his her its my your we they he she it there here then so yet also only even still just about over under between among into onto upon during despite without within via per than',
);

/** Words of geographic features: after an adjective they make a name of their own ("Indian Ocean"). */
export const FEATURE_WORDS = words('ocean sea gulf bay strait river lake mountains mountain desert peninsula plateau basin valley coast island islands');

/** Verbs of a news organisation right after its name: "Xinhua reported", "Interfax reports". */
export const ORGANISATION_VERBS = words('reported reports reporting quoted quotes broadcast aired');

/** Prepositions and verbs after which a name is a place: "in Georgia", "to Jordan", "visited Chad". */
export const LOCATIVE_WORDS = words('in to from into across near throughout toward towards via visit visited visiting');

/** Words that open a club's name before its city ("Real Madrid", "Inter Milan", "Olympique Lyon"). */
export const CLUB_WORDS = words('real atletico atlético deportivo sporting racing olympique dynamo dinamo inter athletic borussia fc afc ac');

/** Determiners before a year and a make: "a 2011 Honda Accord", "his 2004 Chevrolet". */
export const POSSESSIVE_DETERMINERS = words('a an his her their my our your its');

/** Lower-case nouns after a place name that make it a breed or a product ("Angus cattle", "Jersey cows"). */
export const BREED_AND_PRODUCE_WORDS = words(
  'cattle beef cow cows bull bulls calf calves steer steers heifer heifers breed breeds breeder breeders herd sheep lamb goat goats pig pigs hog hogs horse horses pony ponies terrier terriers spaniel spaniels retriever retrievers bulldog bulldogs shepherd shepherds hound hounds cheese wine wines sausage sausages ham',
);

/** Words of kin before a person's name in news: "and wife, Marlene,", "his son Austin". */
export const KIN_WORDS = words('wife husband child baby son daughter stepson stepdaughter grandchild brother sister mother father grandson granddaughter nephew niece cousin widow widower fiancé fiancee fiancée');

/** Particles of Arabic names before the name proper ("Abu Jaafar", "Ibn Saud"); not "Abu Dhabi", a longer match. */
export const NAME_PARTICLES = words('abu abo ibn bin umm');

/**
 * Nicknames of the major North American leagues' teams (NFL, NBA, MLB, NHL, MLS, WNBA), the vocabulary of sports
 * news: after a city's or state's name they make a team ("the Oklahoma City Thunder", "the Dallas Cowboys").
 */
export const TEAM_NICKNAMES = new Set([
  ...'cardinals falcons ravens bills panthers bears bengals browns cowboys broncos lions packers texans colts jaguars chiefs raiders chargers rams dolphins vikings patriots saints giants jets eagles steelers 49ers seahawks buccaneers titans commanders redskins'.split(' '),
  ...'hawks celtics nets hornets bulls cavaliers mavericks nuggets pistons warriors rockets pacers clippers lakers grizzlies heat bucks timberwolves pelicans knicks thunder magic 76ers suns blazers kings spurs raptors jazz wizards sonics'.split(' '),
  ...'diamondbacks braves orioles cubs reds guardians rockies tigers astros royals angels dodgers marlins brewers twins mets yankees athletics phillies pirates padres mariners rays rangers nationals expos'.split(' '),
  ...'ducks coyotes bruins sabres flames hurricanes blackhawks avalanche stars oilers panthers wild canadiens predators devils islanders senators flyers penguins sharks kraken blues lightning canucks knights capitals jets'.split(' '),
  ...'galaxy sounders timbers earthquakes crew dynamo revolution impact whitecaps sporting'.split(' '),
  ...'red sox|white sox|red wings|blue jackets|maple leafs|golden knights|trail blazers|red bulls'.split('|'),
]);
