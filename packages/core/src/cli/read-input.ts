import { open } from 'node:fs/promises';
import { JsonSyntaxError, parseJsonStrict } from '../json/strict-parse.js';
import { detectForeignEncoding, foreignEncodingText } from './encoding.js';
import { CliError, EXIT, count } from './messages.js';
import { escapeControls } from './terminal-safe.js';

/** Default for --max-bytes: far above any real intake (a full one is about 2 KB). */
export const DEFAULT_MAX_BYTES = 1_000_000;

/** The message for a file that cannot be opened or read, the same for every command. */
export function fileProblem(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException)?.code;
  const shown = escapeControls(path);
  if (code === 'ENOENT') return new CliError({ nl: `bestand "${shown}" bestaat niet`, en: `file "${shown}" does not exist` }, EXIT.usage);
  if (code === 'EISDIR') return new CliError({ nl: `"${shown}" is een map, geen bestand`, en: `"${shown}" is a folder, not a file` }, EXIT.usage);
  return new CliError({ nl: `bestand "${shown}" is niet leesbaar (${String(code ?? 'onbekende fout')})`, en: `file "${shown}" cannot be read (${String(code ?? 'unknown error')})` }, EXIT.usage);
}

function tooLarge(path: string, max: number): CliError {
  const shown = escapeControls(path);
  return new CliError({
    nl: `${shown} is groter dan ${count(max, 'nl')} bytes (--max-bytes); niet gelezen`,
    en: `${shown} is larger than ${count(max, 'en')} bytes (--max-bytes); not read`,
  });
}

async function readStdin(max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > max) throw tooLarge('stdin', max);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readFileBounded(path: string, max: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw fileProblem(path, error);
  }
  try {
    const { size } = await handle.stat();
    if (size > max) throw tooLarge(path, max);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw fileProblem(path, error);
  } finally {
    await handle.close();
  }
}

/** Reads a whole file (or stdin for "-") of at most `max` bytes as UTF-8, naming the file in any error. */
export async function readText(path: string, max: number = DEFAULT_MAX_BYTES): Promise<string> {
  const bytes = path === '-' ? await readStdin(max) : await readFileBounded(path, max);
  const encoding = detectForeignEncoding(bytes.subarray(0, 4));
  if (encoding) throw new CliError(foreignEncodingText(path === '-' ? 'stdin' : escapeControls(path), encoding));
  return bytes.toString('utf8');
}

/** Parses JSON strictly (duplicate keys are an error) and names the file and position on failure. */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return parseJsonStrict(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const shown = escapeControls(path);
      throw new CliError({ nl: `${shown}: geen geldige JSON: ${escapeControls(error.nl)}`, en: `${shown}: not valid JSON: ${escapeControls(error.en)}` }, EXIT.invalidInput);
    }
    throw error;
  }
}
