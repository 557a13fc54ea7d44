/** The command line, run as a user runs it (a child process), including what it does with bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(path.join(tmpdir(), 'news-atlas-cli-'));

describe('parse FILE', () => {
  it('prints one FeatureCollection with the article', () => {
    const r = run(['seeds/000_b76ed577badf652c.txt']);
    expect(r.status).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.article.title).toMatch(/Lavrov/);
    expect(fc.features.some((f: { properties: { name: string } }) => f.properties.name === 'Moscow')).toBe(true);
  });

  it('fails clearly on a missing file', () => {
    const r = run(['no/such/file.txt']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read no\/such\/file\.txt: no such file/);
  });

  it('refuses a binary file with a message', () => {
    const bin = path.join(dir, 'image.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]));
    const r = run([bin]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/binary/);
  });

  it('prints an empty FeatureCollection for an empty file', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = run([empty]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).features).toEqual([]);
  });

  it('explains usage when no file is given', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});

describe('--home', () => {
  const body = 'The school board in Athens voted to extend the term by a week.';
  const athens = (stdout: string) => JSON.parse(stdout).features.find((f: { properties: { name: string } }) => f.properties.name === 'Athens')?.properties.countryCode;

  // One process per test: each start loads the gazetteer.
  const file = path.join(dir, 'athens.txt');
  it('reads the name as the capital without a home', () => {
    writeFileSync(file, body);
    expect(athens(run([file, '--kinds', 'place']).stdout)).toBe('GR');
  });

  it('leans ambiguous names towards the home place given on the command line', () => {
    writeFileSync(file, body);
    expect(athens(run([file, '--home', 'Decatur, Ala.', '--kinds', 'place']).stdout)).toBe('US');
  });

  it('takes a "home" field on each JSONL line, and refuses one that is not a string', () => {
    const input = [JSON.stringify({ id: 'a', text: body }), JSON.stringify({ id: 'b', text: body, home: 'Decatur, Ala.' }), JSON.stringify({ id: 'c', text: body, home: 5 })].join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/line 3: "home" must be a string/);
    const [a, b] = r.stdout.trim().split('\n');
    expect(athens(a!)).toBe('GR');
    expect(athens(b!)).toBe('US');
  });

  it('explains a missing value', () => {
    const r = run(['--jsonl', '--home']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--home takes a place name/);
  });
});

describe('parse --jsonl', () => {
  it('writes one line per input line, reports malformed lines by number and goes on', () => {
    const input = [
      '{"id":"a","text":"From Moscow to Beijing."}',
      'not json',
      '{"id":"b","text":""}',
      '{"text":"no id"}',
      '{"id":7,"text":"Paris"}',
    ].join('\n');
    const r = run(['--jsonl'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', '7']);
    expect(lines[0].type).toBe('FeatureCollection');
    expect(lines[0].features.map((f: { id: string }) => f.id)).toEqual(['place:moscow', 'place:beijing']);
    expect(lines[1].features).toEqual([]);
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 4: expected/);
    expect(r.status).not.toBe(0);
  });

  it('prints places only by default (what toponym scorers read), everything with --kinds all', () => {
    const input = '{"id":"s","text":"Moscow and Beijing are 5,793 km apart."}\n';
    const kinds = (args: string[]) =>
      JSON.parse(run(args, input).stdout).features.map((f: { properties: { kind: string } }) => f.properties.kind);
    expect(new Set(kinds(['--jsonl']))).toEqual(new Set(['place']));
    expect(kinds(['--jsonl', '--kinds', 'all'])).toContain('claim');
    const bad = run(['--jsonl', '--kinds', 'bogus'], input);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--kinds takes/);
  });

  it('adds no stdout listener per line: twelve articles, no MaxListenersExceededWarning', () => {
    const input = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: i, text: 'Lavrov flew from Moscow to Pyongyang.' })).join('\n');
    const r = run(['--jsonl'], input);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(12);
    expect(r.stderr).not.toMatch(/MaxListeners/);
  });

  it('skips a line over 10 MB without parsing it, and goes on', () => {
    const huge = JSON.stringify({ id: 'big', text: 'Moscow. '.repeat(1_300_000) });
    const input = ['{"id":"a","text":"Paris"}', huge, '{"id":"b","text":"Rome"}'].join('\n');
    const r = spawnSync(tsx, ['src/cli/main.ts', '--jsonl'], { input, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 });
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
    expect(r.stderr).toMatch(/stdin line 2: longer than 10 MB; skipped without reading it; skipped/);
    expect(r.status).toBe(3);
  });

  it('escapes control characters of a malformed line in its message', () => {
    const r = run(['--jsonl'], '\u001b[31mred\u001b]0;title\u0007\n');
    expect([...r.stderr].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(r.stderr).toContain('\\u{1b}[31mred');
    expect(r.status).toBe(3);
  });

  it('names the byte offset of invalid UTF-8 in a line', () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"a","text":"Paris"}\n{"id":"b","text":"S'), Buffer.from([0xe3]), Buffer.from('o"}\n')]);
    const r = spawnSync(tsx, ['src/cli/main.ts', '--jsonl'], { input: bytes, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toMatch(/stdin line 2: not UTF-8 text: invalid byte 0xe3 at byte offset 45; skipped/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('parse FILE: encodings', () => {
  const latin1 = path.join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Lavrov flew to S\u00e3o Paulo.', 'latin1'));

  it('refuses invalid UTF-8 naming the byte offset, as the app does', () => {
    const r = run([latin1]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/latin1\.txt: not UTF-8 text: invalid byte 0xe3 at byte offset 16 \(if the file is Latin-1, add --encoding latin1\)/);
  });

  it('reads a Latin-1 file when told so', () => {
    const r = run(['--encoding', 'latin1', latin1]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).article.text).toBe('Lavrov flew to S\u00e3o Paulo.');
    expect(run([latin1, '--encoding', 'ebcdic']).status).toBe(2);
  });
});

describe('the long tail from the command line', () => {
  it('finds a small town the dateline qualifies (below the bundled cut), from a file and from JSONL', () => {
    const text = 'COLUMBIA, Ky. (AP) — Volunteers cleared storm debris from the courthouse square on Saturday.';
    const file = path.join(dir, 'columbia.txt');
    writeFileSync(file, text);
    const r = run([file, '--kinds', 'place']);
    expect(r.status).toBe(0);
    const town = JSON.parse(r.stdout).features.find((f: { properties: { name: string } }) => f.properties.name === 'Columbia');
    expect(town.properties).toMatchObject({ countryCode: 'US', placeType: 'village', gazetteer: { source: 'geonames' } });
    // Kentucky's Columbia (37.1 N, 85.3 W), not Tennessee's, South Carolina's or Missouri's.
    const [lon, lat] = town.geometry.coordinates;
    expect(Math.abs(lat - 37.1)).toBeLessThan(0.3);
    expect(Math.abs(lon + 85.3)).toBeLessThan(0.3);
    const line = JSON.parse(run(['--jsonl'], `${JSON.stringify({ id: 'c', text })}\n`).stdout);
    expect(line.features.find((f: { properties: { name: string } }) => f.properties.name === 'Columbia').properties.gazetteer).toEqual(town.properties.gazetteer);
  });
});
