/**
 * The audit trail as a file: JSON (trede.audit-export/1, the entries as stored) or CSV (one row per entry,
 * for a spreadsheet). Entries hold codes only (src/store/schema.ts, AuditWriteSchema), but a CSV cell that
 * starts like a formula is still neutralised, since a spreadsheet would run it.
 */
import type { AuditRecord } from '../../store/schema';

export const AUDIT_EXPORT_SCHEMA = 'trede.audit-export/1';

export type AuditFileFormat = 'json' | 'csv';

export function auditJson(entries: readonly AuditRecord[], exportedAt: string, unreadable: number): string {
  return `${JSON.stringify({ schema: AUDIT_EXPORT_SCHEMA, exportedAt, unreadable, entries }, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'at', 'action', 'actor', 'clientKey', 'detail'] as const;

/** One CSV cell: quoted when needed, and a leading = + - @ tab or CR made inert with an apostrophe. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsv(entries: readonly AuditRecord[]): string {
  const rows = entries.map((entry) => CSV_COLUMNS.map((column) => csvCell(column === 'detail' ? entry.detail : entry[column])).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function auditFileName(format: AuditFileFormat, exportedAt: string): string {
  return `trede-logboek-${exportedAt.slice(0, 10)}.${format}`;
}
