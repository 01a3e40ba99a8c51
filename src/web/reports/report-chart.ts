// Charts of the report pages: Vega-Lite specifications rendered to SVG on the server (no script in
// the browser), readable without JavaScript and in print. Each chart sits beside a table with the
// same numbers, which is the version for screen readers; the SVG says so in its label.

import { logger, None, parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** One bar: its label, the value (null for a hidden small cell), the text beside it, and its group. */
export type Bar = { label: string; value: number | null; text: string; group?: string };

const GREEN = '#00811f';
const PALETTE = ['#00811f', '#0b71a1', '#c93675', '#6a4c93'];

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A horizontal bar chart (grouped by colour when bars carry a group), as an SVG string. */
export async function barChartSvg(options: {
  title: string;
  bars: readonly Bar[];
  /** The axis title, e.g. "Mensen" or "Deel aangenomen". */
  unit: string;
  /** Values are shares between 0 and 1: the axis shows percentages. */
  share?: boolean;
  width?: number;
}): Promise<string> {
  const grouped = options.bars.some((bar) => bar.group !== undefined);
  const values = options.bars.map((bar, order) => ({ ...bar, order, value: bar.value ?? 0 }));
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: options.unit,
    ...(options.share ? { scale: { domain: [0, 1] }, axis: { format: '.0%' } } : {}),
  };
  const spec: TopLevelSpec = {
    width: options.width ?? 320,
    data: { values },
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: { field: 'order' },
        title: null,
        axis: { labelLimit: 220 },
      },
      ...(grouped ? { yOffset: { field: 'group', sort: null } } : {}),
      x,
    },
    layer: [
      {
        mark: { type: 'bar', ...(grouped ? {} : { color: GREEN }) },
        ...(grouped
          ? {
              encoding: {
                color: {
                  field: 'group',
                  type: 'nominal',
                  sort: null,
                  title: null,
                  scale: { range: PALETTE },
                  legend: { orient: 'bottom', direction: 'vertical' },
                },
              },
            }
          : {}),
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 11 }, encoding: { text: { field: 'text' } } },
    ],
    config: { aria: false, font: 'Arial, sans-serif', view: { stroke: null } },
  };
  const quiet = logger(None);
  const view = new View(parse(compile(spec, { logger: quiet }).spec), { renderer: 'none', logLevel: None });
  try {
    const svg = await view.toSVG();
    const label = escapeAttribute(`${options.title}. De cijfers staan ook in de tabel bij deze grafiek.`);
    // One image with one label: the marks inside carry no roles of their own.
    return svg
      .replace(/ (role|aria-roledescription|aria-label)="[^"]*"/g, '')
      .replace('<svg ', `<svg role="img" aria-label="${label}" focusable="false" class="report-chart__svg" `);
  } finally {
    view.finalize();
  }
}
