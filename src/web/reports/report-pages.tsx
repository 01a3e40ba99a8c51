import type { Hono, MiddlewareHandler } from 'hono';
import { raw } from 'hono/html';
import { Role } from '../../access/roles';
import { readinessSegments } from '../../modules/job-seekers/job-seeker.entity';
import { reportFilterOptions } from '../../modules/reports/report-filters.service';
import { formatDate, segmentLabels } from '../labels';
import { Alert, Cell, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import { type FieldErrors, SelectField, SubmitButton, TextField } from '../layout/form';
import { Page } from '../layout/page';
import { pageContext } from '../lifecoach/page-tools';
import { requireSession } from '../session/session-middleware';
import type { WebBindings, WebContext } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';
import {
  type LoadedReport,
  type ReportDefinition,
  type ReportFilters,
  reportBySlug,
  reportCatalogue,
  reportFiltersSchema,
} from './report-catalogue';
import { type Bar, barChartSvg } from './report-chart';
import { reportXlsx, sheetCsv, valueText } from './report-downloads';
import { isCell, type Sheet } from './report-sheets';

/** A workspace that shows the reports: where it lives, who may enter, the menu section it marks. */
export type ReportWorkspace = {
  basePath: string;
  guard: MiddlewareHandler<WebBindings>;
  section: string;
  /** The reports this workspace lists (the employer sees only its own social return). */
  slugs?: readonly string[];
};

const FILTER_FIELDS = ['van', 'tot', 'partner', 'lifecoach', 'segment'] as const;

/** The filters as typed (kept on the page) and, when they are right, as checked. */
function readFilters(c: WebContext): {
  typed: Record<string, string>;
  filters?: ReportFilters;
  errors: FieldErrors;
} {
  const typed: Record<string, string> = {};
  for (const name of FILTER_FIELDS) typed[name] = (c.req.query(name) ?? '').trim();
  const parsed = reportFiltersSchema.safeParse(typed);
  if (parsed.success) return { typed, filters: parsed.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'van');
    errors[field] ??= issue.message;
  }
  return { typed, errors };
}

const queryOf = (typed: Record<string, string>, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...typed, ...extra })) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The bars of a sheet's chart; a hidden small cell is a bar of nothing with "< 5" beside it. */
function barsOf(sheet: Sheet): Bar[] {
  const chart = sheet.chart;
  if (!chart) return [];
  const kind = sheet.columns[chart.valueColumn]?.kind ?? 'count';
  return sheet.rows.map((row) => {
    const value = row[chart.valueColumn] ?? null;
    const number = isCell(value) ? value.count : typeof value === 'number' ? value : null;
    const bar: Bar = {
      label: String(row[chart.labelColumn] ?? ''),
      value: number,
      text: valueText(value, kind),
    };
    if (chart.groupColumn !== undefined) bar.group = String(row[chart.groupColumn] ?? '');
    return bar;
  });
}

async function SheetSection({ sheet, csvHref }: { sheet: Sheet; csvHref: string }) {
  const bars = barsOf(sheet);
  const share = sheet.chart ? sheet.columns[sheet.chart.valueColumn]?.kind === 'share' : false;
  const svg =
    sheet.chart && sheet.rows.length
      ? await barChartSvg({ title: sheet.title, bars, unit: sheet.chart.unit, share })
      : null;
  return (
    <section class="report-sheet" aria-labelledby={`tabel-${sheet.key}`}>
      <Heading2 id={`tabel-${sheet.key}`}>{sheet.title}</Heading2>
      {sheet.explanation ? <Paragraph>{sheet.explanation}</Paragraph> : null}
      {sheet.rows.length ? (
        <div
          class={svg && sheet.columns.length <= 4 ? 'report-figure' : 'report-figure report-figure--stacked'}
        >
          {svg ? <figure class="report-figure__chart">{raw(svg)}</figure> : null}
          <div class="report-figure__table">
            <Table caption={sheet.title} head={sheet.columns.map((c) => c.label)} scrollable>
              {sheet.rows.map((row) => (
                <Row>
                  {row.map((value, index) => (
                    <Cell label={sheet.columns[index]?.label}>
                      {valueText(value, sheet.columns[index]?.kind ?? 'text')}
                    </Cell>
                  ))}
                </Row>
              ))}
            </Table>
          </div>
        </div>
      ) : (
        <Paragraph>Hier is nog niets te tellen in deze periode.</Paragraph>
      )}
      <Paragraph>
        <a class="utrecht-link" href={csvHref} download>
          Download deze tabel als CSV
        </a>
      </Paragraph>
    </section>
  );
}

function FilterForm({
  action,
  report,
  typed,
  errors,
  options,
}: {
  action: string;
  report: ReportDefinition;
  typed: Record<string, string>;
  errors: FieldErrors;
  options: Awaited<ReturnType<typeof reportFilterOptions>> | null;
}) {
  return (
    <form method="get" action={action} class="utrecht-form report-filters" novalidate>
      <TextField
        name="van"
        type="date"
        label="Van"
        size="date"
        value={typed.van}
        error={errors.van}
        optional
      />
      <TextField
        name="tot"
        type="date"
        label="Tot en met"
        size="date"
        value={typed.tot}
        error={errors.tot}
        optional
      />
      {report.filters === 'way' && options ? (
        <>
          <SelectField
            name="partner"
            label="Aangemeld door"
            optional
            value={typed.partner}
            error={errors.partner}
            options={[
              { value: '', label: 'Alle organisaties' },
              ...options.partners.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          {options.lifecoaches.length ? (
            <SelectField
              name="lifecoach"
              label="Lifecoach"
              optional
              value={typed.lifecoach}
              error={errors.lifecoach}
              options={[
                { value: '', label: 'Alle lifecoaches' },
                ...options.lifecoaches.map((l) => ({ value: l.id, label: l.name })),
              ]}
            />
          ) : null}
          <SelectField
            name="segment"
            label="Eerste segment"
            optional
            value={typed.segment}
            error={errors.segment}
            options={[
              { value: '', label: 'Alle segmenten' },
              ...readinessSegments.map((s) => ({ value: s, label: segmentLabels[s] })),
            ]}
          />
        </>
      ) : null}
      <SubmitButton>Toon</SubmitButton>
    </form>
  );
}

const filename = (report: ReportDefinition, loaded: LoadedReport, ext: string, key?: string) =>
  `${report.slug}${key ? `-${key}` : ''}-${loaded.from}-${loaded.to}.${ext}`;

/** The report pages and downloads of one workspace (programme staff, advisory group or employer). */
export function reportPages(web: Hono<WebBindings>, deps: WebRouteDependencies, workspace: ReportWorkspace) {
  const signedIn = requireSession(deps, deps.clock);
  const { basePath, guard, section } = workspace;
  const listed = (ctx: Parameters<ReportDefinition['allowed']>[0]) =>
    reportCatalogue.filter((r) => (!workspace.slugs || workspace.slugs.includes(r.slug)) && r.allowed(ctx));
  const reportOf = (c: WebContext, ctx: Parameters<ReportDefinition['allowed']>[0]) => {
    const report = reportBySlug(c.req.param('slug') ?? '');
    return report && listed(ctx).includes(report) ? report : null;
  };

  if (!workspace.slugs || workspace.slugs.length > 1)
    web.get(basePath, signedIn, guard, (c) => {
      const { ctx, me } = pageContext(c, deps);
      return c.html(
        <Page title="Rapportages" signedIn={me} section={section}>
          <Heading1>Rapportages</Heading1>
          <Paragraph lead>
            Wat het programma oplevert, voor wie, en waar het beter kan. Alleen aantallen: niemand is te
            herkennen.
          </Paragraph>
          <ul class="programme-parts">
            {listed(ctx).map((report) => (
              <li class="programme-parts__item">
                <Heading2>
                  <Link href={`${basePath}/${report.slug}`}>{report.title}</Link>
                </Heading2>
                <Paragraph>{report.intro}</Paragraph>
              </li>
            ))}
          </ul>
        </Page>,
      );
    });

  web.get(`${basePath}/:slug`, signedIn, guard, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const report = reportOf(c, ctx);
    if (!report) return renderError(c, 'notFound');
    const { typed, filters, errors } = readFilters(c);
    const options = report.filters === 'way' ? await reportFilterOptions(ctx) : null;
    const loaded = filters ? await report.load(ctx, filters) : null;
    const sections = loaded
      ? await Promise.all(
          loaded.sheets.map((sheet) =>
            SheetSection({
              sheet,
              csvHref: `${basePath}/${report.slug}/csv${queryOf(typed, { tabel: sheet.key })}`,
            }),
          ),
        )
      : [];
    return c.html(
      <Page title={report.title} signedIn={me} section={section}>
        {workspace.slugs?.length === 1 ? null : (
          <Paragraph>
            <Link href={basePath}>Alle rapportages</Link>
          </Paragraph>
        )}
        <Heading1>{report.title}</Heading1>
        <Paragraph lead>{report.intro}</Paragraph>
        <FilterForm
          action={`${basePath}/${report.slug}`}
          report={report}
          typed={typed}
          errors={errors}
          options={options}
        />
        {loaded ? (
          <>
            <Paragraph>
              Periode: {formatDate(loaded.from)} tot en met {formatDate(loaded.to)}.{' '}
              <a class="utrecht-link" href={`${basePath}/${report.slug}/xlsx${queryOf(typed)}`} download>
                Download alles als Excel-bestand (XLSX)
              </a>
            </Paragraph>
            <Alert kind="info">
              <Paragraph>{loaded.rule}</Paragraph>
            </Alert>
            {sections}
            <Heading2>Zo tellen we</Heading2>
            <ul class="utrecht-unordered-list">
              {report.definitions.map((line) => (
                <li>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>Verbeter de filters hierboven; dan tonen we het rapport.</Paragraph>
        )}
      </Page>,
    );
  });

  web.get(`${basePath}/:slug/csv`, signedIn, guard, async (c) => {
    const { ctx } = pageContext(c, deps);
    const report = reportOf(c, ctx);
    const { filters } = readFilters(c);
    if (!report || !filters) return renderError(c, 'notFound');
    const loaded = await report.load(ctx, filters);
    const sheet = loaded.sheets.find((s) => s.key === c.req.query('tabel'));
    if (!sheet) return renderError(c, 'notFound');
    return c.body(sheetCsv(sheet), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename(report, loaded, 'csv', sheet.key)}"`,
      'cache-control': 'no-store',
    });
  });

  web.get(`${basePath}/:slug/xlsx`, signedIn, guard, async (c) => {
    const { ctx } = pageContext(c, deps);
    const report = reportOf(c, ctx);
    const { filters } = readFilters(c);
    if (!report || !filters) return renderError(c, 'notFound');
    const loaded = await report.load(ctx, filters);
    const body = await reportXlsx({
      title: report.title,
      period: `Periode: ${formatDate(loaded.from)} tot en met ${formatDate(loaded.to)}`,
      rule: loaded.rule,
      definitions: report.definitions,
      sheets: loaded.sheets,
    });
    return c.body(body as never, 200, {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${filename(report, loaded, 'xlsx')}"`,
      'cache-control': 'no-store',
    });
  });
}

/** Only the given roles; for everyone else the pages do not exist (404). */
export const onlyRoles =
  (...roles: Role[]): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    const role = c.get('signedIn')?.user.role;
    if (!role || !roles.includes(role)) return renderError(c, 'notFound');
    await next();
  };

/** The reports in each workspace: programme staff, the advisory group, an employer's own social return. */
export function reportRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  reportPages(web, deps, {
    basePath: '/beheer/rapportages',
    guard: onlyRoles(Role.ProgrammeAdmin),
    section: 'reports',
  });
  reportPages(web, deps, {
    basePath: '/rapportages',
    guard: onlyRoles(Role.AdvisoryGroup),
    section: 'reports',
  });
  reportPages(web, deps, {
    basePath: '/werkgever/rapportage',
    guard: onlyRoles(Role.EmployerRecruiter),
    section: 'socialReturn',
    slugs: ['social-return'],
  });
}
