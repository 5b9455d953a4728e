/**
 * Starting one of Trede's pages (side panel, options page): the store, opened once, and the language setting
 * stored in it — so switching the language on one page switches it on the other. The page renders at once
 * ("loading"), again when the store is open, or with the reason when it cannot be opened.
 */
import { render, type ComponentType } from 'preact';
import { LanguageProvider, type LanguageSetting } from '../i18n/context';
import { openStore, type TredeStore } from '../store/repo';

export interface PageProps {
  store: TredeStore | null;
  storeError?: unknown;
}

export function startPage(Page: ComponentType<PageProps>, root: HTMLElement = document.getElementById('root')!): void {
  let store: Promise<TredeStore> | null = null;
  const getStore = () => (store ??= openStore());
  const languageSetting: LanguageSetting = {
    load: async () => (await (await getStore()).getSettings()).language,
    save: async (language) => {
      await (await getStore()).saveSettings({ language });
    },
  };
  const show = (props: PageProps) =>
    render(
      <LanguageProvider setting={languageSetting}>
        <Page {...props} />
      </LanguageProvider>,
      root,
    );
  show({ store: null });
  getStore().then(
    (opened) => show({ store: opened }),
    (error: unknown) => show({ store: null, storeError: error }),
  );
}
