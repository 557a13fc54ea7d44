/**
 * news-atlas command line.
 *   npm run --silent parse -- FILE            one FeatureCollection (pretty JSON) for the article in FILE
 *   npm run --silent parse -- --jsonl         stdin lines {"id","text"} → stdout lines {"id","type":"FeatureCollection",...}
 * Errors go to stderr with a clear message; a bad JSONL line is reported with its number and skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { analyzeArticle } from '../core/pipeline';
import { loadResourcesSync } from './resources';
import { decodeArticleBytes } from './decode';
import { batched, jsonChunks } from './jsonChunks';

/** Writes a value as JSON to stdout in chunks, honouring back-pressure; `trailer` ends it (a newline). */
async function writeJson(value: unknown, indent: number, trailer = '\n'): Promise<void> {
  function* all(): Generator<string> {
    yield* batched(jsonChunks(value, indent));
    yield trailer;
  }
  await pipeline(Readable.from(all()), process.stdout, { end: false });
}

const USAGE = `usage: npm run --silent parse -- FILE
       npm run --silent parse -- --jsonl < articles.jsonl   (lines of {"id","text"})`;

function fail(message: string, code = 1): never {
  process.stderr.write(`news-atlas: ${message}\n`);
  process.exit(code);
}

async function parseJsonl(): Promise<number> {
  const resources = loadResourcesSync();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      bad++;
      process.stderr.write(`news-atlas: stdin line ${lineNo}: not JSON (${(err as Error).message}); skipped\n`);
      continue;
    }
    const r = row as { id?: unknown; text?: unknown };
    if (!r || typeof r !== 'object' || typeof r.text !== 'string' || (typeof r.id !== 'string' && typeof r.id !== 'number')) {
      bad++;
      process.stderr.write(`news-atlas: stdin line ${lineNo}: expected {"id": string, "text": string}; skipped\n`);
      continue;
    }
    const fc = analyzeArticle(r.text, resources, { id: String(r.id) });
    await writeJson({ id: String(r.id), type: fc.type, features: fc.features }, 0);
  }
  return bad > 0 ? 3 : 0;
}

async function parseFile(file: string): Promise<void> {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory()) fail(`${file} is a directory, not an article file`);
    bytes = readFileSync(file);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    fail(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  }
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) fail(`${file}: ${decoded.error}`);
  const fc = analyzeArticle(decoded.value, loadResourcesSync());
  await writeJson(fc, 2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.includes('--jsonl')) {
    process.exitCode = await parseJsonl();
    return;
  }
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) fail(USAGE, 2);
  await parseFile(file);
}


main().catch((err) => fail(err instanceof Error ? err.message : String(err)));
