import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cell } from '../../src/modules/reports/small-cells';
import { reportXlsx, sheetCsv, valueText } from '../../src/web/reports/report-downloads';
import type { Sheet } from '../../src/web/reports/report-sheets';

const columns: Sheet['columns'] = [
  { label: 'Wat', kind: 'text' },
  { label: 'Aantal', kind: 'count' },
  { label: 'Deel', kind: 'share' },
  { label: 'Uren', kind: 'number' },
  { label: 'Maand', kind: 'month' },
];
const rows: Sheet['rows'] = [
  ['Veel', cell(12), 0.625, 5.9, '2026-04'],
  ['Weinig', cell(3), null, null, '2026-05'],
  ['Niemand', cell(0), null, 0, '2026-06'],
];
const programmeWide: Sheet = { key: 'a', title: 'Alles', columns, rows };
const perEmployer: Sheet = { ...programmeWide, key: 'b', title: 'Per werkgever', perEmployer: true };

describe('report downloads', () => {
  it('write a programme-wide CSV with a byte-order mark, semicolons, decimal commas and "< 5"', () => {
    const csv = sheetCsv(programmeWide);
    expect(csv.startsWith('\ufeffWat;Aantal;Deel;Uren;Maand\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      'Veel;12;0,625;5,9;04-2026',
      'Weinig;< 5;;;05-2026',
      'Niemand;0;;0;06-2026',
    ]);
  });

  it('leave a small cell out of a download per employer', () => {
    expect(sheetCsv(perEmployer).split('\r\n')[2]).toBe('Weinig;;;;05-2026');
  });

  it('write the page’s words for each kind of value', () => {
    expect(valueText(cell(3), 'count')).toBe('< 5');
    expect(valueText(0.625, 'share')).toBe('63%');
    expect(valueText(1234.5, 'number')).toBe('1.234,5');
    expect(valueText('2026-04', 'month')).toBe('april 2026');
    expect(valueText(null, 'number')).toBe('—');
  });

  it('put real numbers and dates into the XLSX, with the rule on its first sheet', async () => {
    const bytes = await reportXlsx({
      title: 'Proef',
      period: 'Periode: 2026',
      rule: 'Minder dan 5: "< 5".',
      definitions: ['Zo tellen we.'],
      sheets: [programmeWide, perEmployer],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Over dit rapport', 'Alles', 'Per werkgever']);
    expect(workbook.getWorksheet('Over dit rapport')?.getCell('A3').value).toBe('Minder dan 5: "< 5".');
    const all = workbook.getWorksheet('Alles');
    expect(all?.getCell('B2').value).toBe(12);
    expect(all?.getCell('C2').value).toBe(0.625);
    expect(all?.getCell('C2').numFmt).toBe('0%');
    expect(all?.getCell('E2').value).toEqual(new Date('2026-04-01T00:00:00Z'));
    expect(all?.getCell('B3').value).toBe('< 5');
    expect(workbook.getWorksheet('Per werkgever')?.getCell('B3').value).toBeNull();
  });
});
