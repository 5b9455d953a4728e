import type { AdapterProblem } from '../../adapters/errors';
import { fragileParts } from '../../adapters/fragile-selectors';
import { useLanguage } from '../../i18n/context';

/** The ids an input's aria-describedby lists: its hint, its error and its warning, where there are. */
export function describedBy(id: string, hint: boolean, problems: readonly AdapterProblem[], warnings: readonly string[] = []): string | undefined {
  const ids = [hint ? `${id}-hint` : '', problems.length ? `${id}-error` : '', warnings.length ? `${id}-warning` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const FRAGILITY_TEXT = {
  'generated-id': 'adapters.fragile.generatedId',
  'generated-class': 'adapters.fragile.generatedClass',
  position: 'adapters.fragile.position',
} as const;

/** Warnings about a selector that may break with the next client or release (src/adapters/fragile-selectors.ts). */
export function useSelectorWarnings(): (selector: string) => string[] {
  const { t } = useLanguage();
  return (selector) =>
    fragileParts(selector).map((f) => t(FRAGILITY_TEXT[f.kind], { part: f.part }));
}

/** The problems of one field, under it; its id is what the field's aria-describedby points at. */
export function FieldError(props: { id: string; problems: readonly AdapterProblem[] }) {
  const { lang } = useLanguage();
  if (!props.problems.length) return null;
  return (
    <p class="field-error" id={`${props.id}-error`} data-testid={`${props.id}-error`}>
      {props.problems.map((p) => p.text(lang)).join(' ')}
    </p>
  );
}

/** A labelled one-line text input with an optional hint and its problems. Selectors and patterns are code: no spell check. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  problems: readonly AdapterProblem[];
  hint?: string;
  /** Not errors: the value may be right, but is likely to break (shown under the field, saving still works). */
  warnings?: readonly string[];
  required?: boolean;
  code?: boolean;
}) {
  const { t } = useLanguage();
  const { id, problems } = props;
  const warnings = props.warnings ?? [];
  return (
    <div class="field">
      <label for={id}>
        {props.label}
        {props.required ? <span class="required"> {t('adapters.required')}</span> : null}
      </label>
      {props.hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        class={props.code ? 'code' : undefined}
        data-testid={id}
        value={props.value}
        spellcheck={props.code ? false : undefined}
        autocomplete="off"
        aria-required={props.required ? true : undefined}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy(id, Boolean(props.hint), problems, warnings)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldError id={id} problems={problems} />
      {warnings.length ? (
        <p class="field-warning" id={`${id}-warning`} data-testid={`${id}-warning`}>
          {warnings.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
