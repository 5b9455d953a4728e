/**
 * `trede batch --jobs N`: scores chunks of records on this thread and N − 1 workers and writes the results
 * in input order. A worker is given a chunk while it has fewer than IN_FLIGHT under way; when every worker
 * is busy, this thread scores the chunk itself, so however fast each thread turns out to be (this one also
 * reads and writes, and other programs share the cores) none waits for a fixed turn.
 */
import { Worker } from 'node:worker_threads';
import { type ChunkResult, chunkRequest } from './batch-chunk.js';
import { type BadRecord, type BatchRecord, type Processed, type RecordSettings, createRecordProcessor, processChunk } from './batch-record.js';
import type { ChunkedWriter } from './chunked-writer.js';

/**
 * Records per chunk: a chunk costs a message each way (tens of microseconds) against about half a
 * millisecond of scoring for 16 intakes. Smaller chunks keep less alive in a worker's small heap: on 50,000
 * bench intakes at --jobs 2, 16 records took 121 MB peak RSS and the least CPU, 64 took 140 MB and 256
 * took 169 MB and a quarter more CPU (collector threads busy with the larger chunks).
 */
const CHUNK_RECORDS = 16;
/** Chunks a worker may have under way: one being scored and one waiting, so it never idles between chunks. */
const IN_FLIGHT = 2;

/**
 * A worker's heap is kept small, since every worker has one and most of a heap's size is room the garbage
 * collector leaves itself: what a worker keeps is the scorer and one chunk (whose lines are slices of one
 * string, so the young generation hardly copies them). Records bigger than BIG_RECORD (a real intake is
 * about 2,000 characters) are scored in this thread instead, in their place in the order, where the heap
 * may grow for them; a worker's chunk is then at most 16 × 16 KB of text.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 };
const BIG_RECORD = 16 * 1024;

function recordSize(record: BatchRecord): number {
  if (record.kind === 'json') return record.text.length;
  if (record.kind === 'row') return record.fields.reduce((sum, f) => sum + f.length, 0);
  return 0;
}

export interface PoolRun {
  jobs: number;
  /** Read once the first record is in (after a CSV header). */
  settings: () => RecordSettings;
  writer: ChunkedWriter;
  /** Called for each record read. */
  counted: () => void;
  noteBad: (bad: BadRecord) => void;
}

/** A chunk's place in the output: filled when its result is in. */
interface Slot {
  result: ChunkResult | null;
}

export async function scoreInWorkers(records: AsyncIterable<BatchRecord[]>, run: PoolRun): Promise<void> {
  const { jobs, writer } = run;
  const slots: Slot[] = []; // in input order, not yet written
  const sent = new Map<number, { slot: Slot }>();
  let workers: Worker[] | null = null;
  const inFlight: number[] = [];
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  let seq = 0;

  const fail = (error: unknown) => {
    failure ??= { error };
    wake?.();
  };
  const start = () =>
    Array.from({ length: jobs - 1 }, (_, w) => {
      const worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: run.settings(), resourceLimits: WORKER_LIMITS });
      inFlight.push(0);
      worker.on('message', (result: ChunkResult) => {
        const chunk = sent.get(result.seq)!;
        sent.delete(result.seq);
        inFlight[w]!--;
        chunk.slot.result = result;
        wake?.();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (inFlight[w]! > 0) fail(new Error(`a batch worker stopped with exit code ${code} before it finished its chunks`));
      });
      return worker;
    });

  let processor: ((record: BatchRecord) => Processed) | null = null;
  const here = () => (processor ??= createRecordProcessor(run.settings()));

  const submit = (chunk: BatchRecord[]) => {
    workers ??= start();
    const slot: Slot = { result: null };
    slots.push(slot);
    let free = -1;
    for (let w = 0; w < inFlight.length; w++) if (inFlight[w]! < IN_FLIGHT && (free === -1 || inFlight[w]! < inFlight[free]!)) free = w;
    const n = seq++;
    if (free === -1) {
      slot.result = { seq: n, ...processChunk(here(), chunk) };
      return;
    }
    const { request, transfer } = chunkRequest(n, chunk);
    inFlight[free]!++;
    sent.set(n, { slot });
    workers[free]!.postMessage(request, transfer);
  };

  /** Writes the finished results at the head of the order; with `wait`, first waits for the oldest. */
  const writeDone = async (wait: boolean) => {
    while (slots.length > 0) {
      if (failure) throw failure.error;
      const result = slots[0]!.result;
      if (result === null) {
        if (!wait) return;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      slots.shift();
      wait = false;
      if (writer.add(result.out)) await writer.flush();
      for (const bad of result.bad) run.noteBad(bad);
    }
  };

  try {
    let chunk: BatchRecord[] = [];
    for await (const read of records) {
      for (const record of read) {
        run.counted();
        if (recordSize(record) > BIG_RECORD) {
          // Everything before it is written first, so the order holds.
          if (chunk.length > 0) submit(chunk);
          chunk = [];
          while (slots.length > 0) await writeDone(true);
          const done = here()(record);
          await writer.push(done.out);
          if (done.bad) run.noteBad(done.bad);
          continue;
        }
        chunk.push(record);
        if (chunk.length === CHUNK_RECORDS) {
          submit(chunk);
          chunk = [];
          // Results wait in order behind the oldest chunk; a bounded number, so memory does not grow with the input.
          while (slots.length > IN_FLIGHT * jobs) await writeDone(true);
        }
      }
      await writeDone(false);
    }
    if (chunk.length > 0) submit(chunk);
    while (slots.length > 0) await writeDone(true);
  } finally {
    if (workers) await Promise.all((workers as Worker[]).map((w) => w.terminate()));
  }
}
