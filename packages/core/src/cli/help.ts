/**
 * What `trede help [command]` and `trede <command> --help` print: every command, its options with their
 * defaults, examples and exit codes, as data in Dutch and English. The option table is also what the
 * argument parser accepts, so the help cannot list an option the CLI does not know or miss one it does.
 */
import type { Lang, Text } from '../i18n/text.js';
import { ENGINE_VERSION } from '../version.js';

export interface OptionHelp {
  /** Long name without the dashes. */
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  /** How the value is written, e.g. `nl|en` or `<n>`; absent for a switch. */
  value?: string;
  /** The default in words, or null when there is none (a switch is off unless given). */
  default: Text | null;
  text: Text;
}

export interface CommandHelp {
  name: string;
  usage: Text;
  summary: Text;
  /** Longer explanation, a few lines. */
  details: Text;
  options: readonly OptionHelp[];
  examples: readonly { command: string; text: Text }[];
  exitCodes: readonly { code: number; text: Text }[];
}

const same = (s: string): Text => ({ nl: s, en: s });

export const LANG_OPTION: OptionHelp = {
  name: 'lang',
  type: 'string',
  value: 'nl|en',
  default: same('nl'),
  text: { nl: 'taal van meldingen en rapporten', en: 'language of messages and reports' },
};
export const HELP_OPTION: OptionHelp = {
  name: 'help',
  short: 'h',
  type: 'boolean',
  default: null,
  text: { nl: 'deze uitleg', en: 'this explanation' },
};
const APPROACH: OptionHelp = {
  name: 'approach',
  type: 'string',
  value: 'integrated|direct',
  default: { nl: 'volgt uit de normgroep van de intake (controle = direct, interventie = integrated)', en: 'follows from the intake’s norm group (control = direct, intervention = integrated)' },
  text: { nl: 'werkwijze van de organisatie; kiest het model voor uitval tijdens het traject', en: 'the organisation’s way of working; picks the model for dropout during the trajectory' },
};
const MAX_ISSUES: OptionHelp = {
  name: 'max-issues',
  type: 'string',
  value: '<n>',
  default: same('50'),
  text: { nl: 'meld per intake hoogstens zoveel problemen, daarna alleen hoeveel er nog zijn', en: 'report at most this many problems per intake, then only how many more there are' },
};
const JSON_SWITCH: OptionHelp = { name: 'json', type: 'boolean', default: null, text: { nl: 'als JSON', en: 'as JSON' } };

const EXIT_OK = { code: 0, text: { nl: 'gelukt', en: 'success' } };
const EXIT_INVALID = { code: 1, text: { nl: 'ongeldige invoer (de melding zegt wat en waar)', en: 'invalid input (the message says what and where)' } };
const EXIT_USAGE = { code: 2, text: { nl: 'verkeerd gebruik: onbekend commando of optie, bestand bestaat niet', en: 'wrong usage: unknown command or option, file does not exist' } };
const EXIT_INTERNAL = { code: 70, text: { nl: 'fout in Trede zelf (meld dit, met de melding)', en: 'an error in Trede itself (please report it, with the message)' } };
const EXITS = [EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL];

export const COMMANDS: readonly CommandHelp[] = [
  {
    name: 'score',
    usage: { nl: 'trede score <bestand|-> [opties]', en: 'trede score <file|-> [options]' },
    summary: { nl: 'scoort één intake (JSON)', en: 'scores one intake (JSON)' },
    details: {
      nl: 'Leest één intake als JSON uit een bestand, of van stdin met "-", en schrijft het resultaat op stdout.\nEen ongeldige intake geeft alle problemen met hun plaats op stderr en niets op stdout.',
      en: 'Reads one intake as JSON from a file, or from stdin with "-", and writes the result to stdout.\nAn invalid intake gives every problem with its place on stderr and nothing on stdout.',
    },
    options: [
      {
        name: 'format',
        type: 'string',
        value: 'json|text|summary',
        default: same('json'),
        text: { nl: 'volledig resultaat als JSON, leesbaar rapport, of korte samenvatting voor het dossier', en: 'full result as JSON, readable report, or short summary for the case file' },
      },
      APPROACH,
      MAX_ISSUES,
      {
        name: 'max-bytes',
        type: 'string',
        value: '<n>',
        default: same('1000000'),
        text: { nl: 'grootste invoer in bytes; een groter bestand wordt geweigerd zonder het te lezen', en: 'largest input in bytes; a larger file is refused without reading it' },
      },
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      { command: 'trede score intake.json', text: { nl: 'resultaat als JSON', en: 'result as JSON' } },
      { command: 'trede score intake.json --format text --lang en', text: { nl: 'leesbaar rapport in het Engels', en: 'readable report in English' } },
      { command: 'cat intake.json | trede score - --format summary', text: { nl: 'samenvatting van stdin', en: 'summary from stdin' } },
    ],
    exitCodes: EXITS,
  },
  {
    name: 'batch',
    usage: { nl: 'trede batch <in.ndjson|in.csv|-> [opties]', en: 'trede batch <in.ndjson|in.csv|-> [options]' },
    summary: { nl: 'scoort veel intakes: NDJSON (één per regel) of CSV', en: 'scores many intakes: NDJSON (one per line) or CSV' },
    details: {
      nl: 'Schrijft per intake één JSON-regel op stdout, in de volgorde van de invoer: {"line":n,"ok":true,...} of {"line":n,"ok":false,"issues":[...]}.\nStandaard compact: scores, banden, kansen en signalen (ids); --explain geeft het volledige resultaat.\nMet "-" leest het van stdin (NDJSON, of CSV met --input-format csv).\nOngeldige regels worden overgeslagen en gemeld; elke regel wordt weggeschreven voordat verder gelezen wordt.',
      en: 'Writes one JSON line per intake to stdout, in input order: {"line":n,"ok":true,...} or {"line":n,"ok":false,"issues":[...]}.\nCompact by default: scores, bands, chances and flags (ids); --explain gives the full result.\nWith "-" it reads stdin (NDJSON, or CSV with --input-format csv).\nInvalid lines are skipped and reported; every line is written out before reading on.',
    },
    options: [
      {
        name: 'input-format',
        type: 'string',
        value: 'ndjson|csv',
        default: { nl: 'volgt uit de bestandsnaam (.ndjson, .jsonl, .json of .csv); ndjson voor stdin', en: 'follows from the file name (.ndjson, .jsonl, .json or .csv); ndjson for stdin' },
        text: { nl: 'formaat van de invoer', en: 'format of the input' },
      },
      {
        name: 'explain',
        type: 'boolean',
        default: null,
        text: { nl: 'volledig resultaat per intake (met uitleg, bronnen en acties; ongeveer 50 KB per intake)', en: 'full result per intake (with explanations, sources and actions; about 50 KB per intake)' },
      },
      {
        name: 'scales-only',
        type: 'boolean',
        default: null,
        text: { nl: 'zonder kansen (risico’s): alleen schalen en ladder', en: 'without chances (risks): scales and ladder only' },
      },
      APPROACH,
      {
        name: 'jobs',
        type: 'string',
        value: '<n>|auto',
        default: same('1'),
        text: {
          nl: 'aantal threads dat scoort (het hoofdprogramma en n-1 worker threads); auto = één per processorkern. De uitvoer is gelijk aan --jobs 1',
          en: 'number of threads that score (the main one and n-1 worker threads); auto = one per processor core. The output is the same as with --jobs 1',
        },
      },
      MAX_ISSUES,
      {
        name: 'max-line',
        type: 'string',
        value: '<n>',
        default: same('1000000'),
        text: { nl: 'langste regel in tekens; een langere regel wordt overgeslagen en gemeld, zonder hem in het geheugen te laden', en: 'longest line in characters; a longer line is skipped and reported, without loading it into memory' },
      },
      {
        name: 'quiet',
        type: 'boolean',
        default: null,
        text: { nl: 'geen voortgang en geen telling op stderr (problemen wel)', en: 'no progress and no count on stderr (problems still)' },
      },
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      { command: 'trede batch intakes.ndjson > scores.ndjson', text: { nl: 'compacte scores', en: 'compact scores' } },
      { command: 'trede batch export.csv --jobs auto --quiet', text: { nl: 'CSV op alle kernen', en: 'CSV on every core' } },
      { command: 'gunzip -c intakes.ndjson.gz | trede batch - > scores.ndjson', text: { nl: 'van stdin', en: 'from stdin' } },
      { command: 'trede batch intakes.ndjson --explain --lang en', text: { nl: 'volledige resultaten, meldingen in het Engels', en: 'full results, messages in English' } },
    ],
    exitCodes: [EXIT_OK, { code: 1, text: { nl: 'minstens één ongeldige regel (de rest is wel gescoord)', en: 'at least one invalid line (the rest was scored)' } }, EXIT_USAGE, EXIT_INTERNAL],
  },
  {
    name: 'instruments',
    usage: same('trede instruments [--json]'),
    summary: { nl: 'toont de vragenlijsten met hun versie', en: 'lists the questionnaires with their version' },
    details: { nl: 'Per instrument: id, versie, titel en aantal vragen.', en: 'Per instrument: id, version, title and number of questions.' },
    options: [JSON_SWITCH, LANG_OPTION, HELP_OPTION],
    examples: [{ command: 'trede instruments --lang en', text: { nl: 'de lijst in het Engels', en: 'the list in English' } }],
    exitCodes: [EXIT_OK, EXIT_USAGE],
  },
  {
    name: 'model-card',
    usage: { nl: 'trede model-card [id] [opties]', en: 'trede model-card [id] [options]' },
    summary: { nl: 'toont de modelkaart van een risicomodel (of alle)', en: 'shows the model card of a risk model (or all of them)' },
    details: {
      nl: 'Waar het model op berust: onderzoeksgroep, basiskans, factoren met bron, banden als kansen, onzekerheid.',
      en: 'What the model rests on: study group, base rate, factors with their source, bands as chances, uncertainty.',
    },
    options: [JSON_SWITCH, LANG_OPTION, HELP_OPTION],
    examples: [
      { command: 'trede model-card before-start', text: { nl: 'één kaart', en: 'one card' } },
      { command: 'trede model-card --json', text: { nl: 'alle kaarten als JSON', en: 'every card as JSON' } },
    ],
    exitCodes: [EXIT_OK, EXIT_USAGE],
  },
  {
    name: 'schema',
    usage: same('trede schema'),
    summary: { nl: 'drukt de JSON Schemas van invoer en resultaat af', en: 'prints the JSON Schemas of input and result' },
    details: { nl: 'Voor andere programma’s die intakes schrijven of resultaten lezen.', en: 'For other programs that write intakes or read results.' },
    options: [LANG_OPTION, HELP_OPTION],
    examples: [{ command: 'trede schema > trede-schemas.json', text: { nl: 'naar een bestand', en: 'to a file' } }],
    exitCodes: [EXIT_OK, EXIT_USAGE],
  },
  {
    name: 'fhir',
    usage: { nl: 'trede fhir questionnaire <instrument-id> | trede fhir response <bestand|->', en: 'trede fhir questionnaire <instrument-id> | trede fhir response <file|->' },
    summary: { nl: 'zet een vragenlijst of een intake om naar FHIR R4', en: 'converts a questionnaire or an intake to FHIR R4' },
    details: {
      nl: 'questionnaire: het instrument als FHIR Questionnaire.\nresponse: de antwoorden als QuestionnaireResponse, één per afgenomen instrument (een Bundle) of alleen --instrument.',
      en: 'questionnaire: the instrument as a FHIR Questionnaire.\nresponse: the answers as a QuestionnaireResponse, one per administered instrument (a Bundle) or only --instrument.',
    },
    options: [
      {
        name: 'instrument',
        type: 'string',
        value: '<id>',
        default: { nl: 'alle afgenomen instrumenten', en: 'every administered instrument' },
        text: { nl: 'alleen dit instrument (bij response)', en: 'only this instrument (with response)' },
      },
      MAX_ISSUES,
      LANG_OPTION,
      HELP_OPTION,
    ],
    examples: [
      { command: 'trede fhir questionnaire dass21 --lang en', text: { nl: 'DASS-21 als Questionnaire, Engelse teksten', en: 'DASS-21 as a Questionnaire, English texts' } },
      { command: 'trede fhir response intake.json --instrument ladder', text: { nl: 'alleen de ladder', en: 'the ladder only' } },
    ],
    exitCodes: EXITS,
  },
  {
    name: 'help',
    usage: { nl: 'trede help [commando]', en: 'trede help [command]' },
    summary: { nl: 'uitleg over Trede of over één commando', en: 'explanation of Trede or of one command' },
    details: { nl: 'Hetzelfde als trede <commando> --help.', en: 'The same as trede <command> --help.' },
    options: [LANG_OPTION],
    examples: [{ command: 'trede help batch --lang en', text: { nl: 'uitleg bij batch in het Engels', en: 'batch explained in English' } }],
    exitCodes: [EXIT_OK, EXIT_USAGE],
  },
];

export function commandHelp(name: string): CommandHelp | undefined {
  return COMMANDS.find((c) => c.name === name);
}

const HEADINGS = {
  options: { nl: 'Opties', en: 'Options' },
  examples: { nl: 'Voorbeelden', en: 'Examples' },
  exitCodes: { nl: 'Afsluitcodes', en: 'Exit codes' },
  commands: { nl: 'Commando’s', en: 'Commands' },
  default: { nl: 'standaard', en: 'default' },
  more: { nl: 'Meer over één commando: trede help <commando> of trede <commando> --help', en: 'More about one command: trede help <command> or trede <command> --help' },
  title: { nl: 'scoort re-integratie-intakes', en: 'scores re-integration intakes' },
  global: { nl: 'Bij elk commando', en: 'With every command' },
  version: { nl: 'versienummer', en: 'version number' },
} as const satisfies Record<string, Text>;

function optionLine(o: OptionHelp, lang: Lang): string {
  const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;
  const dflt = o.default ? ` (${HEADINGS.default[lang]}: ${o.default[lang]})` : '';
  return `  ${flag.padEnd(30)} ${o.text[lang]}${dflt}`;
}

/** The help of one command, in one language. */
export function formatCommandHelp(command: CommandHelp, lang: Lang): string {
  return [
    `trede ${command.name} — ${command.summary[lang]}`,
    '',
    `  ${command.usage[lang]}`,
    '',
    ...command.details[lang].split('\n').map((l) => `  ${l}`),
    '',
    `${HEADINGS.options[lang]}:`,
    ...command.options.map((o) => optionLine(o, lang)),
    '',
    `${HEADINGS.examples[lang]}:`,
    ...command.examples.flatMap((e) => [`  ${e.command}`, `      ${e.text[lang]}`]),
    '',
    `${HEADINGS.exitCodes[lang]}:`,
    ...command.exitCodes.map((e) => `  ${String(e.code).padStart(3)}  ${e.text[lang]}`),
    '',
  ].join('\n');
}

/** The overview: every command with its one-line summary. */
export function formatOverview(lang: Lang): string {
  return [
    `trede ${ENGINE_VERSION} — ${HEADINGS.title[lang]}`,
    '',
    `${HEADINGS.commands[lang]}:`,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}`),
    '',
    `${HEADINGS.global[lang]}:`,
    optionLine(LANG_OPTION, lang),
    optionLine(HELP_OPTION, lang),
    optionLine({ name: 'version', short: 'v', type: 'boolean', default: null, text: HEADINGS.version }, lang),
    '',
    HEADINGS.more[lang],
    '',
  ].join('\n');
}
