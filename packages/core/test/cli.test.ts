import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/cli/help.js';
import { IntakeResultSchema } from '../src/schema.js';
import { CLI, scratchFolder, trede } from './support/cli.js';

/** These tests run the built CLI (`pnpm test` builds first), exactly as a user would. */
const root = join(import.meta.dirname, '..');
const fixtures = join(root, '..', '..', 'test', 'fixtures');
const example = join(root, 'examples', 'intake.json');

const { dir, file } = scratchFolder('trede-cli-');

describe('trede help', () => {
  it('lists every command in the overview, in one language', () => {
    const nl = trede(['help']);
    expect(nl.code).toBe(0);
    for (const c of COMMANDS) expect(nl.stdout).toContain(`  ${c.name.padEnd(12)} ${c.summary.nl}`);
    expect(nl.stdout).not.toContain(COMMANDS[0]!.summary.en);
    const en = trede(['help', '--lang', 'en']);
    for (const c of COMMANDS) expect(en.stdout).toContain(c.summary.en);
    expect(en.stdout).not.toContain(COMMANDS[0]!.summary.nl);
  });

  it('explains each command with every option and its default, examples and exit codes; --help says the same', () => {
    for (const c of COMMANDS) {
      for (const lang of ['nl', 'en'] as const) {
        const r = trede(['help', c.name, '--lang', lang]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(c.usage[lang]);
        for (const o of c.options) {
          expect(r.stdout).toContain(`--${o.name}`);
          expect(r.stdout).toContain(o.text[lang]);
          if (o.default) expect(r.stdout).toContain(`(${lang === 'nl' ? 'standaard' : 'default'}: ${o.default[lang]})`);
        }
        for (const e of c.examples) expect(r.stdout).toContain(`  ${e.command}\n      ${e.text[lang]}`);
        for (const e of c.exitCodes) expect(r.stdout).toMatch(new RegExp(`^ +${e.code}  ${e.text[lang].replace(/[()]/g, '\\$&')}$`, 'm'));
        if (c.name !== 'help') expect(trede([c.name, '--help', '--lang', lang]).stdout).toBe(r.stdout);
      }
    }
  });

  it('documents the options the code reads, and takes no option it does not document', () => {
    const batch = COMMANDS.find((c) => c.name === 'batch')!.options.map((o) => o.name);
    expect(batch).toEqual(expect.arrayContaining(['input-format', 'explain', 'scales-only', 'approach', 'jobs', 'max-issues', 'max-line', 'quiet', 'lang']));
    const score = COMMANDS.find((c) => c.name === 'score')!.options.map((o) => o.name);
    expect(score).toEqual(expect.arrayContaining(['format', 'approach', 'max-issues', 'max-bytes', 'lang']));
    const r = trede(['batch', join(fixtures, 'batch-mixed.ndjson'), '--format', 'text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('trede: trede batch kent de optie --format niet (zie trede help batch)\n');
    expect(trede(['score', example, '--frobnicate']).stderr).toBe('trede: onbekende optie --frobnicate (zie trede help)\n');
  });

  it('refuses help on an unknown command with exit code 2', () => {
    const r = trede(['help', 'nope', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "nope"');
  });
});

describe('trede score', () => {
  it('prints a JSON result that satisfies the result schema', () => {
    const r = trede(['score', example]);
    expect(r.code).toBe(0);
    const result = IntakeResultSchema.parse(JSON.parse(r.stdout));
    expect(result.intakeId).toBe('voorbeeld-001');
    expect(result.ladder.position).toBe(6);
    expect(result.scales.dassAnxiety!.prorated).toBe(true);
  });

  it('reads stdin with "-"', () => {
    const r = trede(['score', '-'], JSON.stringify({ answers: { 'resp.1': 5, 'resp.2': 4 } }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scales.responsibility.score).toBe(4.5);
  });

  it('prints a Dutch text report by default and English with --lang en', () => {
    const nl = trede(['score', example, '--format', 'text']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('Participatieladder');
    expect(nl.stdout).toContain('Positie 6/12');
    expect(nl.stdout).toMatch(/Basiscompetenties\s+3,8 /);
    const en = trede(['score', example, '--format', 'text', '--lang', 'en']);
    expect(en.stdout).toContain('Participation ladder');
    expect(en.stdout).toMatch(/Basic competences\s+3\.8 /);
  });

  it('prints the short case-file summary with --format summary (the side panel copies the same text)', () => {
    const nl = trede(['score', example, '--format', 'summary']);
    expect(nl.code).toBe(0);
    expect(nl.stdout.split('\n')[0]).toBe('Trede — samenvatting intake');
    expect(nl.stdout).toContain('Participatieladder: positie 6 van 12');
    const en = trede(['score', example, '--format', 'summary', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe('Trede — intake summary');
    const bad = trede(['score', example, '--format', 'pdf']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toBe('trede: onbekend formaat "pdf"; kies json, text of summary\n');
  });

  it('exits 1 with the reasons for an invalid intake, once, in Dutch or with --lang en in English', () => {
    const bad = file('bad.json', '{"answers":{"bc.stress":7,"foo":1}}');
    const r = trede(['score', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('valt buiten de schaal');
    expect(r.stderr).not.toContain('is off the scale');
    expect(r.stderr).toContain('"foo"');
    expect(r.stderr.match(/bc\.stress/g)).toHaveLength(2); // path and message, printed once
    const en = trede(['score', bad, '--lang', 'en']);
    expect(en.stderr).toContain('is off the scale');
    expect(en.stderr).not.toContain('valt buiten de schaal');
  });

  it('names the position of a JSON error and a duplicate key', () => {
    const dup = trede(['score', file('dup.json', '{\n  "answers": {\n    "bc.stress": 3,\n    "bc.stress": 4\n  }\n}')]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/bc\.stress/);
    expect(dup.stderr).toMatch(/regel 4|line 4/);
    const broken = trede(['score', file('broken.json', '{"answers": {')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken.json');
  });

  it('says clearly when the file does not exist', () => {
    const r = trede(['score', join(dir, 'nope.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`trede: bestand "${join(dir, 'nope.json')}" bestaat niet\n`);
    expect(trede(['score', join(dir, 'nope.json'), '--lang', 'en']).stderr).toBe(`trede: file "${join(dir, 'nope.json')}" does not exist\n`);
  });
});

describe('trede batch', () => {
  it('scores NDJSON, reports bad lines with their numbers and processes the rest', () => {
    const r = trede(['batch', join(fixtures, 'batch-mixed.ndjson'), '--quiet', '--lang', 'en']);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((row) => [row.line, row.ok])).toEqual([
      [1, true],
      [2, false],
      [4, true],
      [5, false],
      [6, false],
      [7, true],
    ]);
    expect(rows[0].scores.basicCompetences).toBe(4);
    expect(rows[5].ladder).toBe(10);
    expect(r.stderr).toMatch(/line 2 skipped/);
    expect(r.stderr).not.toMatch(/regel 2 overgeslagen/);
    expect(r.stderr).toMatch(/line 5 skipped/);
    expect(r.stderr).toMatch(/line 6 skipped/);
    expect(r.stderr).toContain('6 rows, 3 invalid');
  });

  it('leaves the risk report out with --scales-only, compact and with --explain', () => {
    const compact = JSON.parse(trede(['batch', join(fixtures, 'batch-mixed.ndjson'), '--quiet', '--scales-only']).stdout.split('\n')[0]!);
    expect(compact.chances).toBeNull();
    expect(compact.scores.basicCompetences).toBe(4);
    const r = trede(['batch', join(fixtures, 'batch-mixed.ndjson'), '--quiet', '--scales-only', '--explain']);
    const first = JSON.parse(r.stdout.split('\n')[0]!);
    expect(first.result.risks).toBeNull();
    expect(first.result.scales.basicCompetences.score).toBe(4);
  });

  it('writes compact lines by default (scores, bands, chances, flag ids) and the full result with --explain', () => {
    const input = join(fixtures, 'batch-mixed.ndjson');
    const compact = trede(['batch', input, '--quiet']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const full = trede(['batch', input, '--quiet', '--explain']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(compact.map((row) => row.line)).toEqual(full.map((row) => row.line));
    const [c, f] = [compact[2], full[2]];
    expect(Object.keys(c)).toEqual(['line', 'ok', 'id', 'ladder', 'scores', 'bands', 'chances', 'flags', 'warnings']);
    expect(c.scores.dassAnxiety).toBe(f.result.scales.dassAnxiety.score);
    const during = f.result.risks.moments.find((m: { moment: string }) => m.moment === 'during');
    expect(c.chances.during).toEqual({ p: Math.round(during.probability * 10_000) / 10_000, band: during.band });
    expect(JSON.stringify(c).length * 10).toBeLessThan(JSON.stringify(f).length);
  });

  it('scores a Dutch CSV export and names the bad cell', () => {
    const r = trede(['batch', join(fixtures, 'batch.csv'), '--quiet', '--explain']);
    expect(r.code).toBe(1);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    const [k1, k2, k3, k4] = rows;
    expect(k1.result.intakeId).toBe('k1');
    expect(k1.result.scales.dassAnxiety.score).toBe(10);
    expect(k1.result.scales.supportTypes.score).toBe(2);
    expect(k1.result.scales.yearsSinceLastJob.score).toBe(2.5);
    expect(k2.result.scales.dassAnxiety.prorated).toBe(true);
    expect(k2.result.background['bg.children']).toBe(false);
    expect(k3).toMatchObject({ line: 4, ok: false });
    expect(k3.issues[0].message.en).toContain('"misschien" is not yes or no');
    expect(k4.result.intakeId).toBe('k;4');
  });

  it('writes each finished line before reading on: through a named pipe, line 1 is out before line 2 is written', async () => {
    const fifo = join(dir, 'pipe.ndjson');
    execFileSync('mkfifo', [fifo]);
    const child = spawn(process.execPath, [CLI, 'batch', fifo, '--quiet', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    const writer = createWriteStream(fifo);
    writer.write('{"id":"first","answers":{"resp.1":5}}\n');
    const deadline = Date.now() + 20_000;
    while (!stdout.includes('"first"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(stdout).toContain('"id":"first"');
    expect(stdout).not.toContain('"second"');
    writer.end('{"id":"second","answers":{"resp.1":4}}\n');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['first', 'second']);
  });

  it('rejects a CSV whose header names an unknown item, before scoring anything', () => {
    const r = trede(['batch', file('bad-header.csv', 'id,bc.stress,bc.stres\nx,1,2\n')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"bc.stres"');
  });
});

describe('risks in trede score and trede model-card', () => {
  it('includes the risk section in JSON and in the text report', () => {
    const json = JSON.parse(trede(['score', example]).stdout);
    expect(json.risks.moments.map((m: { moment: string }) => m.moment)).toEqual(['before-start', 'during', 'outflow', 'after-placement']);
    const text = trede(['score', example, '--format', 'text', '--lang', 'en']).stdout;
    expect(text).toContain('Chance of dropping out');
    expect(text).toMatch(/Dropout before the start: (below average|around average|above average|well above average) — about \d+ in 10 \(study group: about 6 in 10\)/);
    expect(text).toMatch(/Chance of work or study\n\s+Chance of work or study: [a-z ]+ — about \d+ in 100 \(study group: about 9 in 100\)/);
    expect(text).not.toMatch(/\b(low|elevated|high)\b —/);
    expect(text).not.toContain('log-odds');
    // JSON: the band with the chance as a natural frequency and the base rate, the chance of work marked as such
    const before = json.risks.moments[0];
    expect(before).toMatchObject({ kind: 'dropout', baseRate: 150 / 269, frequency: { base: { count: 6, of: 10, qualifier: 'about' } } });
    expect(json.risks.moments[2]).toMatchObject({ kind: 'work', frequency: { base: { count: 9, of: 100 } } });
  });

  it('switches the during-trajectory model with --approach', () => {
    const direct = JSON.parse(trede(['score', example, '--approach', 'direct']).stdout);
    expect(direct.risks.approach).toBe('direct');
    expect(direct.risks.moments[1].modelId).toBe('during-direct');
    expect(trede(['score', example, '--approach', 'magic']).code).toBe(2);
  });

  it('prints a model card in readable form, and all of them without an id', () => {
    const one = trede(['model-card', 'before-start', '--lang', 'en']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('150/269 = 55.8%, about 6 in 10');
    expect(one.stdout).toContain('inverted from 0.22');
    expect(one.stdout).toContain('never uses ethnicity');
    // Uncertainty: N, one organisation, what the outcome includes, the source's disagreement and Trede's choice, the bands as chances
    expect(one.stdout).toContain('One organisation, 134 clients in the analysis');
    expect(one.stdout).toContain('never came to the intake');
    expect(one.stdout).toContain('Trede uses the counts of §3.4.2: 150 of 269');
    expect(one.stdout).toMatch(/above average: 65% to 79%/);
    const integrated = trede(['model-card', 'during-integrated', '--lang', 'en']).stdout;
    expect(integrated).toContain('p ≤ 0.10 — significant at the 10% level only');
    expect(integrated).toContain('77 were referred to care');
    expect(trede(['model-card', 'during-direct', '--lang', 'en']).stdout).toContain('5 found regular work themselves and 13 moved to an actiefstage');
    const all = trede(['model-card']).stdout;
    for (const id of ['before-start', 'during-integrated', 'during-direct', 'outflow']) expect(all).toContain(id);
    expect(trede(['model-card', 'nope', '--lang', 'en']).stderr).toContain('unknown model card "nope"');
    expect(JSON.parse(trede(['model-card', 'outflow', '--json']).stdout).baseRate).toEqual(expect.objectContaining({ events: 18, total: 207 }));
  });
});

describe('trede instruments, schema, fhir', () => {
  it('lists instruments with versions', () => {
    const r = trede(['instruments', '--json']);
    const list = JSON.parse(r.stdout) as { id: string; version: string; items: string[] }[];
    expect(list.map((i) => i.id)).toEqual(['background', 'basic-competences', 'dass-short', 'dass21', 'responsibility', 'control', 'work-attitude', 'self-efficacy', 'self-direction', 'placement', 'ladder']);
    expect(list.every((i) => /^\d+\.\d+\.\d+$/.test(i.version))).toBe(true);
    expect(trede(['instruments']).stdout).toContain('dass21');
  });

  it('prints JSON Schemas for the contracts', () => {
    const schemas = JSON.parse(trede(['schema']).stdout);
    expect(schemas.IntakeResponse.type).toBe('object');
    expect(schemas.IntakeResponse.required).toContain('answers');
    expect(Object.keys(schemas.IntakeResult.properties)).toContain('ladder');
  });

  it('exports a FHIR Questionnaire and a QuestionnaireResponse', () => {
    const q = JSON.parse(trede(['fhir', 'questionnaire', 'dass21']).stdout);
    expect(q.resourceType).toBe('Questionnaire');
    const one = JSON.parse(trede(['fhir', 'response', example, '--instrument', 'basic-competences']).stdout);
    expect(one.resourceType).toBe('QuestionnaireResponse');
    const all = JSON.parse(trede(['fhir', 'response', example]).stdout);
    expect(all.resourceType).toBe('Bundle');
    expect(all.entry.length).toBeGreaterThan(3);
  });

  it('explains wrong usage with exit code 2', () => {
    expect(trede(['frobnicate']).code).toBe(2);
    expect(trede(['fhir', 'questionnaire', 'nope']).stderr).toContain('onbekend instrument "nope"');
    expect(trede(['score', example, '--format', 'xml']).code).toBe(2);
  });
});
