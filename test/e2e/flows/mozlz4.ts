/**
 * Firefox's session store files (sessionstore-backups/*.jsonlz4) are "mozLz4": the magic "mozLz40\0", the
 * decoded size as a 32-bit little-endian number, then one LZ4 block. Text in them is readable to anyone
 * with the profile once decoded, so the tests that scan a profile decode them first.
 */
const MAGIC = 'mozLz40\0';

export const isMozLz4 = (bytes: Buffer): boolean => bytes.subarray(0, MAGIC.length).toString('latin1') === MAGIC;

/** A length in LZ4's sequence format: 15 in the token means "add the following bytes up to one below 255". */
function readLength(bytes: Buffer, at: { i: number }, start: number): number {
  let length = start;
  if (start !== 15) return length;
  let more: number;
  do {
    more = bytes[at.i++]!;
    length += more;
  } while (more === 255);
  return length;
}

export function decodeMozLz4(file: Buffer): Buffer {
  if (!isMozLz4(file)) throw new Error('not a mozLz4 file');
  const out = Buffer.alloc(file.readUInt32LE(MAGIC.length));
  const at = { i: MAGIC.length + 4 };
  let o = 0;
  while (at.i < file.length) {
    const token = file[at.i++]!;
    const literals = readLength(file, at, token >> 4);
    file.copy(out, o, at.i, at.i + literals);
    at.i += literals;
    o += literals;
    if (at.i >= file.length) break; // the last sequence has literals only
    const offset = file.readUInt16LE(at.i);
    at.i += 2;
    const match = readLength(file, at, token & 15) + 4;
    // Byte by byte: a match may overlap the bytes it is copying.
    for (let k = 0; k < match; k++) out[o + k] = out[o - offset + k]!;
    o += match;
  }
  if (o !== out.length) throw new Error(`mozLz4: decoded ${o} bytes, the header says ${out.length}`);
  return out;
}
