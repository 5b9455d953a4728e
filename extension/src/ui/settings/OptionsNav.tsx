import { useLanguage } from '../../i18n/context';
import type { MessageKey } from '../../i18n/t';
import '../../i18n/lock-texts';
import '../../i18n/rights-texts';

/** The parts of the options page, by the id of each part's heading. */
const PARTS: readonly { heading: string; label: MessageKey }[] = [
  { heading: 'adapters-list-heading', label: 'options.nav.adapters' },
  { heading: 'settings-heading', label: 'options.nav.settings' },
  { heading: 'lock-heading', label: 'options.nav.lock' },
  { heading: 'audit-heading', label: 'options.nav.audit' },
];

/** Links to the parts of the options page: each moves focus to that part's heading (keyboard and screen readers). */
export function OptionsNav() {
  const { t } = useLanguage();
  const go = (event: Event, id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    event.preventDefault();
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.scrollIntoView?.({ block: 'start' });
    heading.focus();
  };
  return (
    <nav class="options-nav" aria-label={t('options.nav.label')} data-testid="options-nav">
      <ul>
        {PARTS.map((part) => (
          <li key={part.heading}>
            <a href={`#${part.heading}`} data-testid={`options-nav-${part.heading}`} onClick={(e) => go(e, part.heading)}>
              {t(part.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
