#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../fhir/index.js';
import { bilingual, type Lang } from '../i18n/text.js';
import { formatSummary } from '../report/summary.js';
import { formatTextReport } from '../report/text.js';
import { jsonSchemas } from '../schema.js';
import { formatModelCard } from '../report/model-card-text.js';
import { MODEL_CARDS, getModelCard } from '../risk/cards/index.js';
import { ApproachSchema } from '../schema.js';
import { DEFAULT_CATALOGUE, createScorer, safeScoreIntake } from '../scoring/intake.js';
import { ENGINE_VERSION } from '../version.js';
import { runBatch } from './batch.js';
import { CliError, EXIT, issueLines } from './messages.js';
import { parseJsonFile, readText } from './read-input.js';

const USAGE = `trede ${ENGINE_VERSION} — scoort re-integratie-intakes / scores re-integration intakes

  trede score <bestand|->      [--format json|text|summary] [--lang nl|en] [--approach integrated|direct]
  trede batch <in.ndjson|in.csv> [--input-format ndjson|csv] [--approach integrated|direct] [--scales-only] [--quiet]
  trede instruments            [--json]
  trede model-card [id]        [--lang nl|en] [--json]
  trede schema
  trede fhir questionnaire <instrument-id> [--lang nl|en]
  trede fhir response <bestand|-> [--instrument <id>]
  trede --version | --help
`;

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function json(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

function langOf(value: unknown): Lang {
  if (value === undefined || value === 'nl' || value === 'en') return (value ?? 'nl') as Lang;
  throw new CliError({ nl: `onbekende taal "${String(value)}"; kies nl of en`, en: `unknown language "${String(value)}"; choose nl or en` }, EXIT.usage);
}

function needArg(value: string | undefined, what: { nl: string; en: string }): string {
  if (!value) throw new CliError({ nl: `${what.nl} ontbreekt (zie trede --help)`, en: `${what.en} is missing (see trede --help)` }, EXIT.usage);
  return value;
}

async function score(args: string[], values: Record<string, unknown>): Promise<number> {
  const path = needArg(args[0], { nl: 'invoerbestand', en: 'input file' });
  const input = parseJsonFile(await readText(path), path);
  const outcome = createScorer(DEFAULT_CATALOGUE, { approach: approachOf(values.approach) }).safeScore(input);
  if (!outcome.ok) {
    throw new CliError({
      nl: `${path}: de intake is ongeldig:\n${issueLines(outcome.issues)}`,
      en: `${path}: the intake is invalid:\n${issueLines(outcome.issues)}`,
    });
  }
  const format = values.format ?? 'json';
  if (format === 'text') print(formatTextReport(outcome.result, langOf(values.lang)));
  else if (format === 'summary') print(formatSummary(outcome.result, langOf(values.lang)));
  else if (format === 'json') json(outcome.result);
  else throw new CliError({ nl: `onbekend formaat "${String(format)}"; kies json, text of summary`, en: `unknown format "${String(format)}"; choose json, text or summary` }, EXIT.usage);
  return EXIT.ok;
}

function approachOf(value: unknown) {
  if (value === undefined) return undefined;
  const parsed = ApproachSchema.safeParse(value);
  if (!parsed.success) {
    throw new CliError({ nl: `onbekende aanpak "${String(value)}"; kies integrated of direct`, en: `unknown approach "${String(value)}"; choose integrated or direct` }, EXIT.usage);
  }
  return parsed.data;
}

function modelCard(args: string[], values: Record<string, unknown>): number {
  const id = args[0];
  const cards = id ? [getModelCard(id)] : MODEL_CARDS;
  if (cards[0] === undefined) {
    const ids = MODEL_CARDS.map((c) => c.id).join(', ');
    throw new CliError({ nl: `onbekende modelkaart "${id}"; kies uit: ${ids}`, en: `unknown model card "${id}"; choose from: ${ids}` }, EXIT.usage);
  }
  if (values.json) json(id ? cards[0] : cards);
  else print(cards.map((card) => formatModelCard(card!, langOf(values.lang))).join('\n'));
  return EXIT.ok;
}

function instruments(values: Record<string, unknown>): number {
  const list = DEFAULT_CATALOGUE.instruments.map((i) => ({
    id: i.id,
    version: i.version,
    title: i.title,
    optional: i.optional ?? false,
    items: i.items.map((item) => item.id),
    scales: i.scales.map((s) => s.id),
  }));
  if (values.json) json(list);
  else for (const i of list) print(`${i.id.padEnd(20)} ${i.version.padEnd(8)} ${i.title.nl} / ${i.title.en}${i.optional ? ' (optioneel / optional)' : ''} — ${i.items.length} items`);
  return EXIT.ok;
}

function findInstrument(id: string) {
  const instrument = DEFAULT_CATALOGUE.instruments.find((i) => i.id === id);
  if (!instrument) {
    const ids = DEFAULT_CATALOGUE.instruments.map((i) => i.id).join(', ');
    throw new CliError({ nl: `onbekend instrument "${id}"; kies uit: ${ids}`, en: `unknown instrument "${id}"; choose from: ${ids}` }, EXIT.usage);
  }
  return instrument;
}

async function fhir(args: string[], values: Record<string, unknown>): Promise<number> {
  const [what, target] = args;
  if (what === 'questionnaire') {
    json(toFhirQuestionnaire(findInstrument(needArg(target, { nl: 'instrument-id', en: 'instrument id' })), langOf(values.lang)));
    return EXIT.ok;
  }
  if (what === 'response') {
    const path = needArg(target, { nl: 'invoerbestand', en: 'input file' });
    const input = parseJsonFile(await readText(path), path);
    const outcome = safeScoreIntake(input);
    if (!outcome.ok) throw new CliError({ nl: `${path}: de intake is ongeldig:\n${issueLines(outcome.issues)}`, en: `${path}: the intake is invalid:\n${issueLines(outcome.issues)}` });
    const chosen = values.instrument
      ? [findInstrument(String(values.instrument))]
      : outcome.result.instruments.filter((i) => i.administered).map((i) => findInstrument(i.id));
    const responses = chosen.map((instrument) => toFhirQuestionnaireResponse(input as never, instrument));
    json(responses.length === 1 ? responses[0] : { resourceType: 'Bundle', type: 'collection', entry: responses.map((resource) => ({ resource })) });
    return EXIT.ok;
  }
  throw new CliError({ nl: `gebruik: trede fhir questionnaire <id> | trede fhir response <bestand>`, en: 'usage: trede fhir questionnaire <id> | trede fhir response <file>' }, EXIT.usage);
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      quiet: { type: 'boolean' },
      instrument: { type: 'string' },
      approach: { type: 'string' },
      'scales-only': { type: 'boolean' },
      'input-format': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
  const [command, ...args] = positionals;
  if (values.version) return print(ENGINE_VERSION), EXIT.ok;
  if (values.help || !command) return print(USAGE), command || values.help ? EXIT.ok : EXIT.usage;
  switch (command) {
    case 'score':
      return score(args, values);
    case 'batch': {
      const inputFormat = values['input-format'] ?? 'auto';
      if (!['auto', 'ndjson', 'csv'].includes(inputFormat)) {
        throw new CliError({ nl: `onbekend invoerformaat "${inputFormat}"`, en: `unknown input format "${inputFormat}"` }, EXIT.usage);
      }
      const summary = await runBatch({
        input: needArg(args[0], { nl: 'invoerbestand', en: 'input file' }),
        format: inputFormat as 'auto' | 'ndjson' | 'csv',
        progressMs: values.quiet ? 0 : 2000,
        approach: approachOf(values.approach),
        scalesOnly: values['scales-only'] === true,
        out: process.stdout,
        err: process.stderr,
      });
      if (!values.quiet || summary.bad > 0) {
        process.stderr.write(`${bilingual({ nl: `${summary.rows} rijen, ${summary.bad} ongeldig`, en: `${summary.rows} rows, ${summary.bad} invalid` })}\n`);
      }
      return summary.bad > 0 ? EXIT.invalidInput : EXIT.ok;
    }
    case 'instruments':
      return instruments(values);
    case 'model-card':
      return modelCard(args, values);
    case 'schema':
      return json(jsonSchemas()), EXIT.ok;
    case 'fhir':
      return fhir(args, values);
    default:
      throw new CliError({ nl: `onbekend commando "${command}" (zie trede --help)`, en: `unknown command "${command}" (see trede --help)` }, EXIT.usage);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`trede: ${error.text.nl}\ntrede: ${error.text.en}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`trede: ${error.message}\n\n${USAGE}`);
      process.exitCode = EXIT.usage;
    } else {
      process.stderr.write(`trede: interne fout / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
