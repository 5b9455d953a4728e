import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/context';
import type { Lang } from '../../i18n/t';
import type { VaultFailure } from '../../store/vault';
import '../../i18n/lock-texts';

/** A message for the caseworker, worded when shown (so it follows the language switch). */
export type Said = (lang: Lang) => string;

/** Why the vault refused, when it did (VaultError's reason); null for anything else. */
export function vaultReason(error: unknown): VaultFailure | null {
  const reason = error && typeof error === 'object' ? (error as { name?: unknown; reason?: unknown }) : null;
  return reason?.name === 'VaultError' && typeof reason.reason === 'string' ? (reason.reason as VaultFailure) : null;
}

/** The passphrase as the vault measures it (src/store/vault.ts): characters after NFC and trimming. */
export const passphraseLength = (passphrase: string): number => [...passphrase.normalize('NFC').trim()].length;

/**
 * A labelled passphrase field with its hint and its own error under it (aria-describedby, aria-invalid).
 * Never pre-filled, never spell-checked; `autocomplete` tells a password manager what it is.
 */
export function PassphraseField(props: {
  id: string;
  label: string;
  value: string;
  autocomplete: 'new-password' | 'current-password';
  hint?: string;
  error?: Said | null;
  testId: string;
  inputRef?: { current: HTMLInputElement | null };
  onInput(value: string): void;
}) {
  const { lang, t } = useLanguage();
  // Caps Lock is the usual reason a right passphrase is refused: said while it is on.
  const [capsLock, setCapsLock] = useState(false);
  const readCapsLock = (event: KeyboardEvent) => setCapsLock(event.getModifierState?.('CapsLock') === true);
  const hintId = props.hint ? `${props.id}-hint` : null;
  const errorId = props.error ? `${props.id}-error` : null;
  const capsId = capsLock ? `${props.id}-caps` : null;
  const describedBy = [hintId, errorId, capsId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="field-hint" id={hintId!}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        ref={props.inputRef}
        type="password"
        autocomplete={props.autocomplete}
        spellcheck={false}
        value={props.value}
        aria-describedby={describedBy}
        aria-invalid={props.error ? 'true' : undefined}
        data-testid={props.testId}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onKeyDown={readCapsLock}
        onKeyUp={readCapsLock}
        onBlur={() => setCapsLock(false)}
      />
      {capsLock ? (
        <p class="field-hint lock-caps" id={capsId!} role="status" data-testid={`${props.testId}-caps`}>
          {t('lock.capsLock')}
        </p>
      ) : null}
      {props.error ? (
        <p class="field-error" id={errorId!} data-testid={`${props.testId}-error`}>
          {props.error(lang)}
        </p>
      ) : null}
    </div>
  );
}

/** One line that says how an action went; it takes focus when it appears, so a screen reader reads it. */
export function Outcome(props: { said: Said | null; tone: 'ok' | 'error'; testId: string }) {
  const { lang } = useLanguage();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (props.said) ref.current?.focus();
  }, [props.said]);
  if (!props.said) return null;
  return (
    <p class={`notice notice-${props.tone}`} role={props.tone === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={ref} data-testid={props.testId}>
      {props.said(lang)}
    </p>
  );
}

/** Progress of sealing the records stored before encryption, in words and as a bar. */
export function SealingProgress(props: { progress: { done: number; total: number } | null; text: 'lock.setup.progress' | 'lock.unlock.progress' }) {
  const { t } = useLanguage();
  if (!props.progress || props.progress.total === 0) return null;
  const { done, total } = props.progress;
  const label = t(props.text, { done, total });
  return (
    <div class="lock-progress" role="status" data-testid="lock-progress">
      <p>{label}</p>
      <progress max={total} value={done} aria-label={label} />
    </div>
  );
}
