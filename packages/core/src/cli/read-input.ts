import { readFile } from 'node:fs/promises';
import { JsonSyntaxError, parseJsonStrict } from '../json/strict-parse.js';
import { CliError, EXIT } from './messages.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads a whole file (or stdin for "-"), naming the file in any error. */
export async function readText(path: string): Promise<string> {
  if (path === '-') return readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? { nl: 'bestaat niet', en: 'does not exist' } : { nl: 'is niet leesbaar', en: 'cannot be read' };
    throw new CliError({ nl: `bestand "${path}" ${reason.nl}`, en: `file "${path}" ${reason.en}` }, EXIT.usage);
  }
}

/** Parses JSON strictly (duplicate keys are an error) and names the file and position on failure. */
export function parseJsonFile(text: string, path: string): unknown {
  try {
    return parseJsonStrict(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new CliError({ nl: `${path}: geen geldige JSON: ${error.nl}`, en: `${path}: not valid JSON: ${error.en}` });
    }
    throw error;
  }
}
