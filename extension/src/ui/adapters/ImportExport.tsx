import { useEffect, useState } from 'preact/hooks';
import { fileSizeProblem, readAdapterFile, rejectionLines, type FileProblem, type ReadFile } from '../../adapters/file';
import { loadPatternJudge } from '../../adapters/pattern-safety';
import type { Adapter } from '../../adapters/schema';
import { useLanguage } from '../../i18n/context';
import { t as translate } from '../../i18n/t';

export interface ImportExportProps {
  /** The stored adapters (for export, and to say which imported ones replace a stored one). */
  adapters: readonly Adapter[];
  onExportAll(): void;
  /** Called straight from the confirming click: it asks for the origins' permission first. */
  onImport(adapters: Adapter[]): Promise<void>;
}

/** What a read file holds, and the one button that imports it (or only its valid part, said so plainly). */
function ImportPreview(props: { read: ReadFile; storedIds: ReadonlySet<string>; busy: boolean; onImport(): void; onCancel(): void }) {
  const { lang, t } = useLanguage();
  const { read } = props;
  if (read.fileProblem) {
    return (
      <p class="notice notice-error" role="alert" data-testid="import-problem">
        {read.fileProblem.text(lang)}
      </p>
    );
  }
  const partial = read.rejected.length > 0;
  return (
    <div class="import-preview" data-testid="import-preview">
      {partial ? (
        <div class="notice notice-error" role="alert" data-testid="import-rejected">
          <p>{t('adapters.import.rejectedCount', { count: read.rejected.length })}</p>
          <ul>
            {read.rejected.flatMap((rejected) =>
              rejectionLines(rejected, lang).map((line, i) => <li key={`${rejected.number}-${i}`}>{line}</li>),
            )}
          </ul>
        </div>
      ) : null}
      {read.adapters.length ? (
        <>
          <p>{t('adapters.import.validCount', { count: read.adapters.length })}</p>
          <ul class="import-list" data-testid="import-valid">
            {read.adapters.map((adapter) => (
              <li key={adapter.id}>
                <strong>{adapter.name}</strong> <code>{adapter.id}</code> · <code>{adapter.origin}</code>
                {props.storedIds.has(adapter.id) ? <span class="state state-warn"> {t('adapters.import.replaces')}</span> : null}
              </li>
            ))}
          </ul>
          <p class="field-hint">{t('adapters.import.permissionNote')}</p>
          <div class="button-row">
            <button type="button" class="button button-primary" data-testid="import-confirm" disabled={props.busy} onClick={props.onImport}>
              {partial ? t('adapters.import.onlyValid', { count: read.adapters.length }) : t('adapters.import.confirm', { count: read.adapters.length })}
            </button>
            <button type="button" class="button" data-testid="import-cancel" onClick={props.onCancel}>
              {t('adapters.form.cancel')}
            </button>
          </div>
        </>
      ) : (
        <p data-testid="import-nothing">{t('adapters.import.nothingValid')}</p>
      )}
    </div>
  );
}

/**
 * Export (all adapters as one file) and import (a file, or pasted text). Import first shows what the file
 * holds and what is wrong with it; nothing is saved until the caseworker confirms.
 */
export function ImportExport(props: ImportExportProps) {
  const { t } = useLanguage();
  const [pasted, setPasted] = useState('');
  const [read, setRead] = useState<ReadFile | null>(null);
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState(false);
  const storedIds = new Set(props.adapters.map((a) => a.id));

  // Shown next to the list of adapters: a good moment to load the pattern checker, before any form or file needs it.
  useEffect(() => void loadPatternJudge(), []);

  const refuse = (problem: FileProblem) => setRead({ adapters: [], rejected: [], fileProblem: problem });

  /** Reads a text once the pattern checker is there: every pattern in it is judged before it is shown. */
  const readText = async (text: string) => {
    setReading(true);
    try {
      setRead(readAdapterFile(text, await loadPatternJudge()));
    } finally {
      setReading(false);
    }
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // The same file may be chosen again after it was fixed.
    const forget = () => (input.value = '');
    // Before reading a byte: a huge file would hold the page while it is read and parsed.
    const tooLarge = fileSizeProblem(file);
    if (tooLarge) {
      refuse(tooLarge);
      forget();
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse({ text: (lang) => translate('adapters.import.unreadable', lang, { file: file.name }) });
      return;
    }
    await readText(text);
    forget();
  };

  const confirm = () => {
    if (!read || busy) return;
    setBusy(true);
    props.onImport(read.adapters).then(
      () => {
        setBusy(false);
        setRead(null);
        setPasted('');
      },
      () => setBusy(false),
    );
  };

  return (
    <section class="import-export" aria-labelledby="import-export-heading">
      <h2 id="import-export-heading">{t('adapters.importExport.title')}</h2>
      <div class="button-row">
        <button type="button" class="button" data-testid="export-all" disabled={props.adapters.length === 0} onClick={props.onExportAll}>
          {t('adapters.export.all')}
        </button>
      </div>

      <fieldset class="group">
        <legend>{t('adapters.import.title')}</legend>
        <p class="field-hint" id="import-hint">
          {t('adapters.import.hint')}
        </p>
        <div class="field">
          <label for="import-file">{t('adapters.import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            data-testid="import-file"
            aria-describedby="import-hint"
            onChange={(e) => void readFile(e.currentTarget)}
          />
        </div>
        <div class="field">
          <label for="import-text">{t('adapters.import.paste')}</label>
          <textarea
            autocomplete="off"
            id="import-text"
            class="code"
            rows={6}
            spellcheck={false}
            data-testid="import-text"
            aria-describedby="import-hint"
            value={pasted}
            onInput={(e) => setPasted(e.currentTarget.value)}
          />
          <button type="button" class="button" data-testid="import-read" disabled={reading} onClick={() => void readText(pasted)}>
            {t('adapters.import.check')}
          </button>
        </div>
        <div aria-live="polite">
          {reading ? <p role="status">{t('adapters.import.reading')}</p> : null}
          {read && !reading ? <ImportPreview read={read} storedIds={storedIds} busy={busy} onImport={confirm} onCancel={() => setRead(null)} /> : null}
        </div>
      </fieldset>
    </section>
  );
}
