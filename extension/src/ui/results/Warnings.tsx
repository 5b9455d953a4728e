import type { IntakeResult } from '@trede/core';
import { useLanguage } from '../../i18n/context';

/**
 * The warnings core gave with the result: answers to questions that did not apply (not scored) and answers
 * that cannot both be right. Core words them (nl and en); nothing is shown when there are none.
 */
export function Warnings(props: { result: IntakeResult }) {
  const { lang, t } = useLanguage();
  const warnings = props.result.warnings;
  if (!warnings.length) return null;
  return (
    <section class="results-section notice notice-warn" aria-labelledby="warnings-heading" data-testid="result-warnings">
      <h3 id="warnings-heading">{t('intake.resultWarnings')}</h3>
      <p class="muted small">{t('intake.resultWarningsNote')}</p>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.code} ${warning.items.join(' ')}`} data-testid="result-warning" data-code={warning.code} data-items={warning.items.join(' ')}>
            {warning.message[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
