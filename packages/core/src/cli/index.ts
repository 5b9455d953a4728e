#!/usr/bin/env node
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from '../fhir/index.js';
import type { Lang, Text } from '../i18n/text.js';
import { formatModelCard } from '../report/model-card-text.js';
import { formatSummary } from '../report/summary.js';
import { formatTextReport } from '../report/text.js';
import { MODEL_CARDS, getModelCard } from '../risk/cards/index.js';
import { ApproachSchema, jsonSchemas, type ValidationIssue } from '../schema.js';
import { DEFAULT_CATALOGUE } from '../scoring/default-catalogue.js';
import { createScorer } from '../intake/score.js';
import { ENGINE_VERSION } from '../version.js';
import { jobsOf, runBatch } from './batch.js';
import { COMMANDS, commandHelp, formatCommandHelp, formatOverview } from './help.js';
import { CliError, DEFAULT_MAX_ISSUES, EXIT, count, issueLines } from './messages.js';
import { DEFAULT_MAX_BYTES, parseJsonFile, readText } from './read-input.js';
import { escapeControls } from './terminal-safe.js';
import { withNumbersAsWritten } from './written-numbers.js';

type Values = Record<string, string | boolean | undefined>;

/** Every option any command takes, from the help data; each command then checks that it takes the ones given. */
const OPTIONS: ParseArgsConfig['options'] = { version: { type: 'boolean', short: 'v' } };
for (const command of COMMANDS) for (const o of command.options) OPTIONS[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };

/** Default for --max-line: a full intake is about 2,000 characters. */
const DEFAULT_MAX_LINE = 1_000_000;

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function json(value: unknown): void {
  print(JSON.stringify(value, null, 2));
}

function langOf(value: unknown): Lang {
  if (value === undefined || value === 'nl' || value === 'en') return (value ?? 'nl') as Lang;
  const shown = escapeControls(String(value));
  throw new CliError({ nl: `onbekende taal "${shown}"; kies nl of en`, en: `unknown language "${shown}"; choose nl or en` }, EXIT.usage);
}

/** The language asked for, read straight from the arguments: for messages about arguments that did not parse. */
function langIn(argv: readonly string[]): Lang {
  const i = argv.lastIndexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : [...argv].reverse().find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'nl';
}

function needArg(value: string | undefined, what: Text, command: string): string {
  if (!value) throw new CliError({ nl: `${what.nl} ontbreekt (zie trede help ${command})`, en: `${what.en} is missing (see trede help ${command})` }, EXIT.usage);
  return value;
}

/** A whole number option of at least 1. */
function positive(values: Values, name: string, fallback: number): number {
  const value = values[name];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value) && Number(value) >= 1) return Number(value);
  const shown = escapeControls(String(value));
  throw new CliError({ nl: `--${name} moet een geheel getal van minstens 1 zijn; gegeven: "${shown}"`, en: `--${name} must be a whole number of at least 1; given: "${shown}"` }, EXIT.usage);
}

function invalidIntake(path: string, issues: readonly ValidationIssue[], lang: Lang, maxIssues: number): CliError {
  const shown = escapeControls(path);
  const lines = issueLines(issues, lang, maxIssues);
  return new CliError({ nl: `${shown}: de intake is ongeldig:\n${lines}`, en: `${shown}: the intake is invalid:\n${lines}` });
}

function approachOf(value: unknown) {
  if (value === undefined) return undefined;
  const parsed = ApproachSchema.safeParse(value);
  if (!parsed.success) {
    const shown = escapeControls(String(value));
    throw new CliError({ nl: `onbekende aanpak "${shown}"; kies integrated of direct`, en: `unknown approach "${shown}"; choose integrated or direct` }, EXIT.usage);
  }
  return parsed.data;
}

/** Reads, parses and scores one intake file, or throws the reasons it is invalid. */
async function scoreFile(path: string, values: Values, lang: Lang) {
  const text = await readText(path, positive(values, 'max-bytes', DEFAULT_MAX_BYTES));
  const input = parseJsonFile(text, path);
  const outcome = createScorer(DEFAULT_CATALOGUE, { approach: approachOf(values.approach) }).safeScore(input);
  if (!outcome.ok) throw invalidIntake(path, withNumbersAsWritten(outcome.issues, text), lang, positive(values, 'max-issues', DEFAULT_MAX_ISSUES));
  return { input, result: outcome.result };
}

async function score(args: string[], values: Values, lang: Lang): Promise<number> {
  const path = needArg(args[0], { nl: 'invoerbestand', en: 'input file' }, 'score');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text' && format !== 'summary') {
    const shown = escapeControls(String(format));
    throw new CliError({ nl: `onbekend formaat "${shown}"; kies json, text of summary`, en: `unknown format "${shown}"; choose json, text or summary` }, EXIT.usage);
  }
  const { result } = await scoreFile(path, values, lang);
  if (format === 'text') print(formatTextReport(result, lang));
  else if (format === 'summary') print(formatSummary(result, lang));
  else json(result);
  return EXIT.ok;
}

async function batch(args: string[], values: Values, lang: Lang): Promise<number> {
  const inputFormat = values['input-format'] ?? 'auto';
  if (inputFormat !== 'auto' && inputFormat !== 'ndjson' && inputFormat !== 'csv') {
    const shown = escapeControls(String(inputFormat));
    throw new CliError({ nl: `onbekend invoerformaat "${shown}"; kies ndjson of csv`, en: `unknown input format "${shown}"; choose ndjson or csv` }, EXIT.usage);
  }
  const summary = await runBatch({
    input: needArg(args[0], { nl: 'invoerbestand', en: 'input file' }, 'batch'),
    format: inputFormat,
    progressMs: values.quiet ? 0 : 2000,
    lang,
    approach: approachOf(values.approach),
    scalesOnly: values['scales-only'] === true,
    explain: values.explain === true,
    jobs: jobsOf(values.jobs),
    maxIssues: positive(values, 'max-issues', DEFAULT_MAX_ISSUES),
    maxLine: positive(values, 'max-line', DEFAULT_MAX_LINE),
    out: process.stdout,
    err: process.stderr,
  });
  if (!values.quiet || summary.bad > 0) {
    const text: Text = {
      nl: `${count(summary.rows, 'nl')} ${summary.rows === 1 ? 'rij' : 'rijen'}, ${count(summary.bad, 'nl')} ongeldig`,
      en: `${count(summary.rows, 'en')} ${summary.rows === 1 ? 'row' : 'rows'}, ${count(summary.bad, 'en')} invalid`,
    };
    process.stderr.write(`trede: ${text[lang]}\n`);
  }
  if (summary.internal > 0) return EXIT.internal;
  return summary.bad > 0 ? EXIT.invalidInput : EXIT.ok;
}

function modelCard(args: string[], values: Values, lang: Lang): number {
  const id = args[0];
  const cards = id ? [getModelCard(id)] : MODEL_CARDS;
  if (cards[0] === undefined) {
    const ids = MODEL_CARDS.map((c) => c.id).join(', ');
    const shown = escapeControls(String(id));
    throw new CliError({ nl: `onbekende modelkaart "${shown}"; kies uit: ${ids}`, en: `unknown model card "${shown}"; choose from: ${ids}` }, EXIT.usage);
  }
  if (values.json) json(id ? cards[0] : cards);
  else print(cards.map((card) => formatModelCard(card!, lang)).join('\n'));
  return EXIT.ok;
}

function instruments(values: Values, lang: Lang): number {
  const list = DEFAULT_CATALOGUE.instruments.map((i) => ({
    id: i.id,
    version: i.version,
    title: i.title,
    optional: i.optional ?? false,
    items: i.items.map((item) => item.id),
    scales: i.scales.map((s) => s.id),
  }));
  if (values.json) return json(list), EXIT.ok;
  const optional: Text = { nl: ' (optioneel)', en: ' (optional)' };
  for (const i of list) print(`${i.id.padEnd(20)} ${i.version.padEnd(8)} ${i.title[lang]}${i.optional ? optional[lang] : ''} — ${i.items.length} items`);
  return EXIT.ok;
}

function findInstrument(id: string) {
  const instrument = DEFAULT_CATALOGUE.instruments.find((i) => i.id === id);
  if (!instrument) {
    const ids = DEFAULT_CATALOGUE.instruments.map((i) => i.id).join(', ');
    const shown = escapeControls(id);
    throw new CliError({ nl: `onbekend instrument "${shown}"; kies uit: ${ids}`, en: `unknown instrument "${shown}"; choose from: ${ids}` }, EXIT.usage);
  }
  return instrument;
}

async function fhir(args: string[], values: Values, lang: Lang): Promise<number> {
  const [what, target] = args;
  if (what === 'questionnaire') {
    json(toFhirQuestionnaire(findInstrument(needArg(target, { nl: 'instrument-id', en: 'instrument id' }, 'fhir')), lang));
    return EXIT.ok;
  }
  if (what === 'response') {
    const { input, result } = await scoreFile(needArg(target, { nl: 'invoerbestand', en: 'input file' }, 'fhir'), values, lang);
    const chosen = values.instrument ? [findInstrument(String(values.instrument))] : result.instruments.filter((i) => i.administered).map((i) => findInstrument(i.id));
    const responses = chosen.map((instrument) => toFhirQuestionnaireResponse(input as never, instrument));
    json(responses.length === 1 ? responses[0] : { resourceType: 'Bundle', type: 'collection', entry: responses.map((resource) => ({ resource })) });
    return EXIT.ok;
  }
  throw new CliError({ nl: 'gebruik: trede fhir questionnaire <id> | trede fhir response <bestand> (zie trede help fhir)', en: 'usage: trede fhir questionnaire <id> | trede fhir response <file> (see trede help fhir)' }, EXIT.usage);
}

function help(name: string | undefined, lang: Lang): number {
  if (name === undefined) return print(formatOverview(lang)), EXIT.ok;
  const command = commandHelp(name);
  if (!command) throw unknownCommand(name);
  print(formatCommandHelp(command, lang));
  return EXIT.ok;
}

function unknownCommand(name: string): CliError {
  const shown = escapeControls(name);
  const names = COMMANDS.map((c) => c.name).join(', ');
  return new CliError({ nl: `onbekend commando "${shown}"; kies uit: ${names} (zie trede help)`, en: `unknown command "${shown}"; choose from: ${names} (see trede help)` }, EXIT.usage);
}

/** Options the command does not take are refused by name rather than ignored. */
function checkOptions(command: string, values: Values): void {
  const takes = new Set(commandHelp(command)!.options.map((o) => o.name));
  for (const name of Object.keys(values)) {
    if (values[name] === undefined || takes.has(name) || name === 'help') continue;
    const shown = escapeControls(name);
    throw new CliError({ nl: `trede ${command} kent de optie --${shown} niet (zie trede help ${command})`, en: `trede ${command} has no option --${shown} (see trede help ${command})` }, EXIT.usage);
  }
}

function parse(argv: string[]): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    return { values: values as Values, positionals };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw error;
    const option = escapeControls(/'([^']*)'/.exec((error as Error).message)?.[1] ?? '?');
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new CliError({ nl: `onbekende optie ${option} (zie trede help)`, en: `unknown option ${option} (see trede help)` }, EXIT.usage);
    throw new CliError({ nl: `optie ${option} is verkeerd gebruikt: ontbreekt de waarde, of hoort er geen bij? (zie trede help)`, en: `option ${option} is used wrongly: is its value missing, or does it take none? (see trede help)` }, EXIT.usage);
  }
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  const lang = langOf(values.lang);
  const [command, ...args] = positionals;
  if (values.version) return print(ENGINE_VERSION), EXIT.ok;
  if (command === undefined) {
    print(formatOverview(lang));
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (command === 'help') return help(args[0], lang);
  if (!commandHelp(command)) throw unknownCommand(command);
  if (values.help) return help(command, lang);
  checkOptions(command, values);
  switch (command) {
    case 'score':
      return score(args, values, lang);
    case 'batch':
      return batch(args, values, lang);
    case 'instruments':
      return instruments(values, lang);
    case 'model-card':
      return modelCard(args, values, lang);
    case 'schema':
      return json(jsonSchemas()), EXIT.ok;
    default:
      return fhir(args, values, lang);
  }
}

/** Messages go out once, in the language asked for; only an error in Trede itself shows its stack. */
function fail(error: unknown, lang: Lang): void {
  if (error instanceof CliError) {
    process.stderr.write(`trede: ${error.text[lang]}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const text: Text = { nl: `interne fout in Trede (meld dit, met deze melding): ${what}`, en: `internal error in Trede (please report it, with this message): ${what}` };
  process.stderr.write(`trede: ${escapeControls(text[lang])}\n`);
  process.exitCode = EXIT.internal;
}

const argv = process.argv.slice(2);
main(argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => fail(error, langIn(argv)),
);
