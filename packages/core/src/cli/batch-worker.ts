/** A `trede batch --jobs N` worker: scores the chunks of records the main thread sends, in the order they come. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BadRecord, type BatchRecord, type RecordSettings, createRecordProcessor } from './batch-record.js';

export interface ChunkRequest {
  seq: number;
  records: BatchRecord[];
}
export interface ChunkResult {
  seq: number;
  out: string;
  bad: BadRecord[];
}

const process = createRecordProcessor(workerData as RecordSettings);
parentPort!.on('message', ({ seq, records }: ChunkRequest) => {
  let out = '';
  const bad: BadRecord[] = [];
  for (const record of records) {
    const done = process(record);
    out += done.out;
    if (done.bad) bad.push(done.bad);
  }
  parentPort!.postMessage({ seq, out, bad } satisfies ChunkResult);
});
