import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang } from '../../i18n/t';
import { clientExportFileName, clientExportText, type ClientExport } from '../../store/client-export';
import type { ClientCounts } from '../../store/client-rights';
import { downloadText } from '../adapters/download';
import { ClientRecordView } from './ClientRecordView';
import { countList, heldRows, storeLabel } from './store-labels';
import '../../i18n/rights-texts';

interface Notice {
  tone: 'ok' | 'warn';
  text(lang: Lang): string;
}

/**
 * The client's rights, from the client screen: what Trede keeps about the client (counts per kind), a copy
 * as a file (JSON) or on paper (print view), and deleting all of it after a second, explicit confirmation
 * that names what goes. Exporting, printing and deleting are audited by the store.
 */
export function ClientRightsScreen() {
  const { store, view, navigate, maskedReference } = useApp();
  const { lang, t } = useLanguage();
  const clientKey = view.screen === 'rights' ? view.clientKey : '';
  const [counts, setCounts] = useState<ClientCounts | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [record, setRecord] = useState<ClientExport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const recordRef = useRef<HTMLDivElement>(null);

  const recount = useCallback(() => {
    store.countClientRecords(clientKey).then(
      (next) => {
        setCounts(next);
        setReadError(null);
      },
      (e: unknown) => setReadError(e),
    );
  }, [store, clientKey]);

  useEffect(recount, [recount]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (record) recordRef.current?.focus();
  }, [record]);

  const act = async (work: () => Promise<Notice | null>, failure: 'rights.exportFailed' | 'rights.printFailed' | 'rights.deleteFailed') => {
    if (busy) return;
    setBusy(true);
    try {
      setNotice(await work());
    } catch (e) {
      setNotice({ tone: 'warn', text: (l) => translate(failure, l, { detail: errorText(e, l) }) });
    } finally {
      setBusy(false);
      recount();
    }
  };

  const exportFile = () =>
    act(async () => {
      const data = await store.exportClient(clientKey);
      const file = clientExportFileName(data);
      downloadText(clientExportText(data), file);
      return { tone: 'ok', text: (l) => translate('rights.exported', l, { file }) };
    }, 'rights.exportFailed');

  const showRecord = () =>
    act(async () => {
      setRecord(await store.readClientData(clientKey));
      return null;
    }, 'rights.printFailed');

  const print = () =>
    act(async () => {
      // Recorded before the page goes to the printer: a print that cannot be audited does not happen.
      await store.recordEvent('client-printed', clientKey);
      window.print();
      return null;
    }, 'rights.printFailed');

  const erase = () =>
    act(async () => {
      const removed = await store.eraseClient(clientKey);
      setConfirming(false);
      setRecord(null);
      return { tone: 'ok', text: (l) => translate('rights.deleted', l, { list: countList(removed, l) }) };
    }, 'rights.deleteFailed');

  const rows = counts ? heldRows(counts) : [];
  const noticeText = notice?.text(lang) ?? '';

  return (
    <section class="screen rs-screen rights-screen" data-testid="screen-rights">
      <div class="no-print">
        <nav class="screen-nav" aria-label={t('rights.heading')}>
          <button type="button" class="link-button" data-testid="back-to-client" onClick={() => navigate({ screen: 'client' })}>
            ← {t('rights.back')}
          </button>
        </nav>
        <h2>{t('rights.heading')}</h2>
        <p class="muted">{t('rights.intro')}</p>

        {noticeText ? (
          <div class={`notice notice-${notice?.tone}`} role={notice?.tone === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={noticeRef} data-testid="rights-notice">
            {noticeText}
          </div>
        ) : null}

        <section class="results-section" aria-labelledby="rights-held-heading">
          <h3 id="rights-held-heading">{t('rights.held')}</h3>
          {readError ? (
            <p class="notice notice-warn" role="alert">
              {t('rights.readError', { detail: errorText(readError, lang) })}
            </p>
          ) : counts === null ? (
            <p role="status">{t('rights.loading')}</p>
          ) : rows.length === 0 ? (
            <p data-testid="rights-nothing">{t('rights.nothing')}</p>
          ) : (
            <table class="data-table" data-testid="rights-counts">
              <thead>
                <tr>
                  <th scope="col">{t('rights.col.what')}</th>
                  <th scope="col">{t('rights.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(([store, count]) => (
                  <tr key={store} data-store={store}>
                    <td>{storeLabel(store, lang)}</td>
                    <td>{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        {rows.length ? (
          <div class="button-row">
            <button type="button" class="primary" data-testid="rights-export" disabled={busy} onClick={exportFile}>
              {t('rights.export')}
            </button>
            <button type="button" data-testid="rights-print-view" disabled={busy} onClick={showRecord}>
              {t('rights.printView')}
            </button>
            {!confirming ? (
              <button type="button" data-testid="rights-delete" disabled={busy} onClick={() => setConfirming(true)}>
                {t('rights.delete')}
              </button>
            ) : null}
          </div>
        ) : null}

        {confirming && counts ? (
          <div class="notice notice-warn" role="group" aria-labelledby="rights-delete-question" data-testid="rights-delete-confirm">
            <p id="rights-delete-question">{t('rights.deleteConfirm')}</p>
            <ul data-testid="rights-delete-list">
              {rows.map(([store, count]) => (
                <li key={store}>{t('rights.countLine', { what: storeLabel(store, lang), count })}</li>
              ))}
            </ul>
            <p>{t('rights.deleteNote')}</p>
            <div class="button-row">
              <button type="button" class="primary" ref={confirmRef} data-testid="rights-delete-yes" disabled={busy} onClick={erase}>
                {t('rights.deleteYes')}
              </button>
              <button type="button" data-testid="rights-delete-no" onClick={() => setConfirming(false)}>
                {t('rights.deleteNo')}
              </button>
            </div>
          </div>
        ) : null}
      </div>

      {record ? (
        <div class="client-record-wrap" tabIndex={-1} ref={recordRef} aria-label={t('rights.printView')}>
          <div class="button-row no-print">
            <button type="button" class="primary" data-testid="rights-print" disabled={busy} onClick={print}>
              {t('rights.printNow')}
            </button>
            <button type="button" data-testid="rights-print-close" onClick={() => setRecord(null)}>
              {t('rights.printClose')}
            </button>
          </div>
          <ClientRecordView data={record} reference={maskedReference} />
        </div>
      ) : null}
    </section>
  );
}
