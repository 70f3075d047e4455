import { useId } from 'react';
import { useT } from '../../../i18n/locale';
import { Link } from '../../../app/router';
import type { DayReads } from './report-filter';
import { TableScroll } from '../TableScroll';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };

/**
 * Reads per day as bars (released, with refusals stacked above in a second colour), in an SVG
 * that screen readers hear as one image with a summary; the same numbers follow in a table,
 * each day a link to its records.
 */
export function ReadsPerDayChart({ days, recordsHref }: { days: DayReads[]; recordsHref: (day: string) => string }) {
  const { t, date, number } = useT();
  const id = useId();
  const max = Math.max(1, ...days.map((day) => day.released + day.refused));
  const total = days.reduce((sum, day) => sum + day.released, 0);
  const busiest = days.reduce((best, day) => (day.released > best.released ? day : best), days[0]);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const bar = Math.max(1, slot * 0.7);
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const dayText = (day: string) => date(`${day}T00:00:00+07:00`);
  const ticks = days.length > 1 ? [days[0], days[Math.floor((days.length - 1) / 2)], days[days.length - 1]] : days;
  return (
    <figure className="reads-chart">
      <figcaption id={`${id}-caption`}>{t('auditors.chart.title')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('auditors.chart.title')}</title>
        <desc id={`${id}-desc`}>
          {total > 0 && busiest
            ? t('auditors.chart.summary', {
                total,
                days: days.length,
                busiest: dayText(busiest.day),
                busiestCount: busiest.released,
              })
            : t('auditors.chart.none', { days: days.length })}
        </desc>
        <line className="axis" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(0)} y2={y(0)} />
        <text className="tick" x={PAD.left - 6} y={y(max) + 4} textAnchor="end">
          {number(max)}
        </text>
        <text className="tick" x={PAD.left - 6} y={y(0) + 4} textAnchor="end">
          0
        </text>
        {days.map((day, index) => {
          const x = PAD.left + index * slot + (slot - bar) / 2;
          return (
            <g key={day.day}>
              <rect className="bar-released" x={x} width={bar} y={y(day.released)} height={y(0) - y(day.released)} />
              <rect
                className="bar-refused"
                x={x}
                width={bar}
                y={y(day.released + day.refused)}
                height={y(day.released) - y(day.released + day.refused)}
              />
            </g>
          );
        })}
        {ticks.map((day, index) => (
          <text
            key={`${day.day}-${index}`}
            className="tick"
            x={PAD.left + days.indexOf(day) * slot + slot / 2}
            y={HEIGHT - 8}
            textAnchor={index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}
          >
            {dayText(day.day)}
          </text>
        ))}
      </svg>
      <p className="chart-legend" aria-hidden="true">
        <span className="swatch swatch-released" /> {t('auditors.report.released')}{' '}
        <span className="swatch swatch-refused" /> {t('auditors.report.refused')}
      </p>
      <details>
        <summary>{t('auditors.chart.asTable')}</summary>
        <TableScroll label={t('auditors.chart.tableCaption')}>
          <table>
            <caption>{t('auditors.chart.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditors.chart.day')}</th>
                <th scope="col">{t('auditors.report.released')}</th>
                <th scope="col">{t('auditors.report.refused')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">
                    {day.released + day.refused > 0 ? (
                      <Link href={recordsHref(day.day)}>{dayText(day.day)}</Link>
                    ) : (
                      dayText(day.day)
                    )}
                  </th>
                  <td>{number(day.released)}</td>
                  <td>{number(day.refused)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
