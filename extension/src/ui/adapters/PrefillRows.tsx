import { useRef } from 'preact/hooks';
import type { AdapterProblem } from '../../adapters/errors';
import { PREFILL_ITEM_IDS, type PrefillConversion, type PrefillItemId } from '../../adapters/schema';
import { useLanguage } from '../../i18n/context';
import { canAddPrefillRow, conversionsFor, newPrefillRow, withItem, type PrefillDraft } from './draft';
import { describedBy, FieldError, TextField, useSelectorWarnings } from './Field';

/**
 * The prefill rows: per row a question, a conversion that fits it (only those are offered), and where the
 * value sits on the page. Rows are added for the next question without one, and removed one by one.
 */
export function PrefillRows(props: { rows: PrefillDraft[]; onChange(rows: PrefillDraft[]): void; problemsAt(fieldId: string): AdapterProblem[] }) {
  const { t } = useLanguage();
  const selectorWarnings = useSelectorWarnings();
  const { rows, problemsAt } = props;
  const update = (index: number, row: PrefillDraft) => props.onChange(rows.map((r, i) => (i === index ? row : r)));
  const canAdd = canAddPrefillRow(rows);
  const addButton = useRef<HTMLButtonElement>(null);
  const add = () => {
    const row = newPrefillRow(rows);
    if (row) props.onChange([...rows, row]);
  };
  const remove = (index: number) => {
    props.onChange(rows.filter((_, i) => i !== index));
    // The removed row took the focused button with it; keep the keyboard user in the group (after the render
    // that may enable the add button again).
    setTimeout(() => addButton.current?.focus(), 0);
  };
  const groupProblems = problemsAt('adapter-prefill');

  return (
    <fieldset
      class="group"
      id="adapter-prefill"
      data-testid="adapter-prefill"
      aria-describedby={describedBy('adapter-prefill', true, groupProblems)}
      aria-invalid={groupProblems.length > 0}
    >
      <legend>{t('adapters.field.prefill')}</legend>
      <p class="field-hint" id="adapter-prefill-hint">
        {t('adapters.prefill.hint')}
      </p>
      <FieldError id="adapter-prefill" problems={groupProblems} />
      {rows.length === 0 ? <p class="muted">{t('adapters.prefill.none')}</p> : null}
      {rows.map((row, index) => {
        const base = `adapter-prefill-${index}`;
        const itemProblems = problemsAt(`${base}-item`);
        const convertProblems = problemsAt(`${base}-convert`);
        return (
          <fieldset class="prefill-row" key={row.key} data-testid="prefill-row">
            <legend>{t('adapters.field.prefillRow', { number: index + 1 })}</legend>
            <div class="field-pair">
              <div class="field">
                <label for={`${base}-item`}>{t('adapters.prefill.item')}</label>
                <select
                  autocomplete="off"
                  id={`${base}-item`}
                  data-testid={`${base}-item`}
                  value={row.item}
                  aria-invalid={itemProblems.length > 0}
                  aria-describedby={describedBy(`${base}-item`, false, itemProblems)}
                  onChange={(e) => update(index, withItem(row, e.currentTarget.value as PrefillItemId))}
                >
                  {PREFILL_ITEM_IDS.map((item) => (
                    <option value={item} key={item}>
                      {t(`adapters.item.${item}`)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${base}-item`} problems={itemProblems} />
              </div>
              <div class="field">
                <label for={`${base}-convert`}>{t('adapters.prefill.convert')}</label>
                <select
                  autocomplete="off"
                  id={`${base}-convert`}
                  data-testid={`${base}-convert`}
                  value={row.convert}
                  aria-invalid={convertProblems.length > 0}
                  aria-describedby={describedBy(`${base}-convert`, false, convertProblems)}
                  onChange={(e) => update(index, { ...row, convert: e.currentTarget.value as PrefillConversion })}
                >
                  {conversionsFor(row.item).map((convert) => (
                    <option value={convert} key={convert}>
                      {t(`adapters.convert.${convert}`)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${base}-convert`} problems={convertProblems} />
              </div>
            </div>
            <TextField
              id={`${base}-selector`}
              label={t('adapters.field.selector')}
              value={row.selector}
              warnings={selectorWarnings(row.selector)}
              required
              code
              problems={problemsAt(`${base}-selector`)}
              onInput={(selector) => update(index, { ...row, selector })}
            />
            <div class="field-pair">
              <TextField
                id={`${base}-attribute`}
                label={t('adapters.field.attribute')}
                value={row.attribute}
                code
                problems={problemsAt(`${base}-attribute`)}
                onInput={(attribute) => update(index, { ...row, attribute })}
              />
              <TextField
                id={`${base}-pattern`}
                label={t('adapters.field.pattern')}
                value={row.pattern}
                code
                problems={problemsAt(`${base}-pattern`)}
                onInput={(pattern) => update(index, { ...row, pattern })}
              />
            </div>
            <button
              type="button"
              class="link-button"
              data-testid={`${base}-remove`}
              onClick={() => remove(index)}
            >
              {t('adapters.prefill.remove', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button" data-testid="prefill-add" ref={addButton} disabled={!canAdd} onClick={add}>
        {t('adapters.prefill.add')}
      </button>
      {!canAdd ? <p class="field-hint">{t('adapters.prefill.allUsed')}</p> : null}
    </fieldset>
  );
}
