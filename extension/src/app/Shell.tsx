import type { ComponentChildren } from 'preact';
import { errorText } from '../errors';
import { useLanguage } from '../i18n/context';
import { LanguageSwitch } from './LanguageSwitch';
import { LockButton } from './LockButton';

/**
 * What every Trede page has around its content: the header (name, what the page is for, the lock button while
 * encryption is on, NL/EN), a notice when the stored settings could not be read, and the reminder that data
 * stays on this computer.
 */
export function Shell(props: { tagline: string; mainClass: string; testId: string; children: ComponentChildren; footer?: ComponentChildren }) {
  const { lang, t, error } = useLanguage();
  return (
    <>
      <header class="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <span class="app-tagline">{props.tagline}</span>
        </div>
        <div class="app-header-tools">
          <LockButton />
          <LanguageSwitch />
        </div>
      </header>
      {error ? (
        <p class="app-error" role="alert">
          {t('app.settingsUnreadable')} <small>{errorText(error, lang)}</small>
        </p>
      ) : null}
      <main class={props.mainClass} data-testid={props.testId}>
        {props.children}
        <p class="app-note">{t('app.localOnly')}</p>
        {props.footer}
      </main>
    </>
  );
}
