// `trede batch` figures for `pnpm bench`: compact lines per second on one core and bytes per line; --jobs 1,
// 2 and every core with the scaling ratio and a check that the output is the same; peak RSS of each run
// (1,000,000 lines unless TREDE_BENCH_LINES says otherwise); and peak RSS for single hostile lines.
// Run alone (`node bench/batch.mjs`) or through bench/run.mjs, which calls run().
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng, randomIntake } from './generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'dist', 'cli', 'index.js');
// The child reports its own peak RSS and CPU time (process-wide, worker threads included) as it exits.
const rssHook =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('TREDE_MAXRSS_KB='+u.maxRSS+' TREDE_CPU_US='+(u.userCPUTime+u.systemCPUTime)+'\\n')})";

async function writeFile(path, pieces) {
  const out = createWriteStream(path);
  for (const piece of pieces) if (!out.write(piece)) await new Promise((resolve) => out.once('drain', resolve));
  await new Promise((resolve) => out.end(resolve));
}

function* intakeLines(lines) {
  const rand = prng(7);
  const pool = Array.from({ length: 1_000 }, () => `${JSON.stringify(randomIntake(rand))}\n`);
  for (let i = 0; i < lines; i++) yield pool[i % pool.length];
}

/** Runs `trede batch` on a file: wall and CPU seconds, output bytes and lines, a hash of the output, peak RSS, and the load. */
function runBatch(input, args) {
  return new Promise((resolve) => {
    // Other programs on the machine slow a run down: the 1-minute load average before it says how busy it was.
    const loadBefore = +loadavg()[0].toFixed(2);
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', rssHook, cli, 'batch', input, '--quiet', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const hash = createHash('sha256');
    let bytes = 0;
    let lines = 0;
    child.stdout.on('data', (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const maxRssKb = Number(/TREDE_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN);
      const cpuSeconds = Number(/TREDE_CPU_US=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1e6;
      resolve({ code, seconds, cpuSeconds, bytes, lines, sha256: hash.digest('hex'), peakRssMB: +(maxRssKb / 1024).toFixed(1), loadBefore, loadAfter: +loadavg()[0].toFixed(2) });
    });
  });
}

export async function run({ lines = Number(process.env.TREDE_BENCH_LINES ?? 1_000_000) } = {}) {
  const entries = [];
  const dir = await mkdtemp(join(tmpdir(), 'trede-bench-batch-'));
  try {
    const input = join(dir, 'intakes.ndjson');
    await writeFile(input, intakeLines(lines));
    const { size } = await stat(input);
    const cores = availableParallelism();
    const jobsList = [...new Set([1, 2, cores])];
    const runs = [];
    for (const jobs of jobsList) {
      const r = await runBatch(input, ['--jobs', String(jobs)]);
      runs.push({ jobs, ...r });
      entries.push({
        benchmark: jobs === 1 ? 'batch-compact-one-core' : 'batch-compact-jobs',
        jobs,
        lines,
        exitCode: r.code,
        outputLines: r.lines,
        inputBytesPerLine: Math.round(size / lines),
        outputBytesPerLine: Math.round(r.bytes / lines),
        seconds: +r.seconds.toFixed(1),
        linesPerSec: Math.round(lines / r.seconds),
        // Lines per second of CPU time (all threads): what a run would reach with its CPU time to itself.
        linesPerCpuSec: Math.round(lines / r.cpuSeconds),
        peakRssMB: r.peakRssMB,
        peakRssUnder200MB: r.peakRssMB < 200,
        loadBefore: r.loadBefore,
        loadAfter: r.loadAfter,
        ...(jobs === 1 ? { atLeast25000PerSec: lines / r.seconds >= 25_000 } : {}),
      });
    }
    const one = runs[0];
    entries.push({
      benchmark: 'batch-jobs-scaling',
      cores,
      ...Object.fromEntries(runs.map((r) => [`linesPerSecJobs${r.jobs}`, Math.round(lines / r.seconds)])),
      ...Object.fromEntries(runs.slice(1).map((r) => [`scalingJobs${r.jobs}`, +(one.seconds / r.seconds).toFixed(2)])),
      outputIdenticalToJobs1: runs.every((r) => r.sha256 === one.sha256),
    });
    // The full report, for comparison of size and speed.
    const explainLines = Math.min(lines, 50_000);
    const explainInput = join(dir, 'explain.ndjson');
    await writeFile(explainInput, intakeLines(explainLines));
    const explain = await runBatch(explainInput, ['--explain']);
    entries.push({ benchmark: 'batch-explain', lines: explainLines, outputBytesPerLine: Math.round(explain.bytes / explainLines), linesPerSec: Math.round(explainLines / explain.seconds), peakRssMB: explain.peakRssMB });

    // Single hostile lines: a 50 MB line of unknown keys (skipped by --max-line), and the longest line the
    // default limit lets through (just under 1,000,000 characters of unknown keys, each one a problem).
    const hostile = [
      { name: '50MB-line', pieces: ['{"answers":{"k":1', ',"unknown-key":1'.repeat(3_300_000), '}}\n'] },
      { name: 'max-line-of-unknown-keys', pieces: ['{"answers":{"k":1', ',"u":1'.repeat(166_000), '}}\n'] },
    ];
    for (const h of hostile) {
      const path = join(dir, `${h.name}.ndjson`);
      await writeFile(path, h.pieces);
      for (const jobs of [1, cores]) {
        const r = await runBatch(path, ['--jobs', String(jobs)]);
        entries.push({ benchmark: 'batch-hostile-line', input: h.name, jobs, exitCode: r.code, seconds: +r.seconds.toFixed(2), peakRssMB: r.peakRssMB, peakRssUnder300MB: r.peakRssMB < 300 });
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return entries;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) for (const entry of await run()) console.log(JSON.stringify(entry));
