import { useEffect, useRef } from 'preact/hooks';
import { useLock } from '../../app/lock-context';
import { useLanguage } from '../../i18n/context';
import { SetUpForm } from './SetUpForm';
import { UnlockScreen } from './UnlockScreen';

/** First run (or an install from before encryption): choose encryption, with a passphrase, or none. */
function SetUpScreen(props: { hasData: boolean; onDone(): void }) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus starts at the top, so the warning is read before the passphrase fields.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="lock-screen" data-testid="setup-screen" aria-labelledby="setup-heading">
      <h2 id="setup-heading" tabIndex={-1} ref={heading}>
        {t('lock.setup.heading')}
      </h2>
      <p>{t('lock.setup.intro')}</p>
      <SetUpForm existing={props.hasData ? 'lock.setup.existing' : null} offerPlain onDone={props.onDone} />
    </section>
  );
}

/** What a page shows while Trede is not open: set up or unlock, as the lock's state says (src/app/boot.tsx). */
export function LockScreens() {
  const control = useLock();
  if (!control) return null;
  const { state, refresh } = control;
  if (state.kind === 'unset') return <SetUpScreen hasData={state.hasData} onDone={refresh} />;
  if (state.kind === 'locked') return <UnlockScreen onUnlocked={refresh} />;
  return null;
}
