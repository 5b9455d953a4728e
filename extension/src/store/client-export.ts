/**
 * The file a client gets when they ask what Trede holds about them (AVG art. 15 and 20): every record of that
 * client, as stored, in one versioned JSON document. Records that no longer pass their schema are included
 * too, raw, with the field at fault, so that nothing held is left out of the answer.
 */
import * as z from 'zod/mini';
import { ClientKeySchema, RECORD_SCHEMAS } from './schema';

export const CLIENT_EXPORT_SCHEMA = 'trede.client-export/1';

export const UnreadableExportSchema = z.strictObject({
  store: z.string(),
  key: z.string(),
  /** The first field that fails its store's schema. */
  field: z.string(),
  /** The record as stored (made JSON-safe). */
  record: z.unknown(),
});

export const ClientExportSchema = z.strictObject({
  schema: z.literal(CLIENT_EXPORT_SCHEMA),
  exportedAt: z.iso.datetime(),
  /** The scoring engine of the extension that wrote the file (each intake keeps its own). */
  engineVersion: z.string().check(z.minLength(1)),
  clientKey: ClientKeySchema,
  client: z.nullable(RECORD_SCHEMAS.clients),
  drafts: z.array(RECORD_SCHEMAS.drafts),
  intakes: z.array(RECORD_SCHEMAS.intakes),
  outcomes: z.array(RECORD_SCHEMAS.outcomes),
  audit: z.array(RECORD_SCHEMAS.audit),
  /** Records of the other stores that hold client data (e.g. ended intake sessions), by store, each checked by its store's schema. */
  otherRecords: z.record(z.string(), z.array(z.unknown())),
  unreadable: z.array(UnreadableExportSchema),
});
export type ClientExport = z.infer<typeof ClientExportSchema>;

export function clientExportFileName(data: ClientExport): string {
  return `trede-client-${data.clientKey.slice(0, 8)}-${data.exportedAt.slice(0, 10)}.json`;
}

export function clientExportText(data: ClientExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
