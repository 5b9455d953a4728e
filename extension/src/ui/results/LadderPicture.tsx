import { referenceInWords, RUNGS, type LadderResult } from '@trede/core';
import { useLanguage } from '../../i18n/context';
import '../../i18n/results-texts';

const ROW = 30;
const TOP = 6;
const CELL = 34;
const X_WITHOUT = 6;
const X_WITH = X_WITHOUT + CELL + 4;
const X_ARROW = X_WITH + CELL + 12;
const X_LABEL = X_ARROW + 12;
const WIDTH = 380;
const HEIGHT = TOP * 2 + ROW * 6;

const rowY = (rung: number) => TOP + (6 - rung) * ROW;

/**
 * The participation ladder as a picture: 6 rungs, each with a cell without (left) and with (right) growth
 * potential — positions 1–12 — the client's cell filled, an arrow to the next rung when there is growth
 * potential. The words are in the aria-label and the text beside it.
 */
export function LadderPicture(props: { ladder: LadderResult }) {
  const { lang, t } = useLanguage();
  const { ladder } = props;
  const rungLabel = ladder.rungLabel?.[lang].toLowerCase() ?? '';
  const growth =
    ladder.growthPotential === null ? t('results.ladder.growthUnknown') : ladder.growthPotential ? t('results.ladder.withGrowth') : t('results.ladder.withoutGrowth');
  const label =
    ladder.position !== null && ladder.rung !== null
      ? t('results.ladder.imgPlaced', { position: ladder.position, rung: ladder.rung, rungLabel, growth })
      : ladder.rung !== null
        ? t('results.ladder.imgRungOnly', { rung: ladder.rung, rungLabel })
        : t('results.ladder.imgNone');
  const arrowFrom = ladder.growthPotential && ladder.rung !== null && ladder.rung < 6 ? ladder.rung : null;
  return (
    <section class="results-section" aria-labelledby="ladder-heading">
      <h3 id="ladder-heading">{t('results.ladder')}</h3>
      <figure class="ladder" data-testid="ladder" data-position={ladder.position ?? ''} data-rung={ladder.rung ?? ''} data-status={ladder.status}>
        <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="ladder-svg" focusable="false">
          <title>{label}</title>
          <defs>
            <marker id="ladder-arrowhead" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" class="ladder-arrow-head" />
            </marker>
          </defs>
          {RUNGS.map((def) => {
            const y = rowY(def.rung);
            const onRung = ladder.rung === def.rung;
            return (
              <g key={def.rung} class={onRung ? 'ladder-rung ladder-rung-current' : 'ladder-rung'}>
                {[false, true].map((withGrowth) => {
                  const position = 2 * (def.rung - 1) + (withGrowth ? 2 : 1);
                  const current = ladder.position === position;
                  const x = withGrowth ? X_WITH : X_WITHOUT;
                  return (
                    <g key={position} class={current ? 'ladder-cell ladder-cell-current' : 'ladder-cell'} data-cell={position}>
                      <rect x={x} y={y + 2} width={CELL} height={ROW - 4} rx={4} />
                      <text x={x + CELL / 2} y={y + ROW / 2 + 4} text-anchor="middle">
                        {position}
                      </text>
                    </g>
                  );
                })}
                <text x={X_LABEL} y={y + ROW / 2 + 4} class="ladder-label">
                  {def.rung}. {def.label[lang]}
                </text>
              </g>
            );
          })}
          {arrowFrom !== null ? (
            <line
              class="ladder-arrow"
              data-testid="ladder-growth"
              x1={X_ARROW}
              y1={rowY(arrowFrom) + ROW - 6}
              x2={X_ARROW}
              y2={rowY(arrowFrom + 1) + ROW / 2}
              marker-end="url(#ladder-arrowhead)"
            />
          ) : null}
        </svg>
        <figcaption>
          {ladder.position !== null && ladder.positionLabel ? (
            <p class="ladder-position" data-testid="ladder-position">
              <strong>{t('results.ladder.position', { position: ladder.position })}</strong>: {ladder.positionLabel[lang]}
            </p>
          ) : null}
          <p class="ladder-reason">{ladder.reason[lang]}</p>
          {ladder.reference ? (
            <p class="muted" data-testid="ladder-place" data-reading={ladder.reference.reading}>
              {t('results.scale.place', {
                place: referenceInWords(ladder.reference, lang),
                group: t(`results.groupShort.${ladder.reference.group}`),
                citation: ladder.reference.citation[lang],
              })}
            </p>
          ) : null}
          <p class="muted small">{t('results.ladder.legend')}</p>
        </figcaption>
      </figure>
    </section>
  );
}
