import type { EngineRun } from './report';
import { WORKLOAD_TITLES } from './workloads';

const BAR = 16;
const GAP = 4;
const LABEL = 330;
const PANEL = 300;
const WIDTH = LABEL + 2 * PANEL + 120;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Horizontal bars, one group per engine and workload: requests/s (median, with the rounds'
 * min–max as a whisker) on the left, p99 latency on the right, each scaled to the group's
 * largest value so that every workload reads on its own.
 */
export function chartSvg(runs: EngineRun[]): string {
  const parts: string[] = [];
  let y = 40;
  for (const run of runs) {
    const label = run.engine === 'postgres' ? 'PostgreSQL' : 'PGlite (not crash-durable)';
    parts.push(`<text x="10" y="${y}" font-size="16" font-weight="bold">${escape(label)}</text>`);
    y += 10;
    const workloads = [...new Set(run.systems.map((s) => s.workload))];
    for (const workload of workloads) {
      const systems = run.systems.filter((s) => s.workload === workload && !s.skipped);
      if (!systems.length) continue;
      y += 22;
      parts.push(`<text x="10" y="${y}" font-size="13" font-weight="bold">${escape(WORKLOAD_TITLES[workload])}</text>`);
      y += 6;
      const maxRps = Math.max(...systems.map((s) => s.requestsPerSecond.max)) || 1;
      const maxP99 = Math.max(...systems.map((s) => s.p99Ms)) || 1;
      for (const s of systems) {
        const colour = s.isSochung ? '#c0392b' : '#2c7fb8';
        const rpsWidth = (s.requestsPerSecond.median / maxRps) * PANEL;
        const minX = LABEL + (s.requestsPerSecond.min / maxRps) * PANEL;
        const maxX = LABEL + (s.requestsPerSecond.max / maxRps) * PANEL;
        const p99Width = (s.p99Ms / maxP99) * (PANEL - 60);
        const p99X = LABEL + PANEL + 60;
        parts.push(
          `<text x="${LABEL - 6}" y="${y + 12}" font-size="11" text-anchor="end">${escape(s.system)}</text>`,
          `<rect x="${LABEL}" y="${y}" width="${rpsWidth.toFixed(1)}" height="${BAR}" fill="${colour}"/>`,
          `<line x1="${minX.toFixed(1)}" x2="${maxX.toFixed(1)}" y1="${y + BAR / 2}" y2="${y + BAR / 2}" stroke="#222"/>`,
          `<text x="${LABEL + rpsWidth + 4}" y="${y + 12}" font-size="10">${s.requestsPerSecond.median < 10 ? s.requestsPerSecond.median.toFixed(1) : Math.round(s.requestsPerSecond.median)} req/s</text>`,
          `<rect x="${p99X}" y="${y}" width="${p99Width.toFixed(1)}" height="${BAR}" fill="${colour}" opacity="0.55"/>`,
          `<text x="${p99X + p99Width + 4}" y="${y + 12}" font-size="10">p99 ${Math.round(s.p99Ms)} ms</text>`,
        );
        y += BAR + GAP;
      }
    }
    y += 24;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${LABEL}" y="20" font-size="12">requests/s (median; line: min–max of rounds)</text>`,
    `<text x="${LABEL + PANEL + 60}" y="20" font-size="12">p99 latency</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
