import { useLanguage } from '../i18n/context';
import type { MessageKey } from '../i18n/t';
import type { PageLink } from './page-link';

/** One line about the caseworker's own system in the active tab: followed, no client, or no longer fitting. */
export function PageBanner(props: { page: PageLink }) {
  const { t } = useLanguage();
  const { status } = props.page;
  if (status.kind === 'none') return null;
  if (status.kind === 'broken') {
    const why = t(`miss.${status.miss}` as MessageKey, { detail: status.detail });
    return (
      <div class="notice notice-warn page-banner" role="alert" data-testid="page-broken">
        <p>{t('page.broken', { adapter: status.adapterName, why })}</p>
        <button type="button" class="link-button" data-testid="page-open-options" onClick={() => props.page.openOptions()}>
          {t('page.openOptions')}
        </button>
      </div>
    );
  }
  return (
    <p class="page-banner page-banner-quiet" role="status" data-testid="page-status" data-kind={status.kind}>
      {status.kind === 'client' ? t('page.detected', { reference: status.masked, adapter: status.adapterName }) : t('page.noClient')}
    </p>
  );
}
