import { useEffect, useRef, useState } from 'preact/hooks';
import { checkAdapter, fieldLabel, type AdapterProblem } from '../../adapters/errors';
import type { Adapter } from '../../adapters/schema';
import { errorText } from '../../errors';
import { useLanguage } from '../../i18n/context';
import { t as translate } from '../../i18n/t';
import type { PatternJudge } from '../../adapters/pattern-safety';
import { adapterFromDraft, fieldIdFor, idFromName, type AdapterDraft } from './draft';
import { describedBy, FieldError, TextField, useSelectorWarnings } from './Field';
import { usePatternJudge } from './pattern-judge';
import { PrefillRows } from './PrefillRows';
import { RoleSelect } from './RoleSelect';
import { TestOnTab } from './TestOnTab';

export interface AdapterFormProps {
  initial: AdapterDraft;
  /** The stored id of the adapter being edited; null for a new one. */
  editingId: string | null;
  /** Ids of the other stored adapters: a new id must not overwrite one of them. */
  otherIds: ReadonlySet<string>;
  /** Starts the save; called synchronously from the click, so it can ask for the permission first. */
  onSave(adapter: Adapter): Promise<void>;
  onCancel(): void;
}

const idTaken = (id: string): AdapterProblem => ({
  path: 'id',
  text: (lang) => translate('adapters.issue.idTaken', lang, { id }),
  withField: (lang) => translate('adapters.issue.named', lang, { field: fieldLabel('id', lang), detail: translate('adapters.issue.idTaken', lang, { id }) }),
});

type Checked = { adapter: Adapter | null; problems: AdapterProblem[] };

function checkDraft(draft: AdapterDraft, otherIds: ReadonlySet<string>, patterns: PatternJudge): Checked {
  const checked = checkAdapter(adapterFromDraft(draft), patterns);
  const problems = checked.ok ? [] : [...checked.problems];
  const id = draft.id.trim();
  if (id && otherIds.has(id) && !problems.some((p) => p.path === 'id')) problems.push(idTaken(id));
  return { adapter: checked.ok && problems.length === 0 ? checked.adapter : null, problems };
}

/**
 * Every field of an adapter, grouped as the schema is. Problems appear once the caseworker tried to save
 * or test, each under its own field (linked with aria-describedby) and in a summary at the top that links
 * to the fields.
 */
export function AdapterForm(props: AdapterFormProps) {
  const { lang, t } = useLanguage();
  const [draft, setDraft] = useState<AdapterDraft>(props.initial);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const patterns = usePatternJudge();
  const selectorWarnings = useSelectorWarnings();
  // Checked once problems are shown (and at the click that shows them): patterns are judged by a checker
  // that can take a moment, which every keystroke before that need not pay.
  const checked = shown ? checkDraft(draft, props.otherIds, patterns) : null;
  const problems = checked?.problems ?? [];

  useEffect(() => heading.current?.focus(), []);

  const problemsAt = (fieldId: string) => problems.filter((p) => fieldIdFor(p.path) === fieldId);
  const set = (patch: Partial<AdapterDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setName = (name: string) => setDraft((d) => ({ ...d, name, id: d.idEdited ? d.id : idFromName(name) }));

  /** Shows the problems and returns the adapter when there are none. */
  const reveal = (): Adapter | null => {
    setShown(true);
    const now = checked ?? checkDraft(draft, props.otherIds, patterns);
    if (!now.adapter) setTimeout(() => summary.current?.focus(), 0);
    return now.adapter;
  };

  const save = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const adapter = reveal();
    if (!adapter) return;
    setSaveError(null);
    setBusy(true);
    props.onSave(adapter).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setSaveError(e);
      },
    );
  };

  const field = (
    key: 'name' | 'id' | 'origin' | 'paths' | 'clientPages' | 'writeBack',
    id: string,
    options: { required?: boolean; code?: boolean; hint?: string; label?: string; warnings?: string[] } = {},
  ) => (
    <TextField
      id={id}
      label={options.label ?? fieldLabel(key, lang)}
      value={draft[key]}
      required={options.required}
      code={options.code}
      hint={options.hint}
      warnings={options.warnings}
      problems={problemsAt(id)}
      onInput={(value) => (key === 'name' ? setName(value) : key === 'id' ? set({ id: value, idEdited: true }) : set({ [key]: value }))}
    />
  );
  const referenceProblems = problemsAt('adapter-reference');
  const unplaced = problems.filter((p) => fieldIdFor(p.path) === null);

  return (
    <form class="adapter-form" data-testid="adapter-form" onSubmit={save} noValidate aria-labelledby="adapter-form-heading">
      <h2 id="adapter-form-heading" tabIndex={-1} ref={heading}>
        {props.editingId ? t('adapters.form.editTitle', { name: props.initial.name }) : t('adapters.form.newTitle')}
      </h2>

      {problems.length ? (
        <div class="notice notice-error" role="alert" tabIndex={-1} ref={summary} data-testid="adapter-form-problems">
          <p>{t('adapters.form.problems', { count: problems.length })}</p>
          <ul>
            {problems.map((p, i) => {
              const target = fieldIdFor(p.path);
              return <li key={i}>{target ? <a href={`#${target}`}>{p.withField(lang)}</a> : p.withField(lang)}</li>;
            })}
          </ul>
        </div>
      ) : null}

      <fieldset class="group">
        <legend>{t('adapters.form.general')}</legend>
        {field('name', 'adapter-name', { required: true })}
        {field('id', 'adapter-id', { required: true, code: true, hint: t('adapters.hint.id') })}
        {field('origin', 'adapter-origin', { required: true, code: true, hint: t('adapters.hint.origin') })}
      </fieldset>

      <fieldset class="group">
        <legend>{t('adapters.form.pages')}</legend>
        {field('paths', 'adapter-paths', { code: true, hint: t('adapters.hint.paths') })}
        {field('clientPages', 'adapter-client-pages', { code: true, hint: t('adapters.hint.clientPages') })}
      </fieldset>

      <fieldset
        class="group"
        id="adapter-reference"
        data-testid="adapter-reference"
        aria-invalid={referenceProblems.length > 0}
        aria-describedby={describedBy('adapter-reference', true, referenceProblems)}
      >
        <legend>{t('adapters.field.reference')}</legend>
        <p class="field-hint" id="adapter-reference-hint">
          {t('adapters.hint.reference')}
        </p>
        <FieldError id="adapter-reference" problems={referenceProblems} />
        <TextField
          id="adapter-reference-url"
          label={t('adapters.field.referenceUrl')}
          hint={t('adapters.hint.referenceUrl')}
          value={draft.referenceUrl}
          code
          problems={problemsAt('adapter-reference-url')}
          onInput={(referenceUrl) => set({ referenceUrl })}
        />
        <RoleSelect id="adapter-reference-url-role" value={draft.referenceUrlRole} onChange={(referenceUrlRole) => set({ referenceUrlRole })} />
        <fieldset class="subgroup">
          <legend>{t('adapters.field.referenceElement')}</legend>
          <TextField
            id="adapter-reference-selector"
            label={t('adapters.field.selector')}
            hint={t('adapters.hint.selector')}
            warnings={selectorWarnings(draft.referenceSelector)}
            value={draft.referenceSelector}
            code
            problems={problemsAt('adapter-reference-selector')}
            onInput={(referenceSelector) => set({ referenceSelector })}
          />
          <RoleSelect id="adapter-reference-element-role" value={draft.referenceElementRole} onChange={(referenceElementRole) => set({ referenceElementRole })} />
          <div class="field-pair">
            <TextField
              id="adapter-reference-attribute"
              label={t('adapters.field.attribute')}
              hint={t('adapters.hint.attribute')}
              value={draft.referenceAttribute}
              code
              problems={problemsAt('adapter-reference-attribute')}
              onInput={(referenceAttribute) => set({ referenceAttribute })}
            />
            <TextField
              id="adapter-reference-pattern"
              label={t('adapters.field.pattern')}
              hint={t('adapters.hint.pattern')}
              value={draft.referencePattern}
              code
              problems={problemsAt('adapter-reference-pattern')}
              onInput={(referencePattern) => set({ referencePattern })}
            />
          </div>
        </fieldset>
      </fieldset>

      <PrefillRows rows={draft.prefill} onChange={(prefill) => set({ prefill })} problemsAt={problemsAt} />

      <fieldset class="group">
        <legend>{t('adapters.form.writeBack')}</legend>
        {field('writeBack', 'adapter-write-back', {
          code: true,
          hint: t('adapters.hint.writeBack'),
          label: t('adapters.field.selector'),
          warnings: selectorWarnings(draft.writeBack),
        })}
      </fieldset>

      {unplaced.length ? <FieldError id="adapter-form-other" problems={unplaced} /> : null}

      <TestOnTab check={reveal} />

      <div class="button-row form-actions">
        <button type="submit" class="button button-primary" data-testid="adapter-save" disabled={busy}>
          {t('adapters.form.save')}
        </button>
        <button type="button" class="button" data-testid="adapter-cancel" onClick={props.onCancel}>
          {t('adapters.form.cancel')}
        </button>
      </div>
      {busy ? <p role="status">{t('adapters.form.saving')}</p> : null}
      {saveError ? (
        <p class="notice notice-error" role="alert" data-testid="adapter-save-error">
          {t('adapters.form.saveFailed', { detail: errorText(saveError, lang) })}
        </p>
      ) : null}
    </form>
  );
}
