import type { Lang } from '@trede/core';
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import '../../i18n/storage-settings-texts';
import { askPersistence, persistenceState, type PersistenceState } from '../../store/persistence';
import type { TredeStore } from '../../store/repo';
import { formatWhen } from '../dates';

/** "12,3 MB" in the caseworker's language. */
function megabytes(bytes: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(bytes / 1_000_000)} MB`;
}

/**
 * Whether the browser keeps Trede's data when the disk fills up (persistent storage), how much is in use,
 * when Trede asked, and a button to ask again. Trede asks once by itself (src/store/persistence.ts).
 */
export function StorageSettings(props: { store: TredeStore }) {
  const { lang, t } = useLanguage();
  const [state, setState] = useState<PersistenceState | null>(null);
  const [askedAt, setAskedAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const read = async () => {
    const [now, settings] = await Promise.all([persistenceState(), props.store.getSettings()]);
    setState(now);
    setAskedAt(settings.persistenceAskedAt);
  };
  useEffect(() => {
    read().catch((e: unknown) => setError(e));
  }, [props.store]);

  const ask = async () => {
    setBusy(true);
    setError(null);
    try {
      await askPersistence();
      await props.store.saveSettings({ persistenceAskedAt: new Date().toISOString() });
      await read();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const persisted = state?.persisted;
  return (
    <section class="storage-settings" data-testid="storage-settings" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storage.heading')}</h2>
      {state ? (
        <p data-testid="storage-persisted" data-persisted={String(persisted)}>
          {persisted === true ? t('storage.persisted') : persisted === false ? t('storage.notPersisted') : t('storage.unknown')}
        </p>
      ) : null}
      {state?.usage != null && state.quota != null ? (
        <p data-testid="storage-usage">{t('storage.usage', { used: megabytes(state.usage, lang), quota: megabytes(state.quota, lang) })}</p>
      ) : null}
      {askedAt ? <p>{t('storage.asked', { when: formatWhen(askedAt, lang) })}</p> : null}
      {persisted === false ? (
        <button type="button" class="button" data-testid="storage-ask" disabled={busy} onClick={ask}>
          {t('storage.ask')}
        </button>
      ) : null}
      {error ? (
        <p class="notice notice-error" role="alert">
          {t('storage.askFailed', { detail: errorText(error, lang) })}
        </p>
      ) : null}
    </section>
  );
}
