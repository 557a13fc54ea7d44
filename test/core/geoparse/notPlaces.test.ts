/**
 * Names of places that, in context, name something else: organisations and media, teams, makes and models,
 * breeds, people. Each rule of src/core/geoparse/rules.ts is checked on original sentences, with a twin that
 * shows the same name still read as a place where it is one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { loadGazetteerSync } from '../../../src/core/gazetteer/node';
import { geoparse, recognize } from '../../../src/core/geoparse';
import type { Rejection } from '../../../src/core/geoparse/recognize';
import { RULES, WEIGHTS } from '../../../src/core/geoparse/rules';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteerSync();
});
const names = (text: string) => recognize(text, gaz).map((r) => r.text);
/** The rule that turned `name` down in `text`. */
function ruleFor(text: string, name: string): string | undefined {
  const rejected: Rejection[] = [];
  recognize(text, gaz, rejected);
  return rejected.find((r) => r.text === name)?.rule;
}

describe('organisationInArticle', () => {
  it('reads a name the article attributes reports to as an agency throughout', () => {
    const text = 'Floods cut two roads in the hills, the Xinhua news agency said. Rescuers reached the village by boat, Xinhua reported.';
    expect(names(text)).toEqual([]);
    expect(ruleFor(text, 'Xinhua')).toBe('organisationInArticle');
    expect(names('Floods cut the road, according to Xinhua. Crews worked through the night.')).toEqual([]);
  });

  it('keeps a town that merely reports something, and countries that report', () => {
    expect(names('Volunteers in Hanover reported long queues.')).toEqual(['Hanover']);
    expect(names('Officials said, Russia reported no casualties.')).toEqual(['Russia']);
  });
});

describe('personInArticle', () => {
  it('reads a given name as the person once the article confirms the surname', () => {
    const text = 'Georgia Mills, 11, won the junior title. Her coach, Dana Mills, said Georgia trains every morning.';
    expect(names(text)).toEqual([]);
    expect(ruleFor(text, 'Georgia')).toBe('personInArticle');
  });

  it('does not take a possessive after a preposition as the place ("to Georgia\'s credit")', () => {
    expect(names('Georgia Mills, 11, won the junior title. Dana Mills said it was down to Georgia\'s hard work.')).toEqual([]);
  });

  it('does not take a title or a second given name for a surname', () => {
    expect(names('Florida Senator Ann Pike and Texas Senator Bo Reyes met in Tampa.')).toEqual(['Florida', 'Texas', 'Tampa']);
  });

  it('keeps the place when the article also puts the name after "in", or never confirms a surname', () => {
    expect(names('Georgia Mills moved from Ohio. Dana Mills said the family settled in Georgia.')).toContain('Georgia');
    expect(names('The Georgia Bureau of Investigation opened a case.')).toEqual(['Georgia']);
  });
});

describe('personPossessive and person verbs', () => {
  it('reads a lone town name as a person when its possessive has what only a person has, or it signs or vows', () => {
    const text = "Reporters filled the hall for Obama's speech on trade in Denver.";
    expect(names(text)).toEqual(['Denver']);
    expect(ruleFor(text, 'Obama')).toBe('personPossessive');
    expect(names('Lincoln’s wife wrote to a cousin in Ohio.')).toEqual(['Ohio']);
    expect(ruleFor('Obama signs the farm bill after a week of talks.', 'Obama')).toBe('personVerb');
  });

  it('reads the name as that person throughout once the article uses it as one, unless it also puts it after "in"', () => {
    const text = 'Lincoln lived in the house for two years. Visitors can see where Lincoln slept.';
    expect(names(text)).toEqual([]);
    const rejected: Rejection[] = [];
    recognize(text, gaz, rejected);
    expect(rejected.filter((r) => r.text === 'Lincoln').map((r) => r.rule)).toEqual(['personVerb', 'personCuedInArticle']);
    expect(names('Obama’s wife spoke first. Crowds later gathered in Obama to watch the fireworks.')).toEqual(['Obama']);
    // Places and their bodies speak and sign: that makes no person of the name's other mentions.
    expect(names('Gainesville says no to the plan. Traffic in Gainesville doubled. Gainesville residents voted.')).toEqual(['Gainesville', 'Gainesville']);
    expect(names('Dunmore signed the contract on Monday. Dunmore residents will pay less.')).toEqual(['Dunmore']);
  });

  it("keeps the town when its possessive has what a town has, or it is a country's", () => {
    expect(names("Obama's harbour reopened after the storm, officials in Fukui said.")).toEqual(['Obama', 'Fukui']);
    expect(names("Springfield's mayor presented the budget.")).toEqual(['Springfield']);
    expect(names("Mexico's spokesman at the talks said little.")).toEqual(['Mexico']);
  });
});

describe('clubName, productModel, breedOrProduct', () => {
  it('reads a club named after its city as the club', () => {
    expect(ruleFor('Real Madrid signed a young winger.', 'Madrid')).toBe('clubName');
    expect(names('Fans waited outside the stadium in Madrid.')).toEqual(['Madrid']);
  });

  it('reads a make after "a" and a year as a make', () => {
    expect(ruleFor('Police stopped a 2009 Toyota Camry near the bridge.', 'Toyota')).toBe('productModel');
    expect(names('Workers at the plant in Toyota went on strike.')).toEqual(['Toyota']);
  });

  it('reads a breed or product named after a place as such', () => {
    expect(ruleFor('The farm keeps about 80 Angus cattle and a few goats.', 'Angus')).toBe('breedOrProduct');
    expect(names('The farm sells Angus beef at the Saturday market.')).toEqual([]);
    expect(names('She grew up on a farm near Angus.')).toEqual(['Angus']);
  });
});

describe('people whose names are places', () => {
  it('reads a given name joined to a couple as a person (personCouple)', () => {
    expect(ruleFor('Lynn and Mark Hobbs bought the orchard in 2004.', 'Lynn')).toBe('personCouple');
    expect(names('Flooding closed roads in Lynn and Salem.')).toEqual(['Lynn', 'Salem']);
  });

  it('reads a name after a word of kin as a person (kinApposition)', () => {
    expect(ruleFor('He leaves behind his wife, Tonya, and a grown son.', 'Tonya')).toBe('kinApposition');
    // …and the name stays the person's for the rest of the article.
    const text = 'Their second daughter, Hailey, arrived in June. Hailey later fished the river near Boise.';
    expect(names(text)).toEqual(['Boise']);
    expect(ruleFor(text.slice(text.indexOf('. ') - 1), 'Hailey')).toBeUndefined();
  });

  it('reads a name particle before a name as a person (nameParticle)', () => {
    expect(ruleFor('"We waited for hours," Abu Karim said.', 'Abu')).toBe('nameParticle');
    expect(names('The talks moved to Abu Dhabi.')).toEqual(['Abu Dhabi']);
  });
});

describe('capitalisedBefore', () => {
  it('keeps a city of some size after another capitalised word, but not a small place or a given name', () => {
    expect(names('The mayor told Global Edmonton the bridge was safe.')).toEqual(['Edmonton']);
    expect(ruleFor('Students of Sam Houston State University marched.', 'Houston')).toBeDefined();
  });
});

describe('modifierOfLongerName', () => {
  it('does not read the first word of a longer unknown name as a place', () => {
    // A region the gazetteer lacks (made up): its first word is no place of its own.
    expect(ruleFor('Farmers across Central Norvania lost their crops.', 'Central')).toBe('modifierOfLongerName');
    expect(names('Clocks in Spain follow Central European Time.')).toEqual(['Spain']);
  });
});

describe('dateline', () => {
  it('marks the place of a dateline, in capitals or with a qualifier', () => {
    const dated = (text: string) => recognize(text, gaz).filter((r) => r.dateline).map((r) => r.text);
    expect(dated('COLUMBIA, Ky. — A fire closed the school.')).toEqual(['COLUMBIA']);
    expect(dated('Storm hits coast.\nMOBILE, Ala. (AP) -- Power was cut to thousands.')).toEqual(['MOBILE']);
    expect(dated('WASHINGTON (Reuters) - The Senate voted.')).toEqual(['WASHINGTON']);
    expect(dated('Paris is a city of bridges - and of rain.')).toEqual([]);
  });

  it('marks a dateline with no dash: a wire credit, or a paragraph opening in capitals', () => {
    const dated = (text: string) => recognize(text, gaz).filter((r) => r.dateline).map((r) => r.text);
    expect(dated('Washington (CNN) The senator said on Monday that talks would resume.')).toEqual(['Washington']);
    expect(dated('Budget deal\nWASHINGTON Lawmakers agreed on a stopgap budget.')).toEqual(['WASHINGTON']);
    expect(dated('ROME (Reuters) - The mayor said.')).toEqual(['ROME']);
    // Capitals inside a sentence, or a name in parentheses that is no credit, are no dateline.
    expect(dated('Delegates from WASHINGTON State arrived.')).toEqual([]);
    expect(dated('He moved to Paris (France) in May.')).toEqual([]);
  });
});

describe('titles, streets and given names', () => {
  const names = (text: string) => geoparse(text, gaz).map((p) => p.mentions[0]!.text);
  it('reads a title before a name as a title, not a town ("Trooper", "Sens.")', () => {
    expect(names('Trooper Dana Webb stopped the truck.')).toEqual([]);
    expect(names('U.S. Sens. Ann Lowe and Rita Kerr voted no.')).toEqual(['U.S.']);
  });

  it('reads a street word after a name as the street, not a town ("Governors’ Parkway")', () => {
    expect(names('Traffic on Governors’ Parkway was slow.')).toEqual([]);
  });

  it('reads common given names as people, not as a division or a city’s other name', () => {
    // "Paul" is a division of Cabo Verde, "Ben" and "Sam" other names of Bern and Damascus in GeoNames.
    expect(names('Ben Paul and Sam Ortiz chaired the meeting.')).toEqual([]);
    expect(names('Talks moved from Bern to Damascus and Geneva.')).toEqual(['Bern', 'Damascus', 'Geneva']);
  });
});

describe('spellings that are words', () => {
  it('reads "W. Va." and "N. Y." spaced as the states, not Virginia', () => {
    const names = (text: string) => geoparse(text, gaz).map((p) => `${p.mentions.map((m) => m.text).join('/')}=${p.name}`);
    expect(names('A coal miner from Wheeling, W. Va., testified.')).toContain('W. Va.=West Virginia');
    expect(names('A coal miner from Wheeling, W. Va., testified.').join()).not.toContain('=Virginia');
    expect(names('She was born in Albany, N. Y., in 1950.')).toContain('N. Y.=New York');
  });

  it('does not read the word "Island" as Iceland (Ísland)', () => {
    expect(geoparse('Ferries to Fraser Island were cancelled; Island residents waited.', gaz).some((p) => p.countryCode === 'IS')).toBe(false);
    expect(geoparse('Flights to Iceland resumed.', gaz)[0]?.countryCode).toBe('IS');
  });
});

describe('the rules table', () => {
  it('names every weight and rule with a value, what it encodes and the scores it was set at', () => {
    for (const [name, w] of Object.entries(WEIGHTS)) {
      expect(Number.isFinite(w.value), name).toBe(true);
      expect(w.encodes.length, name).toBeGreaterThan(10);
      expect(w.setAt, name).toMatch(/TR-News .* LGL .*\d{4}-\d\d-\d\d/);
    }
    for (const [name, r] of Object.entries(RULES)) {
      expect(r.encodes.length, name).toBeGreaterThan(10);
      expect(r.setAt, name).toMatch(/TR-News .* LGL .*\d{4}-\d\d-\d\d/);
    }
  });
});
