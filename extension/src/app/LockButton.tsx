import { useState } from 'preact/hooks';
import { useLanguage } from '../i18n/context';
import { useLock } from './lock-context';

/** Locks Trede on every page at once; shown in the header only while encryption is on and Trede is unlocked. */
export function LockButton() {
  const { t } = useLanguage();
  const control = useLock();
  const [busy, setBusy] = useState(false);
  if (control?.state.kind !== 'unlocked') return null;
  const lockNow = () => {
    if (busy) return;
    setBusy(true);
    control.lockNow().finally(() => setBusy(false));
  };
  return (
    <button type="button" class="lock-button" data-testid="lock-now" aria-busy={busy ? 'true' : undefined} onClick={lockNow}>
      {t('lock.button')}
    </button>
  );
}
