/**
 * A small, hand-kept supplement for what news names and the packages lack. Every entry says where its
 * figures come from. Coordinates are facts (GeoNames, Wikipedia infoboxes), written [lat, lon] as sources do.
 */

export interface CuratedPlace {
  ref: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  type: 'landmark' | 'region' | 'continent' | 'water' | 'admin1' | 'village';
  cc: string;
  admin1?: string;
  /** A rough population or size figure so that resolution can weigh it against homonyms. */
  pop: number;
  source: string;
  /** Multiword descriptive names that news writes in lower case ("Russia's far east"). */
  caseInsensitive?: boolean;
}

export const CURATED_PLACES: CuratedPlace[] = [
  {
    ref: 'geonames:1870637',
    name: 'Panmunjom',
    aliases: ['Panmunjeom', 'Truce Village of Panmunjom'],
    lat: 37.9559,
    lon: 126.6773,
    type: 'village',
    cc: 'KP',
    pop: 0,
    source: 'GeoNames 1870637 (Panmunjŏm, 37.95589 N 126.67731 E); the Joint Security Area in the DMZ',
  },
  {
    ref: 'geonames:1835864',
    name: 'Korean Peninsula',
    aliases: ['Korean peninsula'],
    lat: 38.0,
    lon: 127.5,
    type: 'region',
    cc: '',
    pop: 75_000_000,
    source: 'GeoNames 1835864 (Korean Peninsula, approx. 38 N 127.5 E)',
    caseInsensitive: true,
  },
  {
    ref: 'curated:russian-far-east',
    name: 'Russian Far East',
    aliases: ["Russia's far east", "Russia's Far East", 'Far East of Russia', 'Far Eastern Federal District'],
    lat: 55.0,
    lon: 135.0,
    type: 'region',
    cc: 'RU',
    pop: 8_000_000,
    source: 'Far Eastern Federal District, Russia; approximate centre 55 N 135 E (Wikipedia)',
    caseInsensitive: true,
  },
  {
    ref: 'geonames:6269133',
    name: 'Middle East',
    aliases: ['Mideast'],
    lat: 29.0,
    lon: 41.0,
    type: 'region',
    cc: '',
    pop: 400_000_000,
    source: 'GeoNames 6269133 (Middle East, approx. 29 N 41 E)',
  },
  {
    ref: 'geonames:281132',
    name: 'Gaza Strip',
    aliases: ['Gaza'],
    lat: 31.4167,
    lon: 34.3333,
    type: 'region',
    cc: 'PS',
    pop: 2_000_000,
    source: 'GeoNames 281132 (Gaza Strip, ADM1 PS.GZ; point 31.41667 N 34.33333 E)',
  },
  {
    ref: 'geonames:285153',
    name: 'West Bank',
    aliases: [],
    lat: 32.0,
    lon: 35.25,
    type: 'region',
    cc: 'PS',
    pop: 3_000_000,
    source: 'GeoNames 285153 (West Bank, ADM1 PS.WE; point 32 N 35.25 E)',
  },
  {
    ref: 'curated:european-union',
    name: 'European Union',
    aliases: ['EU', 'E.U.'],
    lat: 50.85,
    lon: 4.35,
    type: 'region',
    cc: '',
    pop: 450_000_000,
    source: 'the European Union, placed at its seat in Brussels (50.85 N 4.35 E)',
  },
  {
    ref: 'geonames:6255148',
    name: 'Europe',
    aliases: [],
    lat: 48.69,
    lon: 9.14,
    type: 'continent',
    cc: '',
    pop: 740_000_000,
    source: 'GeoNames 6255148 (Europe, 48.69096 N 9.14062 E)',
  },
  {
    ref: 'geonames:6255147',
    name: 'Asia',
    aliases: [],
    lat: 29.84,
    lon: 89.3,
    type: 'continent',
    cc: '',
    pop: 4_600_000_000,
    source: 'GeoNames 6255147 (Asia, 29.84064 N 89.29688 E)',
  },
  {
    ref: 'geonames:6255146',
    name: 'Africa',
    aliases: [],
    lat: 7.19,
    lon: 21.09,
    type: 'continent',
    cc: '',
    pop: 1_300_000_000,
    source: 'GeoNames 6255146 (Africa, 7.1881 N 21.09375 E)',
  },
  {
    ref: 'geonames:6255149',
    name: 'North America',
    aliases: [],
    lat: 46.07,
    lon: -100.55,
    type: 'continent',
    cc: '',
    pop: 580_000_000,
    source: 'GeoNames 6255149 (North America, 46.07323 N 100.54688 W)',
  },
  {
    ref: 'geonames:6255150',
    name: 'South America',
    aliases: [],
    lat: -14.6,
    lon: -57.66,
    type: 'continent',
    cc: '',
    pop: 430_000_000,
    source: 'GeoNames 6255150 (South America, 14.60485 S 57.65625 W)',
  },
  {
    ref: 'curated:latin-america',
    name: 'Latin America',
    aliases: [],
    lat: -4.0,
    lon: -65.0,
    type: 'region',
    cc: '',
    pop: 650_000_000,
    source: 'approximate centre of Latin America, 4 S 65 W',
  },
  {
    ref: 'geonames:6255152',
    name: 'Antarctica',
    aliases: [],
    lat: -78.16,
    lon: 16.41,
    type: 'continent',
    cc: 'AQ',
    pop: 0,
    source: 'GeoNames 6255152 (Antarctica, 78.15856 S 16.40626 E)',
  },
  {
    ref: 'geonames:292027',
    name: 'Persian Gulf',
    aliases: ['Arabian Gulf'],
    lat: 26.0,
    lon: 52.0,
    type: 'water',
    cc: '',
    pop: 0,
    source: 'GeoNames 292027 (Persian Gulf, 26 N 52 E)',
  },
  {
    ref: 'geonames:3523271',
    name: 'Gulf of Mexico',
    aliases: [],
    lat: 25.0,
    lon: -90.0,
    type: 'water',
    cc: '',
    pop: 0,
    source: 'GeoNames 3523271 (Gulf of Mexico, 25 N 90 W)',
  },
];

/**
 * Oceans, seas, mountain ranges and rivers news names often, as points (approximate centres, from GeoNames'
 * feature records and atlases). [name, aliases, lat, lon, type]
 */
const NATURAL_FEATURES: Array<[string, string[], number, number, 'water' | 'region', string?]> = [
  ['Pacific Ocean', ['Pacific'], 0, -160, 'water'],
  ['Atlantic Ocean', ['Atlantic'], 10, -30, 'water'],
  ['Indian Ocean', [], -20, 80, 'water'],
  ['Arctic Ocean', ['Arctic'], 85, 0, 'water'],
  ['Southern Ocean', [], -65, 0, 'water'],
  ['Mediterranean Sea', ['Mediterranean'], 35, 18, 'water'],
  ['Black Sea', [], 43.5, 34, 'water'],
  ['Caspian Sea', [], 42, 50.5, 'water'],
  ['Baltic Sea', ['Baltic'], 58, 20, 'water'],
  ['North Sea', [], 56, 3, 'water'],
  ['Red Sea', [], 20, 38.5, 'water'],
  ['Caribbean Sea', ['Caribbean'], 15, -75, 'water'],
  ['South China Sea', [], 12, 114, 'water'],
  ['East China Sea', [], 29, 125, 'water'],
  ['Sea of Japan', ['East Sea'], 40, 135, 'water'],
  ['Yellow Sea', [], 35, 123, 'water'],
  ['Sea of Okhotsk', [], 55, 150, 'water'],
  ['Arabian Sea', [], 15, 65, 'water'],
  ['Bay of Bengal', [], 15, 88, 'water'],
  ['Strait of Hormuz', [], 26.57, 56.25, 'water'],
  ['Taiwan Strait', [], 24.5, 119.5, 'water'],
  ['English Channel', [], 50.2, -1, 'water'],
  ['Nile', ['Nile River', 'River Nile'], 26, 31.5, 'water'],
  ['Amazon River', [], -3, -60, 'water'],
  ['Yangtze', ['Yangtze River'], 30.5, 114, 'water'],
  ['Mississippi River', [], 35, -90, 'water'],
  ['Danube', ['Danube River'], 45, 25, 'water'],
  ['Rhine', ['Rhine River'], 50, 7.6, 'water'],
  ['Volga', ['Volga River'], 53, 48, 'water'],
  ['Tumen River', ['Tumen'], 42.6, 130, 'water'],
  ['Yalu River', ['Yalu'], 40.5, 124.8, 'water'],
  ['Himalayas', ['Himalaya'], 28, 84, 'region'],
  ['Alps', [], 46.5, 10, 'region'],
  ['Andes', [], -20, -67, 'region'],
  ['Rocky Mountains', ['Rockies'], 43, -110, 'region'],
  ['Ural Mountains', ['Urals'], 60, 59, 'region'],
  ['Sahara', ['Sahara Desert'], 23, 13, 'region'],
  ['Siberia', [], 60, 105, 'region'],
  ['Balkans', [], 43, 21, 'region'],
  ['Scandinavia', [], 63, 14, 'region'],
  ['Caucasus', [], 42.5, 44, 'region'],
  ['Horn of Africa', [], 8, 45, 'region'],
  ['Sahel', [], 14, 5, 'region'],
  ['Demilitarized Zone', ['DMZ', 'Korean Demilitarized Zone'], 38.0, 127.0, 'region'],
  // Contested or autonomous regions that world news names more often than their countries.
  ['Kashmir', [], 34.5, 76, 'region'],
  ['Crimea', ['Crimean Peninsula'], 45.3, 34.4, 'region', 'UA'],
  ['Donbas', ['Donbass'], 48.3, 38.5, 'region'],
  ['Chechnya', [], 43.4, 45.7, 'region', 'RU'],
  ['Dagestan', [], 42.9, 47.1, 'region', 'RU'],
  ['South Ossetia', [], 42.3, 44.0, 'region'],
  ['Abkhazia', [], 43.0, 41.0, 'region', 'GE'],
  ['Darfur', [], 13.5, 24.0, 'region'],
  ['Kurdistan', ['Iraqi Kurdistan'], 36.4, 44.4, 'region'],
  ['Tibet', [], 31.5, 88.0, 'region', 'CN'],
  ['Xinjiang', [], 41.5, 85.5, 'region', 'CN'],
  ['Golan Heights', ['Golan'], 33.0, 35.8, 'region'],
  ['Sinai', ['Sinai Peninsula'], 29.5, 33.8, 'region'],
  ['Nagorno-Karabakh', ['Karabakh'], 39.9, 46.7, 'region'],
  ['Transnistria', [], 47.2, 29.4, 'region', 'MD'],
  ['Western Sahara', [], 24.5, -13.0, 'region'],
];

// A region given a country here is also that country's first-level division in GeoNames: the data build gives
// it the division's GeoNames id.
for (const [name, aliases, lat, lon, type, cc] of NATURAL_FEATURES) {
  CURATED_PLACES.push({
    ref: `curated:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    name,
    aliases,
    lat,
    lon,
    type,
    cc: cc ?? '',
    pop: 0,
    source: 'approximate centre, after GeoNames feature records and atlases',
  });
}

/** Canadian provinces and Australian states: first-level divisions news names often (GeoNames ADM1 coordinates). */
const ADMIN1: Array<[string, string, number, number, string, string, number]> = [
  // name, alpha-2, lat, lon, admin1 code, GeoNames id, population (approx., national statistics)
  ['Ontario', 'CA', 49.25, -84.5, '08', '6093943', 14_000_000],
  ['Quebec', 'CA', 52.0, -72.0, '10', '6115047', 8_500_000],
  ['British Columbia', 'CA', 53.99983, -125.00320, '02', '5909050', 5_000_000],
  ['Alberta', 'CA', 52.28333, -114.98333, '01', '5883102', 4_300_000],
  ['Manitoba', 'CA', 54.99999, -96.99999, '03', '6065171', 1_300_000],
  ['Saskatchewan', 'CA', 54.00007, -106.00099, '11', '6141242', 1_100_000],
  ['Nova Scotia', 'CA', 45.00015, -62.99865, '07', '6091530', 950_000],
  ['New Brunswick', 'CA', 46.5001, -66.00132, '04', '6087430', 780_000],
  ['Newfoundland and Labrador', 'CA', 52.0, -56.0, '05', '6354959', 520_000],
  ['New South Wales', 'AU', -33.0, 146.0, '02', '2155400', 8_000_000],
  ['Victoria', 'AU', -37.0, 144.0, '07', '2145234', 6_500_000],
  ['Queensland', 'AU', -20.0, 145.0, '04', '2152274', 5_000_000],
  ['Western Australia', 'AU', -25.0, 122.0, '08', '2058645', 2_700_000],
  ['South Australia', 'AU', -30.0, 135.0, '05', '2061327', 1_800_000],
  ['Tasmania', 'AU', -42.0, 147.0, '06', '2147291', 540_000],
];

for (const [name, cc, lat, lon, admin1, geonameId, pop] of ADMIN1) {
  CURATED_PLACES.push({
    ref: `geonames:${geonameId}`,
    name,
    aliases: [],
    lat,
    lon,
    type: 'admin1',
    cc,
    admin1,
    pop,
    source: `GeoNames ${geonameId} (ADM1)`,
  });
}

/**
 * Names no package gives for a place it does have. `target` is a country's alpha-2 code or a US state's
 * postal code prefixed with "US-". Abbreviations in capitals match only as written.
 */
export const CURATED_ALIASES: Array<{ alias: string; target: string; caseSensitive?: boolean }> = [
  { alias: 'ROK', target: 'KR', caseSensitive: true },
  { alias: 'R.O.K.', target: 'KR', caseSensitive: true },
  { alias: 'South Korea', target: 'KR' },
  { alias: 'DPRK', target: 'KP', caseSensitive: true },
  { alias: 'D.P.R.K.', target: 'KP', caseSensitive: true },
  { alias: 'North Korea', target: 'KP' },
  { alias: 'US', target: 'US', caseSensitive: true },
  { alias: 'U.S.', target: 'US', caseSensitive: true },
  { alias: 'U.S.A.', target: 'US', caseSensitive: true },
  { alias: 'USA', target: 'US', caseSensitive: true },
  { alias: 'America', target: 'US' },
  { alias: 'United States', target: 'US' },
  { alias: 'the United States', target: 'US' },
  { alias: 'UK', target: 'GB', caseSensitive: true },
  { alias: 'U.K.', target: 'GB', caseSensitive: true },
  { alias: 'Britain', target: 'GB' },
  { alias: 'Great Britain', target: 'GB' },
  { alias: 'UAE', target: 'AE', caseSensitive: true },
  { alias: 'U.A.E.', target: 'AE', caseSensitive: true },
  { alias: 'Holland', target: 'NL' },
  { alias: 'Burma', target: 'MM' },
  { alias: 'Ivory Coast', target: 'CI' },
  { alias: 'Czech Republic', target: 'CZ' },
  // Names news uses that world-countries lacks or spells otherwise (it calls Turkey "Türkiye").
  { alias: 'Turkey', target: 'TR' },
  { alias: 'Cabo Verde', target: 'CV' },
  { alias: 'Holy See', target: 'VA' },
  { alias: 'the Holy See', target: 'VA' },
  { alias: 'Republic of Congo', target: 'CG' },
  { alias: 'Republic of the Congo', target: 'CG' },
  { alias: 'Viet Nam', target: 'VN' },
  { alias: 'Bosnia', target: 'BA' },
  { alias: 'Kyrgyz Republic', target: 'KG' },
  { alias: 'Palestinian Territories', target: 'PS' },
  { alias: 'Palestinian territories', target: 'PS' },
  { alias: 'Timor Leste', target: 'TL' },
  { alias: 'Slovak Republic', target: 'SK' },
  { alias: 'Soviet Union', target: 'RU' },
  { alias: 'USSR', target: 'RU', caseSensitive: true },
];

/** Demonyms the packages lack or spell differently from news usage. */
export const CURATED_DEMONYMS: Array<{ demonym: string; target: string }> = [
  { demonym: 'British', target: 'GB' },
  { demonym: 'Briton', target: 'GB' },
  { demonym: 'Britons', target: 'GB' },
  { demonym: 'English', target: 'GB' },
  { demonym: 'Soviet', target: 'RU' },
  { demonym: 'Soviet-era', target: 'RU' },
  { demonym: 'Dutch', target: 'NL' },
  { demonym: 'Iraqi', target: 'IQ' },
  { demonym: 'Filipino', target: 'PH' },
];

/**
 * AP-style abbreviations of US states, as US newspapers write them after a city ("Alexandria, La.").
 * Source: the AP Stylebook's state abbreviations (a published convention).
 */
export const AP_STATE_ABBREVIATIONS: Record<string, string> = {
  AL: 'Ala.',
  AZ: 'Ariz.',
  AR: 'Ark.',
  CA: 'Calif.',
  CO: 'Colo.',
  CT: 'Conn.',
  DE: 'Del.',
  FL: 'Fla.',
  GA: 'Ga.',
  IL: 'Ill.',
  IN: 'Ind.',
  KS: 'Kan.',
  KY: 'Ky.',
  LA: 'La.',
  MD: 'Md.',
  MA: 'Mass.',
  MI: 'Mich.',
  MN: 'Minn.',
  MS: 'Miss.',
  MO: 'Mo.',
  MT: 'Mont.',
  NE: 'Neb.',
  NV: 'Nev.',
  NH: 'N.H.',
  NJ: 'N.J.',
  NM: 'N.M.',
  NY: 'N.Y.',
  NC: 'N.C.',
  ND: 'N.D.',
  OK: 'Okla.',
  OR: 'Ore.',
  PA: 'Pa.',
  RI: 'R.I.',
  SC: 'S.C.',
  SD: 'S.D.',
  TN: 'Tenn.',
  VT: 'Vt.',
  VA: 'Va.',
  WA: 'Wash.',
  WV: 'W.Va.',
  WI: 'Wis.',
  WY: 'Wyo.',
  DC: 'D.C.',
};

/**
 * Country points where world-countries' rounded `latlng` lies far from where gazetteers put the country:
 * news geoparsing is scored against GeoNames, whose point for the United States is the centre of the
 * contiguous states, not world-countries' (38, -97).
 */
export const COUNTRY_POINTS: Record<string, { lat: number; lon: number; source: string }> = {
  US: { lat: 39.76, lon: -98.5, source: 'GeoNames 6252001 (United States, 39.76 N 98.5 W)' },
};
