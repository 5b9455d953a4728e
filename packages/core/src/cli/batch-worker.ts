/** A `trede batch --jobs N` worker: scores the chunks of records the main thread sends, in the order they come. */
import { parentPort, workerData } from 'node:worker_threads';
import { type ChunkRequest, type ChunkResult, chunkRecords } from './batch-chunk.js';
import { type RecordSettings, createRecordProcessor, processChunk } from './batch-record.js';

const process = createRecordProcessor(workerData as RecordSettings);
parentPort!.on('message', (request: ChunkRequest) => {
  parentPort!.postMessage({ seq: request.seq, ...processChunk(process, chunkRecords(request)) } satisfies ChunkResult);
});
