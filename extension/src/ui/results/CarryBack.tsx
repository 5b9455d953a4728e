import { formatSummary, type IntakeResult } from '@trede/core';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { AppContext } from '../../app/navigation';
import { useLanguage } from '../../i18n/context';
import { errorText } from '../../errors';
import type { MessageKey } from '../../i18n/t';
import type { EventAction } from '../../store/repo';
import '../../i18n/results-texts';
import '../../i18n/rights-texts';

/** The legacy way, for pages where the async clipboard is not available or not allowed. */
function copyWithTextarea(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  document.body.append(area);
  try {
    area.select();
    return document.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // denied or unavailable: fall through
  }
  return copyWithTextarea(text);
}

/**
 * Carrying the result back into the caseworker's own system: copy a plain-text summary (without any client
 * reference), or print. When copying is not possible the text is shown, selected, to copy by hand. When the
 * page in the active tab shows this client and its adapter names a notes field, the summary can go straight
 * into that field ("insert"); saving it there stays the caseworker's own click.
 */
export function CarryBack(props: { result: IntakeResult; clientKey?: string }) {
  const { lang, t } = useLanguage();
  const app = useContext(AppContext);
  const page = app?.page;
  const [auditError, setAuditError] = useState('');
  const linked = page?.status.kind === 'client' && page.status.clientKey === props.clientKey && page.status.writeBack ? page.status : null;
  const [inserted, setInserted] = useState<string>('');
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [text, setText] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (status === 'manual' && area.current) {
      area.current.focus();
      area.current.select();
    }
  }, [status, text]);

  /**
   * Writes the audit entry for data leaving Trede (SECURITY.md). Copy and print are recorded before the data
   * leaves, and do not happen when the entry cannot be written; an insert is recorded once the page took it.
   */
  async function audited(action: EventAction): Promise<boolean> {
    if (!app) return true;
    try {
      await app.store.recordEvent(action, props.clientKey ?? null, { intakeId: props.result.intakeId ?? null });
      setAuditError('');
      return true;
    } catch (e) {
      setAuditError(t(action === 'summary-inserted' ? 'carry.auditFailedAfterInsert' : 'carry.auditFailed', { detail: errorText(e, lang) }));
      return false;
    }
  }

  async function copy() {
    const summary = formatSummary(props.result, lang);
    if (!(await audited('summary-copied'))) return;
    setText(summary);
    setStatus((await copyText(summary)) ? 'copied' : 'manual');
  }

  async function insert() {
    if (!page) return;
    try {
      const written = await page.insertSummary(formatSummary(props.result, lang));
      if (written.ok) await audited('summary-inserted');
      setInserted(written.ok ? t('writeBack.done') : t('writeBack.failed', { why: t(`miss.${written.miss}` as MessageKey, { detail: written.detail }) }));
    } catch (e) {
      setInserted(t('writeBack.failed', { why: e instanceof Error ? e.message : String(e) }));
    }
  }

  async function print() {
    if (!(await audited('summary-printed'))) return;
    // Folded-away details (points not assessed, earlier judgements) belong on paper too.
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.screen details')) details.open = true;
    try {
      window.print();
    } catch {
      // printing is not available here (e.g. some embedded views); the print stylesheet still applies
    }
  }

  return (
    <div class="carry-back no-print">
      <div class="button-row">
        <button type="button" class="primary" data-testid="copy-summary" onClick={copy}>
          {t('results.copy')}
        </button>
        <button type="button" data-testid="print-view" onClick={print}>
          {t('results.print')}
        </button>
        {linked ? (
          <button type="button" data-testid="insert-summary" onClick={insert}>
            {t('writeBack.insert', { adapter: linked.adapterName })}
          </button>
        ) : null}
      </div>
      {auditError ? (
        <p class="notice notice-warn" role="alert" data-testid="carry-audit-error">
          {auditError}
        </p>
      ) : null}
      {inserted ? (
        <p data-testid="insert-status" role="status">
          {inserted}
        </p>
      ) : null}
      <p data-testid="copy-status" role="status" aria-live="polite" class={status === 'manual' ? 'status-warn' : 'status-ok'}>
        {status === 'copied' ? t('results.copied') : status === 'manual' ? t('results.copyManual') : ''}
      </p>
      {status === 'manual' ? (
        <label class="summary-text">
          {t('results.summaryText')}
          <textarea autocomplete="off" ref={area} data-testid="summary-text" readOnly rows={12} value={text} />
        </label>
      ) : null}
    </div>
  );
}
