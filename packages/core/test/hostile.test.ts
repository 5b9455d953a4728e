import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The hostile-input corpus (test/fixtures/hostile/cases.json): each case is an input for `trede score` or
 * `trede batch` with the exit code and message fragments it must give. Besides its own expectations every
 * case must: never show a stack trace or an internal error, never put a control character from the input on
 * the terminal, keep stderr short, write only whole JSON lines to stdout (batch), and speak one language.
 */
interface Part {
  text: string;
  repeat?: number;
  /** `{i}` in the text becomes the repetition's number, from 1. */
  numbered?: boolean;
}
interface Case {
  name: string;
  command: 'score' | 'batch';
  file: string;
  args?: string[];
  exit: number;
  /** Fragments stderr must contain; `{file}` is the input's path. */
  stderr: string[];
  stderrNot?: string[];
  input?: string;
  parts?: Part[];
  bytes?: number[];
  encoding?: 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';
  bom?: boolean;
  missing?: boolean;
  directory?: boolean;
  okLines?: number[];
  badLines?: number[];
  badCount?: number;
  moreIssues?: Record<string, number>;
  stdoutEmpty?: boolean;
  maxStderr?: number;
  sameAsJobs1?: boolean;
}

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'hostile', 'cases.json'), 'utf8')) as { cases: Case[] };
const dir = mkdtempSync(join(tmpdir(), 'trede-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function text(c: Case): string {
  if (c.input !== undefined) return c.input;
  return (c.parts ?? []).map((p) => (p.numbered ? Array.from({ length: p.repeat ?? 1 }, (_, i) => p.text.replaceAll('{i}', String(i + 1))).join('') : p.text.repeat(p.repeat ?? 1))).join('');
}

function encode(s: string, encoding: Case['encoding']): Buffer {
  const units = Buffer.from(s, 'utf16le');
  if (encoding === 'utf16le') return units;
  if (encoding === 'utf16be') return units.swap16();
  const points = Array.from(s, (ch) => ch.codePointAt(0)!);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (encoding === 'utf32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
  return out;
}

function materialize(c: Case): string {
  const path = join(dir, c.file);
  if (c.missing) return path;
  if (c.directory) {
    mkdirSync(path, { recursive: true });
    return path;
  }
  if (c.bytes) writeFileSync(path, Buffer.from(c.bytes));
  else if (c.encoding) writeFileSync(path, encode((c.bom ? '\uFEFF' : '') + text(c), c.encoding));
  else writeFileSync(path, text(c));
  return path;
}

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

// Control characters other than the newline, DEL, C1 and bidi overrides: none may come from the input.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const DUTCH = /\b(overgeslagen|bestaat niet|rijen|ongeldig|verwacht|kolom)\b/;
const ENGLISH = /\b(skipped|does not exist|rows|invalid|expected|column)\b/;

describe('hostile inputs to trede score and trede batch', () => {
  it('has at least 40 cases, for score and batch, NDJSON and CSV', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.some((c) => c.command === 'score')).toBe(true);
    expect(cases.some((c) => c.command === 'batch' && c.file.endsWith('.ndjson'))).toBe(true);
    expect(cases.some((c) => c.command === 'batch' && c.file.endsWith('.csv'))).toBe(true);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const path = materialize(c);
      const args = [c.command, path, ...(c.command === 'batch' ? ['--quiet'] : []), ...(c.args ?? [])];
      if (c.command === 'batch' && !c.args?.includes('--quiet')) args.splice(args.indexOf('--quiet'), 1);
      const r = await run(args);
      expect(r.code, r.stderr).toBe(c.exit);
      for (const fragment of c.stderr) expect(r.stderr).toContain(fragment.replaceAll('{file}', path));
      for (const fragment of c.stderrNot ?? []) expect(r.stderr).not.toContain(fragment);
      // Never a stack trace or an internal error, never a raw control character, never a flood.
      expect(r.stderr).not.toMatch(/\n\s+at |interne fout|internal error|RangeError|TypeError/);
      expect(r.stderr).not.toMatch(RAW_CONTROL);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stderr.length).toBeLessThan(c.maxStderr ?? 3000);
      // One language.
      expect(r.stderr.replaceAll(path, '')).not.toMatch(c.args?.includes('en') ? DUTCH : ENGLISH);
      if (c.stdoutEmpty) expect(r.stdout).toBe('');
      if (c.command !== 'batch' || c.stdoutEmpty) return;
      expect(r.stdout === '' || r.stdout.endsWith('\n')).toBe(true);
      const rows = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { line: number; ok: boolean; moreIssues?: number });
      expect(rows.map((row) => row.line)).toEqual([...rows.map((row) => row.line)].sort((a, b) => a - b));
      if (c.okLines) expect(rows.filter((row) => row.ok).map((row) => row.line)).toEqual(c.okLines);
      if (c.badLines) expect(rows.filter((row) => !row.ok).map((row) => row.line)).toEqual(c.badLines);
      if (c.badCount !== undefined) expect(rows.filter((row) => !row.ok)).toHaveLength(c.badCount);
      for (const [line, more] of Object.entries(c.moreIssues ?? {})) expect(rows.find((row) => row.line === Number(line))?.moreIssues).toBe(more);
      if (c.sameAsJobs1) {
        const one = await run(['batch', path, '--quiet', '--jobs', '1']);
        expect(r.stdout).toBe(one.stdout);
      }
    });
  }
});
