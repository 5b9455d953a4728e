import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { normaliseReference } from '../../client-key';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang, type MessageKey } from '../../i18n/t';
import type { TredeStore } from '../../store/repo';
import type { AuditRecord } from '../../store/schema';
import { downloadText } from '../adapters/download';
import { formatWhen } from '../dates';
import { auditCsv, auditFileName, auditJson, type AuditFileFormat } from './audit-file';
import '../../i18n/rights-texts';

/** Entries per page. */
export const AUDIT_PAGE = 100;

interface Page {
  entries: AuditRecord[];
  unreadable: number;
  more: boolean;
}

interface Notice {
  tone: 'ok' | 'error';
  text(lang: Lang): string;
}

const detailText = (detail: AuditRecord['detail']): string =>
  Object.entries(detail)
    .map(([key, value]) => `${key}: ${value === null ? '—' : String(value)}`)
    .join(', ');

/**
 * The audit trail, newest first, a page at a time; optionally of one client, found by typing the client's
 * reference (turned into the key at once, never kept); exported as JSON or CSV (which is itself audited).
 */
export function AuditScreen(props: { store: TredeStore }) {
  const { store } = props;
  const { lang, t } = useLanguage();
  const [page, setPage] = useState<Page | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [reference, setReference] = useState('');
  const [filterKey, setFilterKey] = useState<string | null>(null);
  const [filterError, setFilterError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const load = useCallback(
    async (previous: Page | null) => {
      try {
        const before = previous?.entries.at(-1)?.id ?? null;
        const next = await store.listAuditPage({ ...(filterKey ? { clientKey: filterKey } : {}), before, limit: AUDIT_PAGE });
        setPage({
          entries: [...(previous?.entries ?? []), ...next.items],
          unreadable: (previous?.unreadable ?? 0) + next.errors.length,
          more: next.more,
        });
        setReadError(null);
      } catch (e) {
        setReadError(e);
      }
    },
    [store, filterKey],
  );

  useEffect(() => {
    setPage(null);
    void load(null);
  }, [load]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const filter = async (event: Event) => {
    event.preventDefault();
    const typed = reference;
    if (normaliseReference(typed) === '') {
      setFilterError(t('error.client.emptyReference'));
      return;
    }
    try {
      const key = await store.clientKeyFor(typed);
      setReference('');
      setFilterError(null);
      setFilterKey(key);
    } catch (e) {
      setFilterError(errorText(e, lang));
    }
  };

  const exportAs = async (format: AuditFileFormat) => {
    try {
      const listed = await store.listAudit(filterKey ?? undefined);
      await store.recordEvent('audit-exported', filterKey, { format, count: listed.items.length });
      const exportedAt = new Date().toISOString();
      const file = auditFileName(format, exportedAt);
      downloadText(format === 'json' ? auditJson(listed.items, exportedAt, listed.errors.length) : auditCsv(listed.items), file, format === 'json' ? 'application/json' : 'text/csv');
      setNotice({ tone: 'ok', text: (l) => translate('auditScreen.exported', l, { count: listed.items.length, file }) });
      void load(null);
    } catch (e) {
      setNotice({ tone: 'error', text: (l) => translate('auditScreen.exportFailed', l, { detail: errorText(e, l) }) });
    }
  };

  return (
    <section class="screen audit-screen" data-testid="screen-audit" aria-labelledby="audit-heading">
      <h2 id="audit-heading" tabIndex={-1}>
        {t('auditScreen.heading')}
      </h2>
      <p class="muted">{t('auditScreen.intro')}</p>

      <form class="group" onSubmit={filter} noValidate>
        <div class="field">
          <label for="audit-filter">{t('auditScreen.filter.label')}</label>
          <input
            id="audit-filter"
            type="text"
            autocomplete="off"
            spellcheck={false}
            data-testid="audit-filter"
            value={reference}
            aria-describedby={filterError ? 'audit-filter-hint audit-filter-error' : 'audit-filter-hint'}
            aria-invalid={filterError ? 'true' : undefined}
            onInput={(e) => setReference(e.currentTarget.value)}
          />
          <p class="field-hint" id="audit-filter-hint">
            {t('auditScreen.filter.hint')}
          </p>
          {filterError ? (
            <p class="field-error" id="audit-filter-error" role="alert">
              {filterError}
            </p>
          ) : null}
        </div>
        <div class="button-row">
          <button type="submit" class="button" data-testid="audit-filter-apply">
            {t('auditScreen.filter.apply')}
          </button>
          {filterKey ? (
            <button type="button" class="button" data-testid="audit-filter-clear" onClick={() => setFilterKey(null)}>
              {t('auditScreen.filter.clear')}
            </button>
          ) : null}
        </div>
        {filterKey ? <p data-testid="audit-filter-active">{t('auditScreen.filter.active', { key: filterKey.slice(0, 12) })}</p> : null}
      </form>

      <div class="button-row">
        <button type="button" class="button" data-testid="audit-export-json" onClick={() => void exportAs('json')}>
          {t('auditScreen.export.json')}
        </button>
        <button type="button" class="button" data-testid="audit-export-csv" onClick={() => void exportAs('csv')}>
          {t('auditScreen.export.csv')}
        </button>
      </div>
      {notice ? (
        <p class={`notice notice-${notice.tone}`} role={notice.tone === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={noticeRef} data-testid="audit-notice">
          {notice.text(lang)}
        </p>
      ) : null}

      {readError ? (
        <p class="notice notice-error" role="alert">
          {t('auditScreen.readFailed', { detail: errorText(readError, lang) })}
        </p>
      ) : null}
      {page === null && !readError ? <p role="status">{t('auditScreen.loading')}</p> : null}
      {page?.unreadable ? (
        <p class="notice notice-warn" role="alert" data-testid="audit-unreadable">
          {t('auditScreen.unreadable', { count: page.unreadable })}
        </p>
      ) : null}
      {page && page.entries.length === 0 ? <p data-testid="audit-empty">{t('auditScreen.empty')}</p> : null}
      {page?.entries.length ? (
        <table class="audit-table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('auditScreen.col.at')}</th>
              <th scope="col">{t('auditScreen.col.action')}</th>
              <th scope="col">{t('auditScreen.col.actor')}</th>
              <th scope="col">{t('auditScreen.col.client')}</th>
              <th scope="col">{t('auditScreen.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <td>{formatWhen(entry.at, lang)}</td>
                <td>{t(`audit.${entry.action}` as MessageKey)}</td>
                <td>{entry.actor ?? t('auditScreen.noActor')}</td>
                <td>{entry.clientKey ? <code>{entry.clientKey.slice(0, 12)}…</code> : t('auditScreen.noClient')}</td>
                <td class="audit-detail">{detailText(entry.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {page?.more ? (
        <div class="button-row">
          <button type="button" class="button" data-testid="audit-more" onClick={() => void load(page)}>
            {t('auditScreen.more')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
