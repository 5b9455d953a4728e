import { render } from 'preact';
import { App } from '../../src/app/App';
import { LanguageProvider, type LanguageSetting } from '../../src/i18n/context';
import { openStore, type TredeStore } from '../../src/store/repo';
import './style.css';

let store: Promise<TredeStore> | null = null;
const getStore = () => (store ??= openStore());

const languageSetting: LanguageSetting = {
  load: async () => (await (await getStore()).getSettings()).language,
  save: async (language) => {
    await (await getStore()).saveSettings({ language });
  },
};

function Root(props: { store: TredeStore | null }) {
  return (
    <LanguageProvider setting={languageSetting}>
      <App store={props.store} />
    </LanguageProvider>
  );
}

const root = document.getElementById('root')!;
render(<Root store={null} />, root);
getStore().then(
  (store) => render(<Root store={store} />, root),
  (error: unknown) => console.error('Trede: the local store could not be opened', error),
);
