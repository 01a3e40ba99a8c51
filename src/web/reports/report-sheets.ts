// The numbers of a report as tables ("sheets"): the one source for the page's tables, its charts
// and the CSV and XLSX downloads, so every output shows the same numbers and applies the same
// small-cell rule. Pure: report views in, sheets out.

import type { NotSelectedReport } from '../../modules/candidacies/candidacy.schemas';
import { programmeToday } from '../../modules/readiness/review-dates';
import type {
  FairnessReport,
  OutcomesReport,
  PredictionReport,
  SocialReturnReport,
  WayToWorkReport,
} from '../../modules/reports/report.schemas';
import type { Cell } from '../../modules/reports/small-cells';
import { cell } from '../../modules/reports/small-cells';

export type ColumnKind = 'text' | 'count' | 'number' | 'share' | 'month' | 'date';
export type Column = { label: string; kind: ColumnKind };
/** A value in a sheet: text, a number, a count cell (maybe "< 5"), or nothing. */
export type SheetValue = string | number | Cell | null;

export type SheetChart = {
  /** Column of the bar labels, and of the values (a count or share column). */
  labelColumn: number;
  valueColumn: number;
  /** Column that groups bars by colour (for example the age band), if any. */
  groupColumn?: number;
  unit: string;
};

export type Sheet = {
  /** Stable name, used in download addresses (`?tabel=`). */
  key: string;
  title: string;
  /** One sentence under the title: what the table counts. */
  explanation?: string;
  columns: Column[];
  rows: SheetValue[][];
  /** Rows per employer: in downloads a small cell is left out (empty), not written as "< 5". */
  perEmployer?: boolean;
  chart?: SheetChart;
};

export const isCell = (value: SheetValue): value is Cell =>
  typeof value === 'object' && value !== null && 'small' in value;

const share = (value: number | null): SheetValue => value;
const yesNo = (flag: boolean) => (flag ? 'Ja, lager dan 0,8' : 'Nee');

export function wayToWorkSheets(report: WayToWorkReport): Sheet[] {
  return [
    {
      key: 'stappen',
      title: 'De stappen naar werk',
      explanation:
        'Van de mensen die zich in deze periode aanmeldden: hoeveel mensen elke stap bereikten, en hoeveel dagen dat duurde sinds de stap ervoor (de middelste waarde).',
      columns: [
        { label: 'Stap', kind: 'text' },
        { label: 'Mensen', kind: 'count' },
        { label: 'Nog af te wachten', kind: 'count' },
        { label: 'Dagen (mediaan)', kind: 'number' },
      ],
      rows: report.steps.map((s) => [s.label, s.reached, s.pending, s.medianDays]),
      chart: { labelColumn: 0, valueColumn: 1, unit: 'Mensen' },
    },
    {
      key: 'segmenten',
      title: 'Segment bij de start',
      explanation: 'Het eerste segment dat mensen kregen.',
      columns: [
        { label: 'Segment', kind: 'text' },
        { label: 'Mensen', kind: 'count' },
      ],
      rows: report.segments.map((s) => [s.label, s.count]),
      chart: { labelColumn: 0, valueColumn: 1, unit: 'Mensen' },
    },
  ];
}

export function outcomesSheets(report: OutcomesReport): Sheet[] {
  const sheets: Sheet[] = [
    {
      key: 'werk',
      title: 'Werk gevonden en gestopt',
      columns: [
        { label: 'Wat', kind: 'text' },
        { label: 'Aantal', kind: 'count' },
      ],
      rows: [
        ['Aan het werk begonnen', report.started],
        ['Vast contract gekregen', report.convertedToPermanent],
        ['Gestopt met werken', report.ended],
        ['Na het stoppen terug in het programma', report.returned],
      ],
      chart: { labelColumn: 0, valueColumn: 1, unit: 'Aantal' },
    },
    {
      key: 'behoud',
      title: 'Nog aan het werk na 3, 6 en 12 maanden',
      explanation:
        'Van de banen die in deze periode begonnen. Wie die dag nog niet bereikte, telt nog niet mee.',
      columns: [
        { label: 'Na', kind: 'text' },
        { label: 'Nog aan het werk', kind: 'count' },
        { label: 'Gestopt', kind: 'count' },
        { label: 'Nog af te wachten', kind: 'count' },
        { label: 'Deel nog aan het werk', kind: 'share' },
      ],
      rows: report.retention.map((r) => [
        `${r.months} maanden`,
        r.retained,
        r.notRetained,
        r.pending,
        share(r.rate),
      ]),
      chart: { labelColumn: 0, valueColumn: 4, unit: 'Deel nog aan het werk' },
    },
    {
      key: 'redenen',
      title: 'Waarom werk stopte',
      columns: [
        { label: 'Reden', kind: 'text' },
        { label: 'Aantal', kind: 'count' },
      ],
      rows: report.endings.map((e) => [e.label, e.count]),
      chart: { labelColumn: 0, valueColumn: 1, unit: 'Aantal' },
    },
    {
      key: 'trajecten',
      title: 'Trajecten',
      columns: [
        { label: 'Soort', kind: 'text' },
        { label: 'Begonnen', kind: 'count' },
        { label: 'Afgerond', kind: 'count' },
        { label: 'Gestopt', kind: 'count' },
      ],
      rows: report.trajectories.map((t) => [t.label, t.started, t.completed, t.ended]),
    },
  ];
  if (report.endingNotes)
    sheets.push({
      key: 'notities',
      title: 'Wat er bij het stoppen is opgeschreven',
      explanation: 'Om van te leren. Zonder naam; alleen voor medewerkers van het programma.',
      columns: [
        { label: 'Maand', kind: 'month' },
        { label: 'Reden', kind: 'text' },
        { label: 'Notitie', kind: 'text' },
      ],
      rows: report.endingNotes.map((n) => [n.month, n.label, n.note]),
    });
  if (report.trajectoryStopReasons)
    sheets.push({
      key: 'traject-redenen',
      title: 'Waarom trajecten stopten',
      explanation: 'In de woorden van de aanbieder. Zonder naam; alleen voor medewerkers van het programma.',
      columns: [
        { label: 'Maand', kind: 'month' },
        { label: 'Soort', kind: 'text' },
        { label: 'Reden', kind: 'text' },
      ],
      rows: report.trajectoryStopReasons.map((r) => [r.month, r.label, r.reason]),
    });
  return sheets;
}

export function predictionSheets(report: PredictionReport): Sheet[] {
  const hiredColumns: Column[] = [
    { label: 'Mensen', kind: 'count' },
    { label: 'Al 3 maanden verder', kind: 'count' },
    { label: 'Binnen 3 maanden aan het werk', kind: 'count' },
    { label: 'Deel aan het werk', kind: 'share' },
  ];
  return [
    {
      key: 'per-segment',
      title: 'Binnen 3 maanden aan het werk, per eerste segment',
      explanation:
        'Mensen die in deze periode hun eerste segment kregen. We tellen alleen wie dat minstens 3 maanden geleden kreeg.',
      columns: [{ label: 'Eerste segment', kind: 'text' }, ...hiredColumns],
      rows: report.bySegment.map((s) => [s.label, s.people, s.counted, s.hired, s.rate]),
      chart: { labelColumn: 0, valueColumn: 4, unit: 'Deel aan het werk' },
    },
    {
      key: 'per-versie',
      title: 'Per versie van het assessment',
      columns: [
        { label: 'Versie', kind: 'text' },
        { label: 'Eerste segment', kind: 'text' },
        ...hiredColumns,
      ],
      rows: report.byInstrument.flatMap((v) =>
        v.segments.map((s) => [
          v.instrumentVersion === null ? 'Onbekend' : `Versie ${v.instrumentVersion}`,
          s.label,
          s.people,
          s.counted,
          s.hired,
          s.rate,
        ]),
      ),
    },
    {
      key: 'later-omhoog',
      title: '"Kansrijk op termijn": na een traject kansrijk voor werk?',
      columns: [
        { label: 'Wat', kind: 'text' },
        { label: 'Aantal', kind: 'count' },
      ],
      rows: [
        ['Begon in "kansrijk op termijn"', report.laterMovedUp.people],
        ['Volgde een traject', report.laterMovedUp.followedTrajectory],
        ['Daarna "kansrijk voor werk"', report.laterMovedUp.movedUp],
      ],
    },
    {
      key: 'toen-en-nu',
      title: 'Segment toen en nu',
      explanation: 'Per eerste segment: welk segment mensen nu hebben.',
      columns: [
        { label: 'Eerste segment', kind: 'text' },
        ...(report.changes[0]?.to ?? []).map((t) => ({ label: `Nu: ${t.label}`, kind: 'count' as const })),
      ],
      rows: report.changes.map((c) => [c.label, ...c.to.map((t) => t.count)]),
    },
  ];
}

export function socialReturnSheets(report: SocialReturnReport): Sheet[] {
  return [
    {
      key: 'werkgevers',
      title: 'Social return per werkgever',
      explanation:
        'Mensen die in deze periode via het programma bij de werkgever werkten. Uren: contracturen per week maal de gewerkte weken in de periode.',
      perEmployer: true,
      columns: [
        { label: 'Werkgever', kind: 'text' },
        { label: 'Mensen aan het werk', kind: 'count' },
        { label: 'Nieuw begonnen', kind: 'count' },
        { label: 'Uren gewerkt', kind: 'number' },
        { label: 'Maanden in dienst', kind: 'number' },
        { label: 'Betaald', kind: 'count' },
        { label: 'Onder een cao', kind: 'count' },
        { label: 'Kans op vast werk', kind: 'count' },
        { label: 'Leer-werkplekken', kind: 'count' },
        { label: 'Nulurencontract', kind: 'count' },
      ],
      rows: report.employers.map((e) => [
        e.employerName,
        e.people,
        e.hired,
        e.hoursWorked,
        e.monthsEmployed,
        e.paid,
        e.underCao,
        e.permanentProspect,
        e.learnWork,
        e.zeroHours,
      ]),
      chart: { labelColumn: 0, valueColumn: 1, unit: 'Mensen aan het werk' },
    },
  ];
}

export function fairnessSheets(report: FairnessReport): Sheet[] {
  const columns: Column[] = [
    { label: 'Stap', kind: 'text' },
    { label: 'Leeftijd', kind: 'text' },
    { label: 'Beoordeeld', kind: 'count' },
    { label: 'Door naar de stap', kind: 'count' },
    { label: 'Deel door', kind: 'share' },
    { label: 'Verhouding tot de hoogste', kind: 'number' },
    { label: 'Let op', kind: 'text' },
  ];
  const rowsOf = (steps: FairnessReport['overall']) =>
    steps.flatMap((s) =>
      s.bands.map((b) => [
        s.label,
        b.label,
        b.considered,
        b.passed,
        b.rate,
        b.ratio === null ? null : Math.round(b.ratio * 100) / 100,
        yesNo(b.flagged),
      ]),
    );
  return [
    {
      key: 'alle-werkgevers',
      title: 'Per stap en leeftijd, alle werkgevers samen',
      explanation:
        'Hoe vaak mensen door een stap kwamen die de werkgever beslist. Is de verhouding tot de leeftijdsgroep met het hoogste deel lager dan 0,8, dan staat er "Let op" (de vier-vijfde-regel).',
      columns,
      rows: rowsOf(report.overall),
      chart: { labelColumn: 0, valueColumn: 4, groupColumn: 1, unit: 'Deel door' },
    },
    {
      key: 'per-werkgever',
      title: 'Per werkgever',
      explanation: 'Alleen werkgevers met minstens 5 kandidaten in de periode.',
      perEmployer: true,
      columns: [{ label: 'Werkgever', kind: 'text' }, ...columns],
      rows: report.employers.flatMap((e) => rowsOf(e.steps).map((row) => [e.employerName, ...row])),
    },
  ];
}

export function notSelectedSheets(report: NotSelectedReport): Sheet[] {
  return [
    {
      key: 'redenen',
      title: 'Waarom werkgevers niet verder gingen',
      perEmployer: true,
      columns: [
        { label: 'Werkgever', kind: 'text' },
        { label: 'Reden', kind: 'text' },
        { label: 'Aantal', kind: 'count' },
      ],
      rows: report.employers.flatMap((e) => e.reasons.map((r) => [e.employerName, r.label, cell(r.count)])),
    },
    {
      key: 'notities',
      title: 'Wat werkgevers erbij schreven',
      explanation:
        'Een notitie die over leeftijd gaat, is om na te vragen: vooroordelen mogen geen ruimte krijgen.',
      perEmployer: true,
      columns: [
        { label: 'Werkgever', kind: 'text' },
        { label: 'Datum', kind: 'date' },
        { label: 'Notitie', kind: 'text' },
        { label: 'Gaat over leeftijd', kind: 'text' },
      ],
      rows: report.employers.flatMap((e) =>
        e.notes.map((n) => [
          e.employerName,
          programmeToday(new Date(n.occurredAt)),
          n.note,
          n.mentionsAge ? 'Ja' : 'Nee',
        ]),
      ),
    },
  ];
}
