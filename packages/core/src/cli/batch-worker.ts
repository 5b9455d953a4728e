/** A `trede batch --jobs N` worker: scores the chunks of records the main thread sends, in the order they come. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BadRecord, type BatchRecord, type RecordSettings, createRecordProcessor, processChunk } from './batch-record.js';

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
  parentPort!.postMessage({ seq, ...processChunk(process, records) } satisfies ChunkResult);
});
