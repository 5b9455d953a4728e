import { describe, expect, it } from 'vitest';
import { auditCsv, auditJson, csvCell } from '../src/ui/audit/audit-file';
import type { AuditRecord } from '../src/store/schema';

const entry: AuditRecord = { id: 7, at: '2026-11-23T09:00:00.000Z', action: 'summary-copied', actor: 'JDV', clientKey: 'a'.repeat(64), detail: { intakeId: 'x', count: 2 } };

describe('the audit trail as a file', () => {
  it('CSV: one row per entry, the detail as JSON in one quoted cell', () => {
    const lines = auditCsv([entry]).split('\r\n');
    expect(lines[0]).toBe('id,at,action,actor,clientKey,detail');
    expect(lines[1]).toBe(`7,2026-11-23T09:00:00.000Z,summary-copied,JDV,${'a'.repeat(64)},"{""intakeId"":""x"",""count"":2}"`);
    expect(lines[2]).toBe('');
  });

  it('a cell a spreadsheet would run as a formula is made inert', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx']) expect(csvCell(text).replace(/^"/, '').startsWith("'"), text).toBe(true);
    expect(csvCell('https://zaak.example.nl')).toBe('https://zaak.example.nl');
    expect(csvCell(null)).toBe('');
  });

  it('JSON: trede.audit-export/1 with the entries as stored and how many could not be read', () => {
    expect(JSON.parse(auditJson([entry], '2026-11-24T10:00:00.000Z', 1))).toEqual({ schema: 'trede.audit-export/1', exportedAt: '2026-11-24T10:00:00.000Z', unreadable: 1, entries: [entry] });
  });
});
