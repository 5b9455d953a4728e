import { useEffect, useRef, useState } from 'preact/hooks';
import { patternProblems } from '../../adapters/errors';
import type { PatternJudge } from '../../adapters/pattern-safety';
import type { Adapter } from '../../adapters/schema';
import { useLanguage } from '../../i18n/context';
import { usePatternJudge } from './pattern-judge';

export interface AdapterListProps {
  adapters: readonly Adapter[];
  /** Origin → whether Trede may read it; missing while the browser is asked. */
  granted: ReadonlyMap<string, boolean>;
  onEdit(adapter: Adapter): void;
  onExport(adapter: Adapter): void;
  /** Called after the second, confirming click. */
  onDelete(adapter: Adapter): void;
  /** Called straight from the click: it asks for the permission. */
  onAllow(origin: string): void;
}

/** Whether an adapter can work: said in words, with a way to allow its origin when it cannot. */
function PermissionState(props: { origin: string; granted: boolean | undefined; onAllow(origin: string): void }) {
  const { t } = useLanguage();
  if (props.granted === undefined) return <span class="muted">{t('adapters.list.checking')}</span>;
  if (props.granted) return <span class="state state-ok" data-testid="adapter-permission" data-granted="true">{t('adapters.list.active')}</span>;
  return (
    <span class="state state-warn" data-testid="adapter-permission" data-granted="false">
      {t('adapters.list.inactive')}{' '}
      <button type="button" class="link-button" data-testid="adapter-allow" onClick={() => props.onAllow(props.origin)}>
        {t('adapters.allow', { origin: props.origin })}
      </button>
    </span>
  );
}

/** Deleting asks twice: the first click only shows the confirmation, which takes the focus. */
function DeleteButton(props: { adapter: Adapter; onDelete(adapter: Adapter): void }) {
  const { t } = useLanguage();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        class="button"
        ref={firstButton}
        data-testid="adapter-delete"
        aria-label={t('adapters.list.deleteNamed', { name: props.adapter.name })}
        onClick={() => setConfirming(true)}
      >
        {t('adapters.list.delete')}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-labelledby={`confirm-${props.adapter.id}`}>
      <span id={`confirm-${props.adapter.id}`} class="confirm-text">
        {t('adapters.list.confirmDelete', { name: props.adapter.name })}
      </span>
      <button type="button" class="button button-danger" ref={confirmButton} data-testid="adapter-delete-confirm" onClick={() => props.onDelete(props.adapter)}>
        {t('adapters.list.deleteYes')}
      </button>
      <button
        type="button"
        class="button"
        data-testid="adapter-delete-cancel"
        onClick={() => {
          setConfirming(false);
          setTimeout(() => firstButton.current?.focus(), 0);
        }}
      >
        {t('adapters.list.deleteNo')}
      </button>
    </span>
  );
}

/**
 * A stored adapter's patterns that can run away: saved before Trede judged patterns, or imported by an older
 * version. The content script and the background bound what such a pattern sees, but it should be fixed.
 */
function RunawayPatterns(props: { adapter: Adapter; patterns: PatternJudge }) {
  const { lang, t } = useLanguage();
  const problems = patternProblems(props.adapter, props.patterns, { settledOnly: true });
  if (!problems.length) return null;
  return (
    <div class="notice notice-error" data-testid="adapter-runaway">
      <p>{t('adapters.list.runaway')}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.path}>{problem.withField(lang)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The stored adapters: name, system address, whether it is active, and what can be done with each. */
export function AdapterList(props: AdapterListProps) {
  const { t } = useLanguage();
  const patterns = usePatternJudge();
  if (props.adapters.length === 0) return <p data-testid="adapters-empty">{t('adapters.list.none')}</p>;
  return (
    <ul class="adapter-list">
      {props.adapters.map((adapter) => (
        <li class="adapter-item" key={adapter.id} data-testid="adapter-row" data-id={adapter.id}>
          <div class="adapter-head">
            <strong class="adapter-name">{adapter.name}</strong> <code class="adapter-id">{adapter.id}</code>
          </div>
          <div class="adapter-origin">
            <span class="sr-only">{t('adapters.field.origin')}: </span>
            <code>{adapter.origin}</code>
          </div>
          <PermissionState origin={adapter.origin} granted={props.granted.get(adapter.origin)} onAllow={props.onAllow} />
          <RunawayPatterns adapter={adapter} patterns={patterns} />
          <div class="button-row">
            <button type="button" class="button" data-testid="adapter-edit" aria-label={t('adapters.list.editNamed', { name: adapter.name })} onClick={() => props.onEdit(adapter)}>
              {t('adapters.list.edit')}
            </button>
            <button
              type="button"
              class="button"
              data-testid="adapter-export"
              aria-label={t('adapters.list.exportNamed', { name: adapter.name })}
              onClick={() => props.onExport(adapter)}
            >
              {t('adapters.list.export')}
            </button>
            <DeleteButton adapter={adapter} onDelete={props.onDelete} />
          </div>
        </li>
      ))}
    </ul>
  );
}
