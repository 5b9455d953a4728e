import { browser } from 'wxt/browser';
import { useLanguage } from '../../i18n/context';

/** From the side panel to the options page, where the adapters are managed (it opens in a tab). */
export function OpenOptionsLink() {
  const { t } = useLanguage();
  const open = () => {
    browser.runtime.openOptionsPage().catch((e: unknown) => console.error('Trede: opening the options page failed', e));
  };
  return (
    <button type="button" class="options-link" data-testid="open-options" onClick={open}>
      {t('page.openOptions')}
    </button>
  );
}
