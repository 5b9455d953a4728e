import { useState } from 'preact/hooks';
import { PRESETS } from '../../adapters/presets';
import { useLanguage } from '../../i18n/context';
import { blankDraft, draftFromAdapter, type AdapterDraft } from './draft';

/** Start a new adapter: empty, or from one of the shipped presets (its address can be changed in the form). */
export function NewAdapter(props: { onStart(draft: AdapterDraft): void }) {
  const { t } = useLanguage();
  const [from, setFrom] = useState('');

  const start = () => {
    const preset = PRESETS.find((p) => p.id === from);
    props.onStart(preset ? draftFromAdapter(structuredClone(preset)) : blankDraft());
  };

  return (
    <div class="new-adapter">
      <div class="field">
        <label for="adapter-start-from">{t('adapters.new.from')}</label>
        <select autocomplete="off" id="adapter-start-from" data-testid="adapter-start-from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
          <option value="">{t('adapters.new.blank')}</option>
          {PRESETS.map((preset) => (
            <option value={preset.id} key={preset.id}>
              {t('adapters.new.preset', { name: preset.name })}
            </option>
          ))}
        </select>
      </div>
      <button type="button" class="button button-primary" data-testid="adapter-new" onClick={start}>
        {t('adapters.new.start')}
      </button>
    </div>
  );
}
