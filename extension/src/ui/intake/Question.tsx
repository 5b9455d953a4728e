import type { AnswerValue, InstrumentDefinition, ItemDefinition, ResponseOption } from '@trede/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLanguage } from '../../i18n/context';
import '../../i18n/intake-screen-texts';
import { allowedText, checkNumber, isAnswered } from './model';

export interface QuestionProps {
  item: ItemDefinition;
  instrument: InstrumentDefinition;
  value: AnswerValue | undefined;
  /** undefined = no answer (the question goes back to unanswered). `typing`: a number still being typed. */
  onAnswer(itemId: string, value: AnswerValue | undefined, options?: { typing?: boolean }): void;
  /** Focus left the question's field: what was typed is saved now. */
  onLeave?(): void;
  /** The adapter this answer came from, while it is still the host page's value. */
  prefilledFrom?: string;
  /** The text of the question this one follows up on: it is shown only after a particular answer there. */
  followUpTo?: string;
}

/** An id usable in HTML id / aria attributes (item ids contain dots). */
export function domId(itemId: string, suffix: string): string {
  return `q-${itemId.replace(/[^A-Za-z0-9_-]/g, '-')}-${suffix}`;
}

type Option = ResponseOption<number> | ResponseOption<string> | { value: boolean; label: { nl: string; en: string } };

/**
 * One question: a fieldset whose legend is the item's text, with native controls (radio groups for scale,
 * choice and yes/no items, so arrow keys move within a group and Tab between groups; a number field; check
 * boxes for a checklist). The hint, the answered state and any error are the inputs' descriptions.
 */
export function Question({ item, instrument, value, onAnswer, onLeave, prefilledFrom, followUpTo }: QuestionProps) {
  const { lang, t } = useLanguage();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const answered = isAnswered(value);
  const legendId = domId(item.id, 'legend');
  const hintId = domId(item.id, 'hint');
  const statusId = domId(item.id, 'status');
  const errorId = domId(item.id, 'error');
  const name = domId(item.id, 'input');

  // The number field keeps what was typed, also when it is not (yet) a valid answer.
  const [text, setText] = useState(() => (typeof value === 'number' ? String(value) : ''));
  const [error, setError] = useState<string | null>(null);
  const numberInput = useRef<HTMLInputElement>(null);

  // The answer changed from elsewhere (another window on the same intake): show it, unless the caseworker is
  // typing in this field or what is typed is waiting to be corrected.
  useEffect(() => {
    if (item.type !== 'number' || error || document.activeElement === numberInput.current) return;
    const shown = checkNumber(item, text);
    if (!shown.ok || shown.value !== (typeof value === 'number' ? value : null)) setText(typeof value === 'number' ? String(value) : '');
  }, [value]);

  const describedBy = [item.hint ? hintId : null, statusId, error ? errorId : null].filter(Boolean).join(' ');

  const clear = () => {
    setText('');
    setError(null);
    onAnswer(item.id, undefined);
    // The button disappears with the answer: keep the keyboard in this question.
    queueMicrotask(() => fieldset.current?.querySelector<HTMLInputElement>('input')?.focus());
  };

  const radios = (options: readonly Option[]) => (
    <div class="q-options" role="presentation">
      {options.map((option) => {
        const id = `${name}-${String(option.value)}`;
        return (
          <label class="q-option" for={id} key={String(option.value)}>
            <input
              autocomplete="off"
              type="radio"
              id={id}
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              aria-describedby={describedBy}
              onChange={() => onAnswer(item.id, option.value)}
            />
            <span>{option.label[lang]}</span>
          </label>
        );
      })}
    </div>
  );

  let control;
  switch (item.type) {
    case 'scale':
      control = radios(instrument.responseScale?.options ?? []);
      break;
    case 'choice':
      control = radios(item.options);
      break;
    case 'boolean':
      control = radios([
        { value: true, label: { nl: t('intake.yes'), en: t('intake.yes') } },
        { value: false, label: { nl: t('intake.no'), en: t('intake.no') } },
      ]);
      break;
    case 'multi': {
      const selected = Array.isArray(value) ? value : [];
      control = (
        <div class="q-options" role="presentation">
          {item.options.map((option) => {
            const id = `${name}-${option.value}`;
            return (
              <label class="q-option" for={id} key={option.value}>
                <input
                  autocomplete="off"
                  type="checkbox"
                  id={id}
                  name={name}
                  value={option.value}
                  checked={selected.includes(option.value)}
                  aria-describedby={describedBy}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    const next = item.options.map((o) => o.value).filter((code) => (code === option.value ? on : selected.includes(code)));
                    onAnswer(item.id, next.length ? next : undefined);
                  }}
                />
                <span>{option.label[lang]}</span>
              </label>
            );
          })}
        </div>
      );
      break;
    }
    case 'number': {
      const unitId = domId(item.id, 'unit');
      const commit = (input: HTMLInputElement) => {
        const checked = checkNumber(item, input.value, input.validity?.badInput === true);
        if (checked.ok) {
          setError(null);
          onAnswer(item.id, checked.value ?? undefined);
        } else {
          const allowed = allowedText(item, instrument, lang);
          setError(t(checked.reason === 'not-a-number' ? 'intake.numberNotANumber' : 'intake.numberInvalid', { allowed: `${allowed} ${item.unit[lang]}` }));
          // A refused number is no answer: the question shows (and the draft keeps) it as unanswered.
          if (answered) onAnswer(item.id, undefined);
        }
      };
      // While typing: a valid number (or an emptied field) is saved after a short pause; a number that is not
      // valid yet is left alone until the field is left, when commit() says what is wrong.
      const typing = (input: HTMLInputElement) => {
        setText(input.value);
        const checked = checkNumber(item, input.value, input.validity?.badInput === true);
        if (!checked.ok) return;
        if (error) setError(null);
        onAnswer(item.id, checked.value ?? undefined, { typing: true });
      };
      control = (
        <div class="q-number">
          <input
            autocomplete="off"
            type="number"
            id={name}
            name={name}
            min={item.min}
            max={item.max}
            step={item.integer ? 1 : 'any'}
            inputMode={item.integer ? 'numeric' : 'decimal'}
            value={text}
            aria-labelledby={`${legendId} ${unitId}`}
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
            ref={numberInput}
            onInput={(e) => typing(e.currentTarget as HTMLInputElement)}
            onChange={(e) => commit(e.currentTarget as HTMLInputElement)}
            onBlur={() => onLeave?.()}
          />
          <span class="q-unit" id={unitId}>
            {item.unit[lang]}
          </span>
        </div>
      );
      break;
    }
  }

  return (
    <fieldset
      ref={fieldset}
      class={`question ${answered ? 'is-answered' : 'is-unanswered'}${error ? ' has-error' : ''}${followUpTo ? ' is-follow-up' : ''}`}
      data-testid={`question-${item.id}`}
      data-answered={answered ? 'true' : 'false'}
    >
      <legend id={legendId}>{item.text[lang]}</legend>
      {followUpTo ? (
        <p class="q-follow-up" data-testid={`follow-up-${item.id}`}>
          {t('intake.followUp', { question: followUpTo })}
        </p>
      ) : null}
      {item.hint ? (
        <p class="q-hint" id={hintId}>
          {item.hint[lang]}
        </p>
      ) : null}
      {control}
      {error ? (
        <p class="q-error" id={errorId} data-testid={`question-error-${item.id}`}>
          {error}
        </p>
      ) : null}
      <div class="q-footer">
        <span class="q-status" id={statusId} data-testid={`question-status-${item.id}`}>
          <span class="q-status-mark" aria-hidden="true">
            {answered ? '✓' : '○'}
          </span>{' '}
          {answered ? t('intake.answered') : t('intake.notAnswered')}
          {answered && prefilledFrom ? (
            <span class="prefill-mark" data-testid={`prefilled-${item.id}`} title={t('prefill.markerTitle', { adapter: prefilledFrom })}>
              {t('prefill.marker')}
            </span>
          ) : null}
        </span>
        {answered ? (
          <button type="button" class="q-clear link-button" data-testid={`clear-${item.id}`} onClick={clear}>
            {t('intake.clear')}
            <span class="sr-only"> {t('intake.clearFor', { question: item.text[lang] })}</span>
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
