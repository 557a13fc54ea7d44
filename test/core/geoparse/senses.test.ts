/** Which sense of a name the resolver picks, from what the rest of the article says. Sentences are original. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse, homePlace, recognize } from '../../../src/core/geoparse';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});

/** "name=placeType/countryCode-admin1" for every place, in text order. */
function senses(text: string, home?: string): string[] {
  return geoparse(text, gaz, { home }).map((p) => {
    const row = gaz.rowOfRef(`${p.gazetteer.source}:${p.gazetteer.id}`) ?? -1;
    return `${p.mentions[0]!.text}=${p.placeType}/${p.countryCode}${gaz.admin1(row) ? `-${gaz.admin1(row)}` : ''}`;
  });
}
const recognizeTeams = (text: string) => recognize(text, gaz).filter((r) => r.team).map((r) => r.text);
const senseOf = (text: string, name: string, home?: string) => senses(text, home).find((s) => s.startsWith(`${name}=`));

describe('countryOverNamesake', () => {
  it.each([
    ['Trucks queued at the border as Mexico tightened its checks on Texas crossings.', 'Mexico', 'MX'],
    ['Oil output in Kuwait rose in the spring, the ministry said.', 'Kuwait', 'KW'],
    ['Shipping fees rose after Panama cut the number of daily transits.', 'Panama', 'PA'],
    ['Aid groups in Guatemala asked for seed and fertiliser.', 'Guatemala', 'GT'],
  ])('%s → the country', (text, name, cc) => {
    expect(senseOf(text, name)).toBe(`${name}=country/${cc}`);
  });
});

describe('divisionAmongDivisions and containsNamed', () => {
  it('reads a state beside other states of its country as the state', () => {
    expect(senseOf('The herd wintered in Montana and was trucked south to Wyoming in April.', 'Wyoming')).toBe('Wyoming=admin1/US-WY');
  });

  it('reads Georgia by the places it holds: beside Atlanta the state, beside Tbilisi the country', () => {
    expect(senseOf('Turnout in Georgia was high, with long lines in Atlanta and Macon.', 'Georgia')).toBe('Georgia=admin1/US-GA');
    expect(senseOf('Protesters in Georgia marched on parliament in Tbilisi on Sunday.', 'Georgia')).toBe('Georgia=country/GE');
  });
});

describe('qualifierIsDivision', () => {
  it('reads a name after a place and a comma as its state', () => {
    expect(senseOf('The bakery opened a second shop in Yonkers, New York, last week.', 'New York')).toBe('New York=admin1/US-NY');
  });
});

describe('oceans over towns', () => {
  it('reads the Atlantic and the Pacific as oceans', () => {
    expect(senseOf('The storm strengthened over the Atlantic before turning north.', 'Atlantic')).toMatch(/^Atlantic=water\//);
    expect(senseOf('The fleet spent six weeks in the Pacific on exercises.', 'Pacific')).toMatch(/^Pacific=water\//);
  });
});

describe('coherence in two rounds', () => {
  it('lets a state settled by the first round place the town beside it', () => {
    const text = 'Jobless claims in the Athens area rose in March, while Madison and Jackson counties saw small gains, Georgia labor officials said.';
    expect(senseOf(text, 'Georgia')).toBe('Georgia=admin1/US-GA');
    expect(senseOf(text, 'Athens')).toBe('Athens=city/US-GA');
  });
});

describe('sports teams', () => {
  it('keeps a team’s city as a place but not as evidence for the story’s other places', () => {
    const text = 'The Oklahoma City Thunder beat the Heat in Miami on Sunday.';
    expect(senseOf(text, 'Oklahoma City')).toMatch(/^Oklahoma City=city\/US-OK/);
    expect(senseOf(text, 'Miami')).toBe('Miami=city/US-FL');
    // A paper named after its city is no team: Moscow still places Kazan's reading.
    expect(recognizeTeams('The Moscow Times reported from Kazan.')).toEqual([]);
    // "Dallas" is also a given name; before a team nickname it is the city.
    expect(recognizeTeams('The Boston Red Sox and the Dallas Cowboys won.')).toEqual(['Boston', 'Dallas']);
  });
});

describe('divisionOwnName', () => {
  it('reads "New York" as the state (GeoNames\' own name for it) and "New York City" as the city', () => {
    expect(senseOf('The New York governor signed the budget on Tuesday.', 'New York')).toBe('New York=admin1/US-NY');
    expect(senseOf('Subway fares in New York City rose again.', 'New York City')).toMatch(/^New York City=city\/US/);
  });
});

describe('dateline and home', () => {
  it('reads a dateline as a city, never the state of that name', () => {
    expect(senseOf('WASHINGTON (Reuters) - Lawmakers agreed on a stopgap budget late on Friday.', 'WASHINGTON')).toBe('WASHINGTON=capital/US-DC');
    expect(senseOf('Washington (CNN) Lawmakers agreed on a stopgap budget late on Friday.', 'Washington')).toBe('Washington=capital/US-DC');
    expect(senseOf('Budget deal\nWASHINGTON Lawmakers agreed on a stopgap budget late on Friday.', 'WASHINGTON')).toBe('WASHINGTON=capital/US-DC');
  });

  it('leans ambiguous names towards the dateline place', () => {
    // Without a dateline "Lancaster" is the biggest of its namesakes; under a Pennsylvania dateline it is the
    // Pennsylvania town.
    const body = 'A new clinic will open in Lancaster next spring, county officials said.';
    expect(senseOf(body, 'Lancaster')).not.toMatch(/US-PA$/);
    expect(senseOf(`HARRISBURG, Pa. (AP) — ${body}`, 'Lancaster')).toBe('Lancaster=town/US-PA');
  });

  it('anchors the article in the dateline state when the dateline town itself is unknown', () => {
    // "Smallville" is no town of Kansas in the gazetteer; the Kansas dateline still places Wichita.
    const text = 'SMALLVILLE, Kan. — The co-op will truck its wheat to Wichita and to Salina this year.';
    expect(senseOf(text, 'Salina')).toBe('Salina=town/US-KS');
  });

  it('leans towards the home a reader sets, and a dateline in the text wins over it', () => {
    const body = 'The school board in Athens voted to extend the term by a week.';
    expect(senseOf(body, 'Athens')).toMatch(/^Athens=capital\/GR/);
    expect(senseOf(body, 'Athens', 'Decatur, Ala.')).toBe('Athens=town/US-AL');
    expect(senseOf(`KNOXVILLE, Tenn. — ${body}`, 'Athens', 'Decatur, Ala.')).toMatch(/^Athens=town\/US-TN/);
  });

  it('reads a home string with the geoparser itself, and ignores one that names no place', () => {
    expect(homePlace('Columbia, South Carolina', gaz)?.admin1).toBe('SC');
    expect(homePlace('nowhere at all', gaz)).toBeUndefined();
    expect(senses('The school board in Athens voted.', 'nowhere at all')).toEqual([senses('The school board in Athens voted.')[0]]);
    expect(senses('The school board in Athens voted.')[0]).toMatch(/^Athens=capital\/GR/);
  });
});

describe('capitalAmongCapitals', () => {
  it('reads Berlin and Rome as capitals in world news under a Washington dateline', () => {
    const text =
      'WASHINGTON — The envoy will fly to Nairobi and Addis Ababa next week. Her deputy stopped in Berlin and Rome on his way back from Ankara.';
    expect(senseOf(text, 'Berlin')).toBe('Berlin=capital/DE-16');
    expect(senseOf(text, 'Rome')).toBe('Rome=capital/IT-07');
  });

  it('leaves the local reading when the article names no other country’s capitals', () => {
    expect(senseOf('BERLIN, N.H. — The mill reopened on Monday, and workers drove in from Gorham and Milan.', 'BERLIN')).toMatch(/^BERLIN=\w+\/US-NH$/);
  });
});
