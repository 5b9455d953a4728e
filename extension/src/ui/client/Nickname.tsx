import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp } from '../../app/navigation';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';

/**
 * The caseworker's own nickname for a client ("J., dinsdag"), so a list of masked numbers stays readable.
 * Stored with the pseudonymous key. A nickname with a BSN, client number, phone number, e-mail address, IBAN or
 * postcode is refused by the store (src/store/free-text.ts) with a message that says which, and stays in the
 * field to be changed; a name or an address cannot be recognised reliably, so the hint asks for none.
 */
export function Nickname(props: { clientKey: string; label: string | undefined }) {
  const { store } = useApp();
  const { lang, t } = useLanguage();
  const [label, setLabel] = useState(props.label);
  useEffect(() => setLabel(props.label), [props.clientKey, props.label]);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) input.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
    setError(null);
  };

  const save = async (next: string | null) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await store.ensureClient(props.clientKey);
      setLabel((await store.setClientLabel(props.clientKey, next)).label);
      close();
    } catch (e) {
      setError(errorText(e, lang));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <p class="client-nickname">
        {label ? <span data-testid="nickname">{t('client.nickname', { label })}</span> : null}{' '}
        <button
          ref={editButton}
          type="button"
          class="link-button"
          data-testid="nickname-edit"
          onClick={() => {
            setValue(label ?? '');
            setEditing(true);
          }}
        >
          {label ? t('nickname.change') : t('nickname.add')}
        </button>
      </p>
    );
  }
  return (
    <form
      class="nickname-form"
      data-testid="nickname-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(value.trim() === '' ? null : value);
      }}
    >
      <label for="nickname-input">{t('nickname.label')}</label>
      <input
        autocomplete="off"
        ref={input}
        id="nickname-input"
        data-testid="nickname-input"
        value={value}
        aria-describedby={error ? 'nickname-hint nickname-error' : 'nickname-hint'}
        aria-invalid={error ? true : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Escape' && close()}
      />
      <p id="nickname-hint" class="field-hint">
        {t('nickname.hint')}
      </p>
      {error ? (
        <p class="field-error" role="alert" id="nickname-error" data-testid="nickname-error">
          {error}
        </p>
      ) : null}
      <div class="button-row">
        <button type="submit" class="button button-primary" data-testid="nickname-save" disabled={busy}>
          {t('nickname.save')}
        </button>
        <button type="button" class="button" data-testid="nickname-cancel" onClick={close}>
          {t('nickname.cancel')}
        </button>
      </div>
    </form>
  );
}
