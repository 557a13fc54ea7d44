/**
 * CLI memory benchmark: `parse --jsonl` on 1,000, 5,000 and 10,000 lines of the seed article, as a user runs
 * it (stdin from a file, stdout read by a pipe), printing the process's peak RSS by line count (target: under
 * 250 MB at 10,000 lines, flat as lines grow) and whether Node warned about listeners.
 * Run alone with `npx tsx bench/cliMemory.ts [LINES…]`, or as part of `npm run bench`. Linux only (reads /proc).
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SEED = 'seeds/000_b76ed577badf652c.txt';
const LINE_COUNTS = [1_000, 5_000, 10_000];
/** The budget for 10,000 lines of the seed. */
const TARGET_MB = 250;

/** Peak resident memory of a running process so far (VmHWM), in MB; 0 once it has exited. */
function peakMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function runOnce(input: string): Promise<{ peak: number; lines: number; seconds: number; warned: boolean }> {
  const fd = openSync(input, 'r');
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--jsonl'], { stdio: [fd, 'pipe', 'pipe'] });
  let peak = 0;
  let lines = 0;
  let stderr = '';
  const poll = setInterval(() => {
    peak = Math.max(peak, peakMb(child.pid!));
  }, 50);
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const b of chunk) if (b === 10) lines++;
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
  clearInterval(poll);
  closeSync(fd);
  return { peak, lines, seconds: (Date.now() - started) / 1000, warned: /MaxListenersExceededWarning/.test(stderr) };
}

/**
 * Prints peak RSS of `parse --jsonl` by line count.
 * @example await runCliMemoryBench() // "cli --jsonl 10,000 lines: peak RSS 180 MB …"
 */
export async function runCliMemoryBench(counts: readonly number[] = LINE_COUNTS): Promise<void> {
  if (!existsSync('/proc/self/status')) {
    console.log('cli --jsonl memory: skipped (needs /proc)');
    return;
  }
  const text = readFileSync(SEED, 'utf8');
  const dir = mkdtempSync(path.join(tmpdir(), 'news-atlas-bench-'));
  try {
    console.log(`\ncli --jsonl memory: the seed article (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB) on every line; target < ${TARGET_MB} MB peak RSS at 10,000 lines`);
    for (const count of counts) {
      const file = path.join(dir, `seed-${count}.jsonl`);
      writeFileSync(file, Array.from({ length: count }, (_, i) => JSON.stringify({ id: `seed-${i}`, text })).join('\n'));
      const r = await runOnce(file);
      console.log(
        `  ${count.toLocaleString('en-US').padStart(6)} lines: peak RSS ${r.peak.toFixed(0).padStart(4)} MB, ${r.lines.toLocaleString('en-US')} lines out in ${r.seconds.toFixed(1)} s, listener warning: ${r.warned ? 'YES' : 'no'}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // `npx tsx bench/cliMemory.ts 10000` measures the given line counts only.
  const counts = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  await runCliMemoryBench(counts.length ? counts : LINE_COUNTS);
}
