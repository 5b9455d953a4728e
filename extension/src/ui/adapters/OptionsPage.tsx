import { useEffect } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import type { TredeStore } from '../../store/repo';
import { AdaptersScreen } from '../screens/AdaptersScreen';
import { Shell } from '../../app/Shell';
import { StorageSettings } from '../settings/StorageSettings';
import { AuditScreen } from '../audit/AuditScreen';
import { OptionsNav } from '../settings/OptionsNav';
import { SettingsScreen } from '../settings/SettingsScreen';
import { LockSettings } from '../lock/LockSettings';
import '../../i18n/adapter-texts';

/** The options page's shell: title, language switch, and the adapters screen once the store is open. */
export function OptionsPage(props: { store: TredeStore | null; storeError?: unknown }) {
  const { lang, t } = useLanguage();
  useEffect(() => {
    document.title = t('adapters.page.title');
  }, [lang]);
  return (
    <div class="options">
      <Shell tagline={t('adapters.page.tagline')} mainClass="options-main" testId="options">
        {props.store ? (
          <>
            <OptionsNav />
            <AdaptersScreen store={props.store} />
            <SettingsScreen store={props.store} />
            <LockSettings store={props.store} />
            <StorageSettings store={props.store} />
            <AuditScreen store={props.store} />
          </>
        ) : props.storeError ? (
          <p class="notice notice-error" role="alert">
            {errorText(props.storeError, lang)}
          </p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </Shell>
    </div>
  );
}
