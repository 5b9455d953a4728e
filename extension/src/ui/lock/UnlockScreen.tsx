import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate, type Lang } from '../../i18n/t';
import { unlock } from '../../store/lock-actions';
import { EraseEverything } from './EraseEverything';
import { PassphraseField, SealingProgress, vaultReason, type Said } from './fields';

/**
 * Trede is locked: the passphrase opens it. A wrong passphrase says so under the field and changes nothing;
 * the field keeps focus with its text selected, to type it again. What to do when the passphrase is lost is
 * said on the same screen: nobody can recover it; the data can only be erased, to start again.
 */
export function UnlockScreen(props: { onUnlocked(): void }) {
  const { t } = useLanguage();
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<Said | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const field = useRef<HTMLInputElement | null>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!passphrase) {
      setProblem(() => (l: Lang) => translate('lock.error.empty', l));
      field.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await unlock(passphrase, (done, total) => setProgress({ done, total }));
      setPassphrase('');
      props.onUnlocked();
    } catch (error) {
      setProblem(() =>
        vaultReason(error) === 'wrong-passphrase'
          ? (l: Lang) => translate('lock.unlock.wrong', l)
          : (l: Lang) => translate('lock.unlock.failed', l, { detail: errorText(error, l) }),
      );
      setBusy(false);
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <section class="lock-screen" data-testid="unlock-screen" aria-labelledby="unlock-heading">
      <h2 id="unlock-heading">{t('lock.unlock.heading')}</h2>
      <p>{t('lock.unlock.intro')}</p>
      <form onSubmit={submit} noValidate data-testid="unlock-form" aria-busy={busy ? 'true' : undefined}>
        <PassphraseField
          id="unlock-passphrase"
          label={t('lock.field.passphrase')}
          autocomplete="current-password"
          value={passphrase}
          error={problem}
          testId="unlock-passphrase"
          inputRef={field}
          onInput={setPassphrase}
        />
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy} data-testid="unlock-submit">
            {t('lock.unlock.submit')}
          </button>
          {busy ? <span role="status">{t('lock.unlock.busy')}</span> : null}
        </div>
        <SealingProgress progress={progress} text="lock.unlock.progress" />
      </form>
      <div class="lock-lost" data-testid="unlock-lost">
        <h3>{t('lock.unlock.lostHeading')}</h3>
        <p>{t('lock.unlock.lost')}</p>
        <EraseEverything onErased={props.onUnlocked} />
      </div>
    </section>
  );
}
