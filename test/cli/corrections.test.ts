/** `--corrections FILE`: a team's corrections memory applied to a whole run, and a bad file refused with its reason. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyMemory, rememberChoice, writeCorrections } from '../../src/core/edits/memory';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (args: string[], input?: string) => spawnSync(tsx, ['src/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(path.join(tmpdir(), 'news-atlas-corrections-'));

// The team decided: in articles about Russia, "Paris" is not a place (say, a person's name in their beat).
const memory = rememberChoice(emptyMemory(), { name: 'Paris', context: { countries: ['RU'] }, place: null });
const file = path.join(dir, 'team.json');
writeFileSync(file, writeCorrections(memory));

interface Line {
  id: string;
  features: Array<{ properties: { name: string; decidedBy?: string } }>;
}

describe('--corrections FILE', () => {
  it('applies the memory to every article of a JSONL run where its context fits', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Talks in Moscow ended. Paris said nothing.' }),
      JSON.stringify({ id: 'b', text: 'Mayors of Lyon and Paris met on Friday.' }),
    ].join('\n');
    const r = run(['--jsonl', '--corrections', file], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line);
    expect(a!.features.map((f) => f.properties.name)).toEqual(['Moscow']);
    expect(b!.features.map((f) => f.properties.name)).toContain('Paris');
    const without = run(['--jsonl'], input);
    expect((JSON.parse(without.stdout.split('\n')[0]!) as Line).features.map((f) => f.properties.name)).toContain('Paris');
  });

  it('applies it to a file, whatever the order of the options', () => {
    const article = path.join(dir, 'article.txt');
    writeFileSync(article, 'Talks in Moscow ended. Paris said nothing.');
    const r = run(['--corrections', file, article, '--kinds', 'place']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(['Moscow']);
  });

  it.each([
    ['{"format": "news-atlas-corrections", "version": 1, "entries": [{"name": "Paris", "context": {}}]}', 'entries[0].context.countries: missing'],
    ['not json', 'not JSON'],
  ])('refuses a malformed file, naming what is wrong (%s)', (content, message) => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, content);
    const r = run(['--jsonl', '--corrections', bad], '{"id":"a","text":"Moscow"}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${bad}: corrections file: ${message}`);
    expect(r.stdout).toBe('');
  });

  it('refuses a missing file or a missing argument', () => {
    expect(run(['--jsonl', '--corrections', path.join(dir, 'none.json')], '').stderr).toMatch(/cannot read .*none\.json: no such file/);
    const r = run(['--jsonl', '--corrections'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--corrections takes a file');
  });
});
