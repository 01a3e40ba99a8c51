// The reports the web app shows, each with its words, its filters and how it loads its sheets from
// the service verbs the API calls. One list for the programme's pages, the advisory group's pages
// and the downloads.

import { z } from 'zod';
import { can, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { notSelectedReport } from '../../modules/candidacies/not-selected-report.service';
import { readinessSegments } from '../../modules/job-seekers/job-seeker.entity';
import { fairnessReport } from '../../modules/reports/fairness.service';
import { outcomesReport } from '../../modules/reports/outcomes.service';
import { predictionReport } from '../../modules/reports/prediction.service';
import { reportPeriod } from '../../modules/reports/report-period';
import { SMALL_CELL_RULE_NL } from '../../modules/reports/small-cells';
import { socialReturnReport } from '../../modules/reports/social-return.service';
import { wayToWorkReport } from '../../modules/reports/way-to-work.service';
import {
  fairnessSheets,
  notSelectedSheets,
  outcomesSheets,
  predictionSheets,
  type Sheet,
  socialReturnSheets,
  wayToWorkSheets,
} from './report-sheets';

/** The filters as the page's GET form sends them (Dutch field names), already checked. */
export type ReportFilters = {
  van?: string | undefined;
  tot?: string | undefined;
  partner?: string | undefined;
  lifecoach?: string | undefined;
  segment?: (typeof readinessSegments)[number] | undefined;
};

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);
const date = z.preprocess(
  emptyToUndefined,
  z.iso.date({ error: 'Vul een datum in, zoals 31-01-2026.' }).optional(),
);
const choice = z.preprocess(emptyToUndefined, z.uuid({ error: 'Kies uit de lijst.' }).optional());

export const reportFiltersSchema = z
  .object({
    van: date,
    tot: date,
    partner: choice,
    lifecoach: choice,
    segment: z.preprocess(
      emptyToUndefined,
      z.enum(readinessSegments, { error: 'Kies uit de lijst.' }).optional(),
    ),
  })
  .refine((f) => !f.van || !f.tot || f.van <= f.tot, {
    message: 'De einddatum ligt voor de begindatum.',
    path: ['tot'],
  });

export type LoadedReport = { from: string; to: string; rule: string; sheets: Sheet[] };

export type ReportDefinition = {
  slug: string;
  title: string;
  /** One or two sentences under the title. */
  intro: string;
  /** What the numbers mean, in words: on the page and on the first sheet of the XLSX. */
  definitions: readonly string[];
  /** The way to work can be filtered on partner, lifecoach and segment; the rest on the period only. */
  filters: 'period' | 'way';
  /** Who may read it (besides the role guard of the workspace). */
  allowed: (ctx: RequestContext) => boolean;
  load: (ctx: RequestContext, filters: ReportFilters) => Promise<LoadedReport>;
};

const period = (f: ReportFilters) => ({ from: f.van, to: f.tot });
const programmeReports = (ctx: RequestContext) => can(ctx.actor, Permission.ReadProgrammeReports);

export const reportCatalogue: readonly ReportDefinition[] = [
  {
    slug: 'weg-naar-werk',
    title: 'De weg naar werk',
    intro: 'Hoe ver mensen kwamen die zich in de gekozen periode aanmeldden, en hoe lang elke stap duurde.',
    definitions: [
      'Aangemeld: de dag waarop iemand werd ingeschreven. Alle andere stappen tellen voor die mensen, ook als de stap na de periode kwam.',
      'Assessment gedaan: het eerste afgeronde assessment. Segment bepaald: het eerste segment. Traject begonnen: de eerste echte startdag van een traject.',
      'Naar een Meet & Greet geweest: aanwezig op een Meet & Greet. Sollicitatiegesprek gehad: een kandidatuur kwam bij "gesprek gehad" of verder.',
      'Aan het werk begonnen: de startdatum van de eerste baan. Na 3, 6 en 12 maanden: nog aan het werk bij die eerste baan (een vast contract telt mee). Wie die dag nog niet bereikte, staat bij "nog af te wachten".',
      'Niet iedereen gaat door elke stap: wie kansrijk is voor werk, heeft geen traject nodig. Daarom tellen de dagen vanaf de laatste stap daarvoor die de persoon wél had. Dagen: de middelste waarde (mediaan), alleen bij 5 mensen of meer.',
    ],
    filters: 'way',
    allowed: programmeReports,
    load: async (ctx, f) => {
      const report = await wayToWorkReport(ctx, {
        ...period(f),
        partnerId: f.partner,
        lifecoachId: f.lifecoach,
        segment: f.segment,
      });
      return { ...report, sheets: wayToWorkSheets(report) };
    },
  },
  {
    slug: 'uitkomsten',
    title: 'Uitkomsten en oorzaken',
    intro: 'Wie werk vond, wie bleef, waarom het misging waar het misging, en hoe trajecten afliepen.',
    definitions: [
      'Aan het werk begonnen: banen met een startdatum in de periode. Vast contract: omgezet naar vast in de periode. Gestopt: de laatste werkdag lag in de periode.',
      'Nog aan het werk na 3, 6 en 12 maanden: van de banen die in de periode begonnen. Deel: nog aan het werk gedeeld door wie die dag bereikte, alleen bij 5 mensen of meer.',
      'Waarom werk stopte: de reden die bij het stoppen is gekozen. Terug in het programma: na het stoppen weer begeleid door het programma.',
      'Trajecten: begonnen (echte startdag), afgerond en gestopt in de periode, per soort.',
    ],
    filters: 'period',
    allowed: programmeReports,
    load: async (ctx, f) => {
      const report = await outcomesReport(ctx, period(f));
      return { ...report, sheets: outcomesSheets(report) };
    },
  },
  {
    slug: 'voorspelt-het-assessment',
    title: 'Voorspelt het assessment?',
    intro:
      'Komen mensen die "kansrijk voor werk" waren ook echt snel aan het werk? Zo kan het programma het assessment toetsen en verbeteren.',
    definitions: [
      'We kijken naar mensen die in de periode hun eerste segment kregen, en naar de versie van het assessment achter dat segment.',
      'Binnen 3 maanden aan het werk: de eerste baan begon binnen 3 maanden na het eerste segment. We tellen alleen wie dat segment minstens 3 maanden geleden kreeg.',
      '"Kansrijk op termijn" en omhoog: wie begon in "kansrijk op termijn", een traject volgde en daarna "kansrijk voor werk" werd.',
      'Segment toen en nu: het eerste segment naast het segment van vandaag.',
    ],
    filters: 'period',
    allowed: programmeReports,
    load: async (ctx, f) => {
      const report = await predictionReport(ctx, period(f));
      return { ...report, sheets: predictionSheets(report) };
    },
  },
  {
    slug: 'social-return',
    title: 'Social return per werkgever',
    intro: 'Wat elke werkgever nodig heeft om zijn social-return-verplichting (SROI) te verantwoorden.',
    definitions: [
      'Mensen aan het werk: wie in de periode via het programma bij de werkgever werkte. Nieuw begonnen: van hen, wie in de periode begon.',
      'Uren gewerkt: contracturen per week maal de gewerkte dagen in de periode, gedeeld door 7. Maanden in dienst: gewerkte dagen gedeeld door 30,44.',
      'Kans op vast werk: een betaald arbeidscontract zonder nuluren, of omgezet naar vast. Leer-werkplekken en nulurencontracten tellen apart.',
    ],
    filters: 'period',
    allowed: (ctx) => can(ctx.actor, Permission.ReadSocialReturnReport),
    load: async (ctx, f) => {
      const report = await socialReturnReport(ctx, period(f));
      return { ...report, sheets: socialReturnSheets(report) };
    },
  },
  {
    slug: 'vooroordelen',
    title: 'Waar vooroordelen terug kunnen komen',
    intro:
      'Per stap die een werkgever beslist: komen mensen van 50 en ouder even vaak door als anderen? Werkgevers zien dit rapport nooit.',
    definitions: [
      'Leeftijd op de dag dat de kandidatuur begon, uit de geboortedatum die het programma heeft: jonger dan 27, 27 tot en met 49, 50 en ouder.',
      'Beoordeeld: de kandidaat kwam bij de stap ervoor en wacht daar niet meer. Deel door: hoeveel van hen door de stap kwamen (alleen bij 5 of meer beoordeeld).',
      'Verhouding tot de hoogste: het deel van de groep gedeeld door het deel van de groep die het vaakst doorkwam. Lager dan 0,8 is een signaal (de vier-vijfde-regel).',
    ],
    filters: 'period',
    allowed: programmeReports,
    load: async (ctx, f) => {
      const report = await fairnessReport(ctx, period(f));
      return { ...report, sheets: fairnessSheets(report) };
    },
  },
  {
    slug: 'niet-gekozen',
    title: 'Waarom werkgevers niet verder gingen',
    intro:
      'De redenen die werkgevers gaven, en wat ze erbij schreven. Alleen voor medewerkers van het programma.',
    definitions: [
      'Per werkgever: hoe vaak elke reden gekozen werd bij "niet verder" in de periode, en de notities erbij.',
    ],
    filters: 'period',
    allowed: (ctx) => can(ctx.actor, Permission.ReadSelectionReports),
    load: async (ctx, f) => {
      const { from, to } = reportPeriod(ctx.now, period(f));
      const report = await notSelectedReport(ctx, { from, to });
      return { from, to, rule: SMALL_CELL_RULE_NL, sheets: notSelectedSheets(report) };
    },
  },
];

export const reportBySlug = (slug: string) => reportCatalogue.find((r) => r.slug === slug);
