// `pnpm bench`: figures, not pass/fail. Timings on shared machines are noisy; compare ratios.
// Prints one JSON line per benchmark and a readable summary at the end.
import { createScorer } from '../dist/index.js';
import { prng, randomIntake } from './generate.mjs';

const quick = !!process.env.TREDE_BENCH_QUICK && process.env.TREDE_BENCH_QUICK !== '0';
// TREDE_BENCH_QUICK=1: a shorter batch run (50,000 lines) for a quick look; the figure is for 1,000,000.
const batchLines = Number(process.env.TREDE_BENCH_LINES ?? (quick ? 50_000 : 1_000_000));
const results = [];

function report(entry) {
  results.push(entry);
  console.log(JSON.stringify(entry));
}

/** Full intakes (every instrument answered) scored per second, one core, after warm-up. */
function intakesPerSecond() {
  const rand = prng(42);
  const intakes = Array.from({ length: 5_000 }, () => randomIntake(rand));
  const scorer = createScorer();
  for (const intake of intakes) scorer.score(intake); // warm-up
  let scored = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 3) {
    for (const intake of intakes) scorer.score(intake);
    scored += intakes.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  report({ benchmark: 'full-intake-scoring', intakesPerSec: Math.round(scored / elapsed), microsPerIntake: +((elapsed / scored) * 1e6).toFixed(2) });
  riskOverhead(intakes);
}

/**
 * What risk evaluation adds to full-intake scoring: the same intakes through a scorer with and one without
 * the risk report, in interleaved rounds, comparing medians to damp the machine's noise.
 */
function riskOverhead(intakes) {
  const withRisks = createScorer();
  const withoutRisks = createScorer(undefined, { risks: false });
  const round = (scorer) => {
    const start = process.hrtime.bigint();
    for (const intake of intakes) scorer.score(intake);
    return Number(process.hrtime.bigint() - start) / intakes.length;
  };
  const a = [];
  const b = [];
  for (let i = 0; i < 21; i++) {
    a.push(round(withRisks));
    b.push(round(withoutRisks));
  }
  const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const withNs = median(a);
  const withoutNs = median(b);
  report({
    benchmark: 'risk-overhead',
    microsWithoutRisk: +(withoutNs / 1000).toFixed(2),
    microsWithRisk: +(withNs / 1000).toFixed(2),
    riskAddsPercent: +(((withNs - withoutNs) / withoutNs) * 100).toFixed(1),
    under20Percent: (withNs - withoutNs) / withoutNs < 0.2,
  });
}

/** `trede batch`: compact lines/s on one core, --jobs scaling, bytes per line, peak RSS (bench/batch.mjs). */
async function batch() {
  const { run } = await import('./batch.mjs');
  for (const entry of await run({ lines: batchLines })) report(entry);
}

async function fhirpathRatio() {
  const { run } = await import('./fhirpath-ratio.mjs');
  report(await run());
}

intakesPerSecond();
await fhirpathRatio();
await batch();
console.log('\nSummary');
for (const r of results) console.log(' ', Object.entries(r).map(([k, v]) => `${k}=${v}`).join('  '));
