/**
 * Large records are compressed before they are sealed. A sealed record is random bytes, which the browser's
 * own storage cannot compress, and IndexedDB's cost to read and to delete a record grows with its size: an
 * intake with its scored result is about 35 kB of JSON and about 6 kB compressed (bench/retention.mjs).
 * Small records (drafts, audit entries, clients) are sealed as they are: compressing them gains nothing.
 *
 * Compression before encryption lets a record's sealed length depend on how repetitive its content is. At
 * rest, with no attacker able to add text to a record and watch its length change, that says nothing the
 * length alone did not (SECURITY.md).
 */

/** Records whose JSON is at least this many bytes are compressed. */
export const PACK_FROM_BYTES = 4_096;

/** The format, as a sealed record names it (and binds it in the additional data). */
export const PACKING = 'deflate-raw';
export type Packing = typeof PACKING;

const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

export const pack = (bytes: Uint8Array): Promise<Uint8Array> => through(bytes, new CompressionStream(PACKING));
export const unpack = (bytes: Uint8Array): Promise<Uint8Array> => through(bytes, new DecompressionStream(PACKING));
