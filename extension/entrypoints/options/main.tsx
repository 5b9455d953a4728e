import { render } from 'preact';
import { LanguageProvider, type LanguageSetting } from '../../src/i18n/context';
import { openStore, type TredeStore } from '../../src/store/repo';
import { OptionsPage } from '../../src/ui/adapters/OptionsPage';
import './style.css';

let store: Promise<TredeStore> | null = null;
const getStore = () => (store ??= openStore());

// The same stored language as the side panel: switching here switches there, and the other way round.
const languageSetting: LanguageSetting = {
  load: async () => (await (await getStore()).getSettings()).language,
  save: async (language) => {
    await (await getStore()).saveSettings({ language });
  },
};

function Root(props: { store: TredeStore | null; storeError?: unknown }) {
  return (
    <LanguageProvider setting={languageSetting}>
      <OptionsPage store={props.store} storeError={props.storeError} />
    </LanguageProvider>
  );
}

const root = document.getElementById('root')!;
render(<Root store={null} />, root);
getStore().then(
  (opened) => render(<Root store={opened} />, root),
  (error: unknown) => render(<Root store={null} storeError={error} />, root),
);
