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

render(
  <LanguageProvider setting={languageSetting}>
    <App />
  </LanguageProvider>,
  document.getElementById('root')!,
);
