import type { LocatorRole } from '../../adapters/schema';
import { useLanguage } from '../../i18n/context';

/** What a part of the client-number locator says: the number itself, or only that this is a client page. */
export function RoleSelect(props: { id: string; value: LocatorRole; onChange(role: LocatorRole): void }) {
  const { t } = useLanguage();
  return (
    <div class="field">
      <label for={props.id}>{t('adapters.field.role')}</label>
      <select autocomplete="off" id={props.id} data-testid={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as LocatorRole)}>
        <option value="reference">{t('adapters.role.reference')}</option>
        <option value="client-page">{t('adapters.role.clientPage')}</option>
      </select>
    </div>
  );
}
