// FHIRPath vs native: how much slower is scoring the DASS-21 through the exported FHIR expressions?
// Needs the built package (`npx tsc -p tsconfig.build.json`). Run alone (`node bench/fhirpath-ratio.mjs`)
// or through bench/run.mjs, which calls run(). Prints/returns one JSON line.
import { pathToFileURL } from 'node:url';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import * as core from '../dist/index.js';
// The engine's scale scoring itself, which the package no longer exports at the top.
import { scoreScale } from '../dist/scoring/scale.js';
import { prng, randomIntake } from './generate.mjs';

// src/index.ts may or may not re-export src/fhir; the built module is there either way.
const fhir = typeof core.toFhirQuestionnaire === 'function' ? core : await import('../dist/fhir/index.js');

/** Calls fn over the inputs repeatedly for about `seconds` after one warm-up pass; returns calls per second. */
function perSecond(inputs, fn, seconds) {
  for (const input of inputs) fn(input);
  let calls = 0;
  let elapsed = 0;
  const start = performance.now();
  while (elapsed < seconds) {
    for (const input of inputs) fn(input);
    calls += inputs.length;
    elapsed = (performance.now() - start) / 1000;
  }
  return calls / elapsed;
}

export async function run({ responses = 2_000, seconds = Number(process.env.TREDE_BENCH_SECONDS ?? 2) } = {}) {
  const dass21 = core.dass21 ?? core.getInstrument('dass21');
  const scaleIds = dass21.scales.map((s) => s.id);
  const rand = prng(2113);
  const intakes = Array.from({ length: responses }, () => randomIntake(rand, ['dass21']));

  const questionnaire = fhir.toFhirQuestionnaire(dass21);
  const qrs = intakes.map((intake) => fhir.toFhirQuestionnaireResponse(intake, dass21));
  // Compiled once, so the loop measures evaluation, not parsing.
  const expressions = dass21.scales.map((scale) => fhirpath.compile(fhir.scaleExpression(scale, dass21), r4));

  // Both sides must agree before timing means anything.
  const scorer = core.createScorer();
  for (let i = 0; i < intakes.length; i++) {
    const native = scorer.score(intakes[i]).scales;
    expressions.forEach((evaluate, s) => {
      const [value] = evaluate(qrs[i], { questionnaire, resource: qrs[i] });
      const expected = native[scaleIds[s]].score;
      if ((value ?? null) !== expected) throw new Error(`response ${i}, ${scaleIds[s]}: fhirpath ${value} ≠ native ${expected}`);
    });
  }

  // Native, the same work as the expressions: validate the DASS-21 answers, then score its three scales.
  const dassCatalogue = core.createCatalogue([dass21]);
  const items = new Map(dass21.items.map((item) => [item.id, item]));
  const nativePerSec = perSecond(intakes, (intake) => {
    const valid = core.validateIntake(intake, dassCatalogue);
    for (const scale of dass21.scales) scoreScale(scale, dass21, items, valid.intake.answers, true, 'total');
  }, seconds);
  // Native scoring of just the three scales on already-validated answers: the engine's arithmetic alone.
  const maps = intakes.map((intake) => new Map(Object.entries(intake.answers)));
  const nativeScalesPerSec = perSecond(maps, (answers) => {
    for (const scale of dass21.scales) scoreScale(scale, dass21, items, answers, true, 'total');
  }, seconds);
  // For context: the full scorer (every scale of the catalogue, ladder, and the risk report) on the same answers.
  const fullScorerPerSec = perSecond(intakes, (intake) => scorer.score(intake), seconds);
  // FHIRPath: the three variable expressions on the QuestionnaireResponse, weights looked up in the Questionnaire.
  const fhirpathPerSec = perSecond(qrs, (qr) => {
    const env = { questionnaire, resource: qr };
    for (const evaluate of expressions) evaluate(qr, env);
  }, seconds);

  return {
    benchmark: 'fhirpath-vs-native',
    instrument: 'dass21',
    responses,
    nativePerSec: Math.round(nativePerSec),
    nativeScalesOnlyPerSec: Math.round(nativeScalesPerSec),
    fhirpathPerSec: Math.round(fhirpathPerSec),
    ratio: +(nativePerSec / fhirpathPerSec).toFixed(1),
    ratioScalesOnly: +(nativeScalesPerSec / fhirpathPerSec).toFixed(1),
    fullScorerPerSec: Math.round(fullScorerPerSec),
    ratioFullScorer: +(fullScorerPerSec / fhirpathPerSec).toFixed(1),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await run()));
