import type { IntakeRecord } from '../../store/schema';
import { useLanguage } from '../../i18n/context';
import { formatDate, intakeDate } from '../results/format';
import '../../i18n/results-texts';

const W = 320;
const H = 170;
const LEFT = 28;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 28;

/**
 * The ladder position (1–12) at each intake, oldest to newest, as a line chart; the same numbers follow in a
 * table for screen readers and for anyone who prefers figures.
 */
export function LadderChart(props: { intakes: readonly IntakeRecord[] }) {
  const { lang, t } = useLanguage();
  const points = props.intakes.map((intake) => ({ id: intake.id, date: formatDate(intakeDate(intake), lang), ladder: intake.result.ladder }));
  const n = points.length;
  const x = (i: number) => (n <= 1 ? LEFT + (W - LEFT - RIGHT) / 2 : LEFT + (i * (W - LEFT - RIGHT)) / (n - 1));
  const y = (position: number) => TOP + ((12 - position) * (H - TOP - BOTTOM)) / 11;
  const placed = points.map((p, i) => ({ ...p, i })).filter((p) => p.ladder.position !== null);
  const path = placed.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)},${y(p.ladder.position!).toFixed(1)}`).join(' ');
  const label = t('history.chartLabel', {
    count: n,
    points: points.map((p) => t('history.chartPoint', { date: p.date, position: p.ladder.position ?? '—' })).join('; '),
  });
  return (
    <section class="results-section" aria-labelledby="ladder-chart-heading">
      <h3 id="ladder-chart-heading">{t('history.chart')}</h3>
      <svg class="ladder-chart" data-testid="ladder-chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} focusable="false">
        <title>{label}</title>
        {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((pos) => (
          <g key={pos} class="chart-grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(pos)} y2={y(pos)} />
            {pos % 2 === 1 ? (
              <text x={LEFT - 6} y={y(pos) + 4} text-anchor="end">
                {pos}
              </text>
            ) : null}
          </g>
        ))}
        {path ? <path class="chart-line" d={path} /> : null}
        {placed.map((p) => (
          <circle key={p.id} class="chart-point" cx={x(p.i)} cy={y(p.ladder.position!)} r={4} data-position={p.ladder.position!} />
        ))}
        {points.map((p, i) =>
          n <= 6 || i === 0 || i === n - 1 ? (
            <text key={p.id} class="chart-date" x={x(i)} y={H - 8} text-anchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}>
              {p.date}
            </text>
          ) : null,
        )}
      </svg>
      <table class="data-table" data-testid="ladder-table">
        <caption class="visually-hidden">{t('history.chart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.table.date')}</th>
            <th scope="col">{t('history.table.position')}</th>
            <th scope="col">{t('history.table.label')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.id}>
              <td>{p.date}</td>
              <td>{p.ladder.position ?? '—'}</td>
              <td>{p.ladder.positionLabel?.[lang] ?? p.ladder.rungLabel?.[lang] ?? p.ladder.reason[lang]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
