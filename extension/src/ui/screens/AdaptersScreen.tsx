import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { adapterFileName, adapterFileText } from '../../adapters/file';
import { grantedOrigins } from '../../adapters/permissions';
import type { Adapter } from '../../adapters/schema';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang } from '../../i18n/t';
import type { Listed, TredeStore } from '../../store/repo';
import type { AdapterRecord } from '../../store/schema';
import { allowOrigin, deleteAdapter, saveAdapters, type SaveOutcome } from '../adapters/actions';
import { AdapterForm } from '../adapters/AdapterForm';
import { AdapterList } from '../adapters/AdapterList';
import { downloadText } from '../adapters/download';
import { draftFromAdapter, type AdapterDraft } from '../adapters/draft';
import { ImportExport } from '../adapters/ImportExport';
import { NewAdapter } from '../adapters/NewAdapter';
import '../../i18n/adapter-texts';
import { UnreadableRecords } from '../UnreadableRecords';

/** A message after an action; `inactive` origins get an "allow" button next to it. */
interface Notice {
  tone: 'ok' | 'warn' | 'error';
  text(lang: Lang): string;
  inactive: string[];
}

interface Editing {
  draft: AdapterDraft;
  /** The stored adapter being edited; null for a new one. */
  original: Adapter | null;
}

function savedNotice(outcome: SaveOutcome): Notice {
  const [adapter] = outcome.saved;
  if (outcome.saved.length === 1 && adapter) {
    const params = { name: adapter.name, origin: adapter.origin };
    return outcome.inactive.length
      ? { tone: 'warn', text: (lang) => translate('adapters.saved.inactive', lang, params), inactive: outcome.inactive }
      : { tone: 'ok', text: (lang) => translate('adapters.saved.active', lang, params), inactive: [] };
  }
  const count = outcome.saved.length;
  return outcome.inactive.length
    ? {
        tone: 'warn',
        text: (lang) => translate('adapters.imported.inactive', lang, { count, origins: outcome.inactive.join(', ') }),
        inactive: outcome.inactive,
      }
    : { tone: 'ok', text: (lang) => translate('adapters.imported.active', lang, { count }), inactive: [] };
}

const failedNotice = (key: 'adapters.failed.delete' | 'adapters.failed.import' | 'adapters.failed.allow', error: unknown): Notice => ({
  tone: 'error',
  text: (lang) => translate(key, lang, { detail: errorText(error, lang) }),
  inactive: [],
});

/**
 * The options page's screen: the site adapters ("koppelingen") — list, create, edit, delete, import,
 * export, allow. Saving asks the browser for exactly the adapter's origin; the background is told after
 * every change so the content script follows.
 */
export function AdaptersScreen(props: { store: TredeStore }) {
  const { store } = props;
  const { lang, t } = useLanguage();
  const [listed, setListed] = useState<Listed<AdapterRecord> | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [granted, setGranted] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    try {
      const next = await store.listAdapters();
      next.items.sort((a, b) => a.adapter.name.localeCompare(b.adapter.name));
      setListed(next);
      setLoadError(null);
      setGranted(await grantedOrigins(next.items.map((record) => record.adapter.origin)));
    } catch (e) {
      setLoadError(e);
    }
  }, [store]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const adapters = listed?.items.map((record) => record.adapter) ?? [];

  const show = (next: Notice) => {
    setNotice(next);
    setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const startEditing = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  const stopEditing = () => {
    setEditing(null);
    setTimeout(() => listHeading.current?.focus(), 0);
  };

  // Each handler below is called straight from a click and starts its permission request first.
  const save = (adapter: Adapter) => {
    const original = editing?.original ?? null;
    return saveAdapters(store, [adapter], original ? [original] : []).then(async (outcome) => {
      setEditing(null);
      await reload();
      show(savedNotice(outcome));
    });
  };

  const importAdapters = (incoming: Adapter[]) => {
    const replaced = adapters.filter((stored) => incoming.some((a) => a.id === stored.id));
    return saveAdapters(store, incoming, replaced).then(
      async (outcome) => {
        // Each adapter's save is audited by the store; this entry says they came from a file (no client data).
        await store.recordEvent('adapters-imported', null, { count: outcome.saved.length }).catch((e: unknown) => console.warn('Trede: audit entry for the import failed', e));
        await reload();
        show(savedNotice(outcome));
      },
      (e: unknown) => {
        show(failedNotice('adapters.failed.import', e));
        void reload();
        throw e;
      },
    );
  };

  const allow = (origin: string) => {
    void allowOrigin(origin).then(
      async (ok) => {
        await reload();
        show(
          ok
            ? { tone: 'ok', text: (l) => translate('adapters.allowed', l, { origin }), inactive: [] }
            : { tone: 'warn', text: (l) => translate('adapters.refused', l, { origin }), inactive: [origin] },
        );
      },
      (e: unknown) => show(failedNotice('adapters.failed.allow', e)),
    );
  };

  const remove = (adapter: Adapter) => {
    void deleteAdapter(store, adapter).then(
      async () => {
        await reload();
        show({ tone: 'ok', text: (l) => translate('adapters.deleted', l, { name: adapter.name }), inactive: [] });
      },
      (e: unknown) => show(failedNotice('adapters.failed.delete', e)),
    );
  };

  const exportAdapters = (list: readonly Adapter[]) => {
    downloadText(adapterFileText(list), adapterFileName(list));
    // Adapters hold no client data: the download does not wait for its audit entry.
    void store.recordEvent('adapters-exported', null, { count: list.length }).catch((e: unknown) => console.warn('Trede: audit entry for the export failed', e));
  };

  const otherIds = new Set(adapters.map((a) => a.id).filter((id) => id !== editing?.original?.id));

  return (
    <section class="screen adapters-screen" data-testid="screen-adapters">
      {notice ? (
        <div
          class={`notice notice-${notice.tone}`}
          role={notice.tone === 'ok' ? 'status' : 'alert'}
          tabIndex={-1}
          ref={noticeRef}
          data-testid="adapters-notice"
          data-tone={notice.tone}
        >
          <p>{notice.text(lang)}</p>
          {notice.inactive.map((origin) => (
            <button type="button" class="button" key={origin} data-testid="notice-allow" onClick={() => allow(origin)}>
              {t('adapters.allow', { origin })}
            </button>
          ))}
        </div>
      ) : null}

      {editing ? (
        <AdapterForm initial={editing.draft} editingId={editing.original?.id ?? null} otherIds={otherIds} onSave={save} onCancel={stopEditing} />
      ) : (
        <>
          <section class="adapters-section" aria-labelledby="adapters-list-heading">
            <h2 id="adapters-list-heading" tabIndex={-1} ref={listHeading}>
              {t('adapters.list.title')}
            </h2>
            <p class="muted">{t('adapters.list.intro')}</p>
            {loadError ? (
              <p class="notice notice-error" role="alert">
                {errorText(loadError, lang)}
              </p>
            ) : null}
            {listed === null && !loadError ? <p role="status">{t('adapters.list.loading')}</p> : null}
            <UnreadableRecords errors={listed?.errors ?? []} heading={t('adapters.list.unreadable', { count: listed?.errors.length ?? 0 })} testId="adapters-unreadable" />
            {listed ? (
              <AdapterList
                adapters={adapters}
                granted={granted}
                onEdit={(adapter) => startEditing({ draft: draftFromAdapter(adapter), original: adapter })}
                onExport={(adapter) => exportAdapters([adapter])}
                onDelete={remove}
                onAllow={allow}
              />
            ) : null}
            <NewAdapter onStart={(draft) => startEditing({ draft, original: null })} />
          </section>
          <ImportExport adapters={adapters} onExportAll={() => exportAdapters(adapters)} onImport={importAdapters} />
        </>
      )}
    </section>
  );
}
