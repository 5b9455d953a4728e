/**
 * Scanning a browser profile's files for text that must not be there (what a copied profile gives away).
 * Firefox's compressed session files (mozLz4) are decoded first: their text is readable to anyone who decodes
 * them. Files that go while the scan reads (a browser still running) are skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeMozLz4, isMozLz4 } from './mozlz4.js';

/** Every file under `dir` that holds one of `secrets` (as UTF-8, or UTF-16 as V8 stores two-byte strings), as "path: secrets". */
export function filesHolding(dir: string, secrets: string[]): string[] {
  const patterns = secrets.flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) {
        const bytes = contentOf(full);
        const hits = secrets.filter((_, i) => bytes.includes(patterns[2 * i]!) || bytes.includes(patterns[2 * i + 1]!));
        if (hits.length) found.push(`${relative(dir, full)}: ${hits.join(', ')}`);
      }
    }
  };
  walk(dir);
  return found;
}

/** A file's bytes, decoded when it is mozLz4; nothing when it went meanwhile. */
function contentOf(path: string): Buffer {
  try {
    const bytes = readFileSync(path);
    return isMozLz4(bytes) ? decodeMozLz4(bytes) : bytes;
  } catch {
    return Buffer.alloc(0);
  }
}

/** How many files the scan reads, so a scan of an empty folder cannot pass for a clean one. */
export function fileCount(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).length;
}
