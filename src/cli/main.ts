/**
 * news-atlas command line.
 *   npm run --silent parse -- FILE            one FeatureCollection (pretty JSON) for the article in FILE
 *   npm run --silent parse -- --jsonl         stdin lines {"id","text"} → stdout lines {"id","type":"FeatureCollection",...}
 *                                            (place features only, as scorers of toponyms expect; --kinds all
 *                                            or --kinds place,route,... to choose)
 *   --home "Paris, Mo."                       the reader's home place for local news: ambiguous names lean
 *                                            towards it (a dateline in the text wins; a JSONL line's own
 *                                            "home" field wins over --home)
 *   --corrections FILE                        a corrections memory (JSON, "Remember this choice" in the app)
 *                                            applied to every article, so a team's corrections cover a corpus
 * Errors go to stderr with a clear message; a bad JSONL line is reported with its number and skipped.
 */
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { type CorrectionsMemory, readCorrections } from '../core/edits/memory';
import { type AtlasResources, analyzeArticleAsync } from '../core/pipeline';
import { escapeControls } from '../core/text/escape';
import { decodeArticleBytes, type FileEncoding } from './decode';
import { batched, jsonChunks } from './jsonChunks';
import { readLines } from './lines';
import { loadResourcesSync } from './resources';

/**
 * Writes a value as JSON to stdout in chunks, waiting for 'drain' when stdout's buffer is full; `trailer`
 * ends it (a newline). A plain write loop, not stream.pipeline: pipeline adds 'error' listeners to stdout on
 * every call, one article after another, and keeps each article's chunks alive until it settles.
 */
async function writeJson(value: unknown, indent: number, trailer = '\n'): Promise<void> {
  for (const chunk of batched(jsonChunks(value, indent))) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
  if (!process.stdout.write(trailer)) await once(process.stdout, 'drain');
}

const USAGE = `usage: npm run --silent parse -- FILE [--kinds all|place,route,event,border,claim] [--home "Place"] [--corrections FILE] [--encoding utf8|latin1]
       npm run --silent parse -- --jsonl [--kinds ...] [--home "Place"] [--corrections FILE] < articles.jsonl   (lines of {"id","text","home"?}; default: places)`;

/** Options that take a value: the word after them is not the article file. */
const VALUE_OPTIONS = ['--kinds', '--home', '--corrections', '--encoding'];

/** The corrections memory named by `--corrections FILE`, read and checked; a bad file stops the run with its reason. */
function correctionsFrom(args: string[]): CorrectionsMemory | undefined {
  const i = args.indexOf('--corrections');
  if (i < 0) return undefined;
  const file = args[i + 1];
  if (!file || file.startsWith('--')) fail('--corrections takes a file (a corrections memory saved by the app)', 2);
  let text: string;
  try {
    if (statSync(file).isDirectory()) fail(`--corrections ${file} is a directory, not a corrections file`, 2);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    fail(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`, 2);
  }
  const read = readCorrections(text);
  if (!read.ok) fail(`${file}: ${read.error}`, 2);
  return read.value;
}

function resourcesWith(corrections: CorrectionsMemory | undefined): AtlasResources {
  const resources = loadResourcesSync();
  return corrections ? { ...resources, corrections } : resources;
}

const KINDS = ['place', 'route', 'event', 'border', 'claim'];

/** The feature kinds to print: `--kinds all`, `--kinds place,route`, or the mode's default. */
function kindsFrom(args: string[], fallback: string[]): Set<string> {
  const i = args.indexOf('--kinds');
  if (i < 0) return new Set(fallback);
  const value = args[i + 1] ?? '';
  const kinds = value === 'all' ? KINDS : value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !KINDS.includes(k));
  if (!value || unknown.length > 0) fail(`--kinds takes "all" or a list of ${KINDS.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`, 2);
  return new Set(kinds);
}

/** `--home "Paris, Mo."`: the reader's home place, or undefined. */
function homeFrom(args: string[]): string | undefined {
  const i = args.indexOf('--home');
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--') || !value.trim()) fail('--home takes a place name, e.g. --home "Columbia, Ky."', 2);
  return value;
}

/** The value of `--encoding`: UTF-8 unless the user says the file is Latin-1. */
function encodingFrom(args: string[]): FileEncoding {
  const i = args.indexOf('--encoding');
  if (i < 0) return 'utf8';
  const value = (args[i + 1] ?? '').toLowerCase().replace(/[-_]/g, '');
  if (value === 'utf8') return 'utf8';
  if (value === 'latin1' || value === 'iso88591') return 'latin1';
  return fail(`--encoding takes utf8 or latin1${args[i + 1] ? ` (not ${args[i + 1]})` : ''}`, 2);
}

function fail(message: string, code = 1): never {
  // File names and error texts come from outside: escaped, except the usage text's own line breaks.
  process.stderr.write(`news-atlas: ${message === USAGE ? message : escapeControls(message)}\n`);
  process.exit(code);
}

/** Report a skipped line on stderr, its details escaped (a malformed line may hold terminal escapes). */
function skipLine(lineNo: number, why: string): void {
  process.stderr.write(`news-atlas: stdin line ${lineNo}: ${escapeControls(why)}; skipped\n`);
}

async function parseJsonl(kinds: Set<string>, home: string | undefined, corrections?: CorrectionsMemory): Promise<number> {
  const resources = resourcesWith(corrections);
  let bad = 0;
  for await (const line of readLines(process.stdin)) {
    if ('error' in line) {
      bad++;
      skipLine(line.lineNo, line.error);
      continue;
    }
    if (!line.text.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line.text);
    } catch (err) {
      bad++;
      skipLine(line.lineNo, `not JSON (${(err as Error).message.slice(0, 200)})`);
      continue;
    }
    const r = row as { id?: unknown; text?: unknown; home?: unknown };
    if (!r || typeof r !== 'object' || typeof r.text !== 'string' || (typeof r.id !== 'string' && typeof r.id !== 'number')) {
      bad++;
      skipLine(line.lineNo, 'expected {"id": string, "text": string}');
      continue;
    }
    if (r.home !== undefined && typeof r.home !== 'string') {
      bad++;
      skipLine(line.lineNo, '"home" must be a string (a place name)');
      continue;
    }
    const fc = await analyzeArticleAsync(r.text, resources, { id: String(r.id) }, { home: r.home || home });
    const features = fc.features.filter((f) => kinds.has(f.properties.kind));
    // Doubtful journeys ride along as their own member when journeys are asked for: never as features.
    const possible = kinds.has('route') || kinds.has('event') ? fc.possibleJourneys : undefined;
    await writeJson({ id: String(r.id), type: fc.type, features, ...(possible ? { possibleJourneys: possible } : {}) }, 0);
  }
  return bad > 0 ? 3 : 0;
}

async function parseFile(file: string, kinds: Set<string>, encoding: FileEncoding, home: string | undefined, corrections?: CorrectionsMemory): Promise<void> {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) fail(`${file} is a directory, not an article file`);
    bytes = readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    fail(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  const decoded = decodeArticleBytes(bytes, encoding);
  if (!decoded.ok) fail(`${file}: ${decoded.error}`);
  const fc = await analyzeArticleAsync(decoded.value, resourcesWith(corrections), undefined, { home });
  const { possibleJourneys, ...rest } = fc;
  const possible = kinds.has('route') || kinds.has('event') ? possibleJourneys : undefined;
  await writeJson({ ...rest, features: fc.features.filter((f) => kinds.has(f.properties.kind)), ...(possible ? { possibleJourneys: possible } : {}) }, 2);
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const home = homeFrom(args);
  const corrections = correctionsFrom(args);
  if (args.includes('--jsonl')) {
    process.exitCode = await parseJsonl(kindsFrom(args, ['place']), home, corrections);
    return;
  }
  const kinds = kindsFrom(args, KINDS);
  const encoding = encodingFrom(args);
  // Option values are not the file name.
  const values = new Set(VALUE_OPTIONS.map((o) => args.indexOf(o)).filter((i) => i >= 0).map((i) => i + 1));
  const file = args.find((a, i) => !a.startsWith('-') && !values.has(i));
  if (!file) fail(USAGE, 2);
  await parseFile(file, kinds, encoding, home, corrections);
}


main().catch((err: NodeJS.ErrnoException) => {
  if (err?.code === 'EPIPE') process.exit(0);
  fail(err instanceof Error ? err.message : String(err));
});
