// The downloads of a report: CSV (one table, UTF-8 with a byte-order mark and semicolons, so Excel
// opens it with Dutch settings) and XLSX (every table on its own worksheet, with real numbers and
// dates and Dutch column headings). Both apply the small-cell rule as the page does: "< 5" in a
// programme-wide table, left out (empty) in a table per employer.

import { stringify } from 'csv-stringify/sync';
import { formatDate } from '../labels';
import { type ColumnKind, isCell, type Sheet, type SheetValue } from './report-sheets';

/** What a value reads as on the page and in a programme-wide CSV. */
export function valueText(value: SheetValue, kind: ColumnKind): string {
  if (value === null) return '—';
  if (isCell(value)) return value.small ? '< 5' : String(value.count ?? 0);
  if (typeof value === 'string') {
    if (kind === 'date') return formatDate(value);
    if (kind === 'month') return formatDate(`${value}-01`).replace(/^1 /, '');
    return value;
  }
  if (kind === 'share') return `${Math.round(value * 100)}%`;
  return value.toLocaleString('nl-NL', { maximumFractionDigits: 2 });
}

/** The value as it goes into a download cell: a number, a date, text, or null (left empty). */
function downloadValue(
  value: SheetValue,
  kind: ColumnKind,
  perEmployer: boolean,
): string | number | Date | null {
  if (value === null) return null;
  if (isCell(value)) return value.small ? (perEmployer ? null : '< 5') : (value.count ?? 0);
  if (typeof value === 'number') return value;
  if (kind === 'date') return new Date(`${value}T00:00:00Z`);
  if (kind === 'month') return new Date(`${value}-01T00:00:00Z`);
  return value;
}

const BOM = '\ufeff';

/** One table as CSV: headings, then rows; numbers with a decimal comma, dates as DD-MM-JJJJ. */
export function sheetCsv(sheet: Sheet): string {
  const rows = sheet.rows.map((row) =>
    row.map((value, index) => {
      const kind = sheet.columns[index]?.kind ?? 'text';
      const v = downloadValue(value, kind, sheet.perEmployer ?? false);
      if (v === null) return '';
      if (v instanceof Date) {
        const [y, m, d] = v.toISOString().slice(0, 10).split('-');
        return kind === 'month' ? `${m}-${y}` : `${d}-${m}-${y}`;
      }
      if (typeof v === 'number')
        return String(kind === 'share' ? Math.round(v * 1000) / 1000 : v).replace('.', ',');
      return v;
    }),
  );
  return (
    BOM +
    stringify([sheet.columns.map((c) => c.label), ...rows], { delimiter: ';', record_delimiter: 'windows' })
  );
}

const numberFormats: Partial<Record<ColumnKind, string>> = {
  count: '0',
  number: '#,##0.0',
  share: '0%',
  date: 'dd-mm-yyyy',
  month: 'mm-yyyy',
};

/** A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (title: string, used: Set<string>) => {
  const base = title
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 28)
    .trim();
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} ${n}`;
  used.add(name);
  return name;
};

export type ReportDownload = {
  title: string;
  period: string;
  rule: string;
  definitions: readonly string[];
  sheets: readonly Sheet[];
};

/** The whole report as an XLSX workbook: a first sheet about the report, then one per table. */
export async function reportXlsx(report: ReportDownload): Promise<Uint8Array> {
  // Loaded only for a download: the workbook library is large and only Node needs it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Warm Rotterdam Werkt';
  const used = new Set<string>();
  const about = workbook.addWorksheet(sheetName('Over dit rapport', used));
  about.columns = [{ width: 110 }];
  for (const line of [report.title, report.period, report.rule, ...report.definitions]) about.addRow([line]);
  about.getRow(1).font = { bold: true, size: 14 };
  for (const sheet of report.sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.title, used));
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.label,
      width: column.kind === 'text' ? 34 : 16,
      style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] as string } : {},
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows)
      worksheet.addRow(
        row.map((value, index) =>
          downloadValue(value, sheet.columns[index]?.kind ?? 'text', sheet.perEmployer ?? false),
        ),
      );
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
