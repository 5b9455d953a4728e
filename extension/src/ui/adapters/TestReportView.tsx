import type { AnswerValue } from '@trede/core';
import type { Converted } from '../../adapters/prefill';
import type { MissReport, TestReport } from '../../adapters/tab-test';
import { useLanguage } from '../../i18n/context';
import '../../i18n/prefill-texts';

/** A miss in words: "no element found for #klantnummer". */
export function useMissText(): (miss: MissReport) => string {
  const { t } = useLanguage();
  return (miss) => t(`miss.${miss.miss}`, { detail: miss.detail });
}

function useAnswerText(): (value: AnswerValue) => string {
  const { lang, t } = useLanguage();
  return (value) => {
    if (typeof value === 'boolean') return t(value ? 'adapters.test.yes' : 'adapters.test.no');
    if (typeof value === 'number') return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
    return String(value);
  };
}

function ConvertedText(props: { converted: Converted }) {
  const { t } = useLanguage();
  const answer = useAnswerText();
  const { converted } = props;
  return converted.ok ? (
    <span class="test-ok">{t('adapters.test.answer', { answer: answer(converted.value) })}</span>
  ) : (
    <span class="test-miss">{t('adapters.test.rejected', { why: t(`prefill.why.${converted.why}`) })}</span>
  );
}

/**
 * What an adapter found on the page, and why it found nothing where it did not. The reference arrives
 * masked (src/adapters/tab-test.ts); every state is said in words, never by colour alone.
 */
export function TestReportView(props: { report: TestReport }) {
  const { t } = useLanguage();
  const missText = useMissText();
  const { report } = props;
  const clientPage =
    report.onClientPage === null ? t('adapters.test.clientPageUnknown') : report.onClientPage ? t('adapters.test.yes') : t('adapters.test.no');

  return (
    <div class="test-report" data-testid="test-report">
      <dl class="test-facts">
        <div>
          <dt>{t('adapters.test.page')}</dt>
          <dd>
            <code data-testid="test-path">{report.path}</code>
          </dd>
        </div>
        <div>
          <dt>{t('adapters.test.clientPage')}</dt>
          <dd data-testid="test-client-page">{clientPage}</dd>
        </div>
        <div>
          <dt>{t('adapters.field.reference')}</dt>
          <dd data-testid="test-reference">
            {report.reference ? (
              <>
                <span class="test-ok">
                  {t(report.reference.from === 'element' ? 'adapters.test.referenceFromElement' : 'adapters.test.referenceFromUrl', {
                    reference: report.reference.masked,
                  })}
                </span>
                {report.reference.bsn ? <p class="field-hint" data-testid="test-bsn">{t('adapters.test.bsn')}</p> : null}
              </>
            ) : (
              <span class="test-miss">{t('adapters.test.noReference')}</span>
            )}
            {report.referenceMisses.length ? (
              <ul class="test-misses" data-testid="test-reference-misses">
                {report.referenceMisses.map((miss) => (
                  <li key={miss.part}>
                    {t(miss.part === 'url' ? 'adapters.test.viaUrl' : 'adapters.test.viaElement', { why: missText(miss) })}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('adapters.field.writeBack')}</dt>
          <dd data-testid="test-write-back">
            {report.writeBack === null ? (
              <span class="muted">{t('adapters.test.noWriteBack')}</span>
            ) : report.writeBack.ok ? (
              <span class="test-ok">{t('adapters.test.writeBackFound', { tag: report.writeBack.tag })}</span>
            ) : (
              <span class="test-miss">{t('adapters.test.notFound', { why: missText(report.writeBack) })}</span>
            )}
          </dd>
        </div>
      </dl>

      {report.prefill.length ? (
        <table class="test-prefill" data-testid="test-prefill">
          <caption>{t('adapters.field.prefill')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adapters.prefill.item')}</th>
              <th scope="col">{t('adapters.test.onPage')}</th>
              <th scope="col">{t('adapters.test.becomes')}</th>
            </tr>
          </thead>
          <tbody>
            {report.prefill.map((row) => (
              <tr key={row.item} data-testid={`test-prefill-${row.item}`}>
                <th scope="row">{t(`adapters.item.${row.item}`)}</th>
                <td>{row.raw === null ? <span class="test-miss">{t('adapters.test.notFound', { why: row.miss ? missText(row.miss) : '' })}</span> : <code>{row.raw}</code>}</td>
                <td>{row.converted ? <ConvertedText converted={row.converted} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
