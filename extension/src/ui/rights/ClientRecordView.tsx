import {
  answerText,
  applyOverrides,
  bandText,
  DEFAULT_CATALOGUE,
  formatTextReport,
  OUTCOME_KINDS,
  OUTCOME_PHASES,
  OUTCOME_REASONS,
  type AnswerValue,
  type Lang,
} from '@trede/core';
import { useLanguage } from '../../i18n/context';
import type { MessageKey } from '../../i18n/t';
import type { ClientExport } from '../../store/client-export';
import type { IntakeRecord } from '../../store/schema';
import { formatDate, formatWhen } from '../dates';
import { storeLabel } from './store-labels';
import '../../i18n/rights-texts';

/** One answer as the caseworker asked it: the question's words and the chosen option's, or the raw value for an item no longer in the catalogue. */
function answerRow(itemId: string, value: AnswerValue, lang: Lang, notAnswered: string): [string, string] {
  const entry = DEFAULT_CATALOGUE.items.get(itemId);
  if (!entry) return [itemId, JSON.stringify(value)];
  if (value === null) return [entry.item.text[lang], notAnswered];
  try {
    return [entry.item.text[lang], answerText(entry, value)[lang]];
  } catch {
    return [entry.item.text[lang], JSON.stringify(value)];
  }
}

/** Answers as a draft keeps them (by item id) or as a response may carry them (a list of item and value). */
type AnswerSet = Readonly<Record<string, AnswerValue>> | readonly { item: string; value: AnswerValue }[];

function Answers(props: { answers: AnswerSet }) {
  const { lang, t } = useLanguage();
  const pairs: [string, AnswerValue][] = Array.isArray(props.answers)
    ? (props.answers as readonly { item: string; value: AnswerValue }[]).map((a) => [a.item, a.value])
    : Object.entries(props.answers);
  const rows = pairs.map(([id, value]) => answerRow(id, value, lang, t('record.notAnswered')));
  if (!rows.length) return <p>{t('record.noAnswers')}</p>;
  return (
    <dl class="record-answers">
      {rows.map(([question, answer], i) => (
        <div key={i}>
          <dt>{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}

function IntakeBlock(props: { intake: IntakeRecord }) {
  const { lang, t } = useLanguage();
  const { intake } = props;
  const titles = new Map((intake.result.risks?.moments ?? []).map((m) => [m.moment, m.title[lang]]));
  const overrides = Object.entries(intake.overrides).flatMap(([moment, list]) => (list ?? []).map((o) => ({ moment, ...o })));
  return (
    <section class="record-intake" data-testid="record-intake" data-intake-id={intake.id}>
      <h4>{t('record.intake', { date: formatDate(intake.response.date ?? intake.completedAt, lang) })}</h4>
      <h5>{t('record.answers')}</h5>
      <Answers answers={intake.response.answers} />
      <h5>{t('record.report')}</h5>
      <pre class="record-report">{formatTextReport(applyOverrides(intake.result, intake.overrides), lang)}</pre>
      {overrides.length ? (
        <>
          <h5>{t('record.overrides')}</h5>
          <ul>
            {overrides.map((o, i) => (
              <li key={i}>
                {t('record.override', {
                  moment: titles.get(o.moment as never) ?? o.moment,
                  band: bandText(o.band, lang),
                  reason: o.reason,
                  by: o.by ?? t('auditScreen.noActor'),
                  when: formatWhen(o.at, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * Everything Trede keeps about one client, readable and printable: the client record, the draft, every intake
 * (the questions with the answers given, core's report of the result with overrides applied, and every
 * override with its reason), outcomes, the client's audit entries, other records and unreadable ones.
 */
export function ClientRecordView(props: { data: ClientExport; reference: string | null }) {
  const { lang, t } = useLanguage();
  const { data } = props;
  const { client } = data;
  const others = Object.entries(data.otherRecords).filter(([, records]) => records.length > 0);
  return (
    <article class="client-record" data-testid="client-record">
      <h3>{t('record.heading', { reference: props.reference ?? t('record.unknownReference') })}</h3>
      <p class="muted">{t('record.printed', { when: formatWhen(data.exportedAt, lang) })}</p>
      <dl class="summary">
        <div>
          <dt>{t('record.key')}</dt>
          <dd>
            <code>{data.clientKey}</code>
          </dd>
        </div>
        {client ? (
          <>
            <div>
              <dt>{t('record.nickname')}</dt>
              <dd data-testid="record-nickname">{client.label ?? t('record.none')}</dd>
            </div>
            <div>
              <dt>{t('record.created')}</dt>
              <dd>{formatWhen(client.createdAt, lang)}</dd>
            </div>
            <div>
              <dt>{t('record.lastIntake')}</dt>
              <dd>{client.lastIntakeAt ? formatWhen(client.lastIntakeAt, lang) : t('record.none')}</dd>
            </div>
          </>
        ) : null}
      </dl>
      {client ? null : <p>{t('record.noClient')}</p>}

      {data.drafts.map((draft) => (
        <section key={draft.clientKey} data-testid="record-draft">
          <h4>{t('record.draft', { when: formatWhen(draft.updatedAt, lang) })}</h4>
          <Answers answers={draft.answers} />
        </section>
      ))}

      {data.intakes.length ? (
        <section>
          <h4>{t('record.intakes')}</h4>
          {data.intakes.map((intake) => (
            <IntakeBlock key={intake.id} intake={intake} />
          ))}
        </section>
      ) : null}

      {data.outcomes.length ? (
        <section>
          <h4>{t('record.outcomes')}</h4>
          <ul data-testid="record-outcomes">
            {data.outcomes.map((o) => {
              const more = [o.phase ? OUTCOME_PHASES[o.phase][lang] : null, ...o.reasons.map((r) => OUTCOME_REASONS[r].label[lang])].filter(Boolean).join(', ');
              return <li key={o.id}>{t('record.outcome', { date: formatDate(o.date, lang), kind: OUTCOME_KINDS[o.kind][lang], more: more ? ` (${more})` : '' })}</li>;
            })}
          </ul>
        </section>
      ) : null}

      {data.audit.length ? (
        <section>
          <h4>{t('record.audit')}</h4>
          <table class="data-table" data-testid="record-audit">
            <thead>
              <tr>
                <th scope="col">{t('auditScreen.col.at')}</th>
                <th scope="col">{t('auditScreen.col.action')}</th>
                <th scope="col">{t('auditScreen.col.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {data.audit.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatWhen(entry.at, lang)}</td>
                  <td>{t(`audit.${entry.action}` as MessageKey)}</td>
                  <td>{entry.actor ?? t('auditScreen.noActor')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {others.length ? (
        <section>
          <h4>{t('record.other')}</h4>
          {others.map(([store, records]) => (
            <div key={store}>
              <h5>{t('rights.countLine', { what: storeLabel(store, lang), count: records.length })}</h5>
              <pre class="record-report">{JSON.stringify(records, null, 2)}</pre>
            </div>
          ))}
        </section>
      ) : null}

      {data.unreadable.length ? (
        <section data-testid="record-unreadable">
          <h4>{t('record.unreadable', { count: data.unreadable.length })}</h4>
          <ul>
            {data.unreadable.map((u, i) => (
              <li key={i}>{t('record.unreadableLine', { store: u.store, key: u.key, field: u.field })}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
