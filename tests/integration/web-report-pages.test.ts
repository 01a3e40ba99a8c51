import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The report pages of programme staff (/beheer/rapportages), the advisory group (/rapportages) and
// an employer's own social return (/werkgever/rapportage/social-return), with their downloads.
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;
let employerA: Organisation;
let employerB: Organisation;
const sessions: Record<string, WebSession> = {};
const names: string[] = [];
const june = 'van=2026-06-01&tot=2026-06-30';

async function download(session: WebSession, path: string) {
  const response = await t.app.request(path, { headers: { cookie: session.cookie } });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: new Uint8Array(await response.arrayBuffer()),
  };
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-12-01T10:00:00Z') });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  const advisory = await t.factory.user('ADVISORY_GROUP', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  employerA = recruiterA.organisation;
  employerB = recruiterB.organisation;
  // 6 people at work at employer A and 2 at employer B, all from 1 June 2026, 32 hours a week.
  for (const [employer, n] of [
    [employerA, 6],
    [employerB, 2],
  ] as const)
    for (let i = 0; i < n; i++) {
      const person = await t.factory.jobSeeker(coach.user, { dateOfBirth: '1980-01-01' });
      names.push(person.fullName);
      await t.factory.placement(person, await t.factory.vacancy(employer), {
        startDate: '2026-06-01',
        contractHoursPerWeek: 32,
      });
    }
  for (const [key, user] of Object.entries({ admin, coach, advisory, recruiterA, recruiterB }))
    sessions[key] = await webSessionFor(t, user.user);
});
afterAll(() => t.close());

const session = (key: string) => sessions[key] as WebSession;

describe('programme staff', () => {
  it('find every report on /beheer/rapportages', async () => {
    const page = await getPage(t, session('admin'), '/beheer/rapportages');
    expect(page.status).toBe(200);
    for (const slug of [
      'weg-naar-werk',
      'uitkomsten',
      'voorspelt-het-assessment',
      'social-return',
      'vooroordelen',
      'niet-gekozen',
    ])
      expect(page.html).toContain(`href="/beheer/rapportages/${slug}"`);
  });

  it('open each report: a chart as SVG beside a table of the same numbers, and the small-numbers rule', async () => {
    for (const slug of [
      'weg-naar-werk',
      'uitkomsten',
      'voorspelt-het-assessment',
      'social-return',
      'vooroordelen',
      'niet-gekozen',
    ]) {
      const page = await getPage(t, session('admin'), `/beheer/rapportages/${slug}?${june}`);
      expect(page.status, slug).toBe(200);
      if (slug !== 'niet-gekozen') expect(page.html, slug).toContain('<table');
      expect(visibleText(page.html), slug).toContain('minder dan 5 mensen');
      if (slug !== 'niet-gekozen') expect(page.html, slug).toMatch(/<svg role="img" aria-label="[^"]+"/);
      for (const name of names) expect(page.html, slug).not.toContain(name);
    }
  });

  it('read social return per employer with fewer than 5 people as "< 5", in the table and the chart', async () => {
    const page = await getPage(t, session('admin'), `/beheer/rapportages/social-return?${june}`);
    const text = visibleText(page.html).replaceAll('&lt;', '<');
    // 6 × 32 hours × 30 days / 7 = 823 hours.
    expect(text).toMatch(new RegExp(`${employerA.name} 6 6 823`));
    expect(text).toContain(`${employerB.name} < 5 < 5 — — < 5 < 5 < 5 0 0`);
    expect(page.html).toMatch(/<text[^>]*>&lt; 5<\/text>/);
  });

  it('filter with a GET form; a wrong date comes back next to its field with what was typed', async () => {
    const page = await getPage(
      t,
      session('admin'),
      '/beheer/rapportages/uitkomsten?van=31-02-2026&tot=2026-01-01',
    );
    expect(page.status).toBe(200);
    expect(page.html).toContain('<form method="get" action="/beheer/rapportages/uitkomsten"');
    expect(page.html).toContain('value="31-02-2026"');
    expect(visibleText(page.html)).toContain('Vul een datum in');
    expect(page.html).not.toContain('<table');
    const backwards = await getPage(
      t,
      session('admin'),
      '/beheer/rapportages/uitkomsten?van=2026-05-01&tot=2026-01-01',
    );
    expect(visibleText(backwards.html)).toContain('De einddatum ligt voor de begindatum.');
    const tampered = await getPage(
      t,
      session('admin'),
      '/beheer/rapportages/weg-naar-werk?partner=x&segment=SOON',
    );
    expect(tampered.status).toBe(200);
    expect(visibleText(tampered.html)).toContain('Kies uit de lijst.');
  });

  it('choose a lifecoach and a partner on the way to work', async () => {
    const page = await getPage(t, session('admin'), '/beheer/rapportages/weg-naar-werk');
    expect(page.html).toContain('name="lifecoach"');
    expect(page.html).toContain(`value="${coach.user.id}"`);
    expect(page.html).toContain('name="partner"');
  });

  it('download a table as CSV: UTF-8 with a byte-order mark, semicolons, Dutch headings, small cells left out per employer', async () => {
    const csv = await download(
      session('admin'),
      `/beheer/rapportages/social-return/csv?${june}&tabel=werkgevers`,
    );
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect([...csv.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(csv.body)
      .slice(1)
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Werkgever;Mensen aan het werk;Nieuw begonnen;Uren gewerkt;Maanden in dienst;Betaald;Onder een cao;Kans op vast werk;Leer-werkplekken;Nulurencontract',
    );
    expect(lines).toContain(`${employerA.name};6;6;823;5,9;6;6;6;0;0`);
    expect(lines).toContain(`${employerB.name};;;;;;;;0;0`);
  });

  it('download a programme-wide table with its own headings', async () => {
    const csv = await download(
      session('admin'),
      `/beheer/rapportages/weg-naar-werk/csv?${june}&tabel=stappen`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.body);
    expect(text.split('\r\n')[0]).toBe('\ufeffStap;Mensen;Nog af te wachten;Dagen (mediaan)');
    expect(text).toContain('Aangemeld;0;0;');
  });

  it('download the whole report as XLSX with real numbers, one worksheet per table', async () => {
    const xlsx = await download(session('admin'), `/beheer/rapportages/social-return/xlsx?${june}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Over dit rapport',
      'Social return per werkgever',
    ]);
    const sheet = workbook.getWorksheet('Social return per werkgever');
    const rows = sheet?.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]?.slice(1, 4)).toEqual(['Werkgever', 'Mensen aan het werk', 'Nieuw begonnen']);
    const a = rows.find((r) => r[1] === employerA.name);
    expect(a?.slice(2, 5)).toEqual([6, 6, 823]);
    const b = rows.find((r) => r[1] === employerB.name);
    expect(b?.[2]).toBeUndefined();
  });

  it('audit each report they open', async () => {
    const rows = (await t.orm.em
      .fork()
      .getConnection()
      .execute(
        `select distinct entity_id from audit_entry where action = 'report.viewed' and actor_user_id = ?`,
        [admin.user.id],
      )) as { entity_id: string }[];
    expect(rows.map((r) => r.entity_id)).toEqual(
      expect.arrayContaining(['social-return', 'outcomes', 'way-to-work']),
    );
  });
});

describe('the advisory group', () => {
  it('lands on its reports and sees only those', async () => {
    const page = await getPage(t, session('advisory'), '/rapportages');
    expect(page.status).toBe(200);
    expect(page.html).toContain('href="/rapportages/vooroordelen"');
    expect(page.html).not.toContain('niet-gekozen');
    expect(page.html).not.toContain('href="/werkzoekenden"');
    const outcomes = await getPage(t, session('advisory'), '/rapportages/uitkomsten');
    expect(outcomes.status).toBe(200);
    expect(outcomes.html).not.toContain('Wat er bij het stoppen is opgeschreven');
    const way = await getPage(t, session('advisory'), '/rapportages/weg-naar-werk');
    expect(way.html).not.toContain('name="lifecoach"');
  });

  it('finds nothing else: the notes report, the programme pages and the people are not there', async () => {
    for (const path of [
      '/rapportages/niet-gekozen',
      '/beheer/rapportages',
      '/beheer',
      '/werkzoekenden',
      '/vandaag',
    ])
      expect((await getPage(t, session('advisory'), path)).status, path).toBeGreaterThanOrEqual(403);
    expect((await getPage(t, session('advisory'), '/rapportages/niet-gekozen')).status).toBe(404);
  });
});

describe('an employer', () => {
  it('reads and downloads its own social return only', async () => {
    const page = await getPage(t, session('recruiterA'), `/werkgever/rapportage/social-return?${june}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(employerA.name);
    expect(page.html).not.toContain(employerB.name);
    const own = await download(
      session('recruiterB'),
      `/werkgever/rapportage/social-return/csv?${june}&tabel=werkgevers`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(own.body);
    expect(text).toContain(employerB.name);
    expect(text).not.toContain(employerA.name);
  });

  it('never finds the other reports or the programme’s pages', async () => {
    for (const path of [
      '/werkgever/rapportage/vooroordelen',
      '/werkgever/rapportage/weg-naar-werk',
      '/werkgever/rapportage/vooroordelen/csv?tabel=per-werkgever',
      '/rapportages/vooroordelen',
      '/beheer/rapportages/vooroordelen',
    ])
      expect((await getPage(t, session('recruiterA'), path)).status, path).toBe(404);
  });
});

describe('everyone else', () => {
  it('a lifecoach finds no reports; the signed-out are sent to sign in', async () => {
    for (const path of [
      '/rapportages',
      '/beheer/rapportages/uitkomsten',
      '/werkgever/rapportage/social-return',
    ])
      expect((await getPage(t, session('coach'), path)).status, path).toBe(404);
    const out = await t.app.request('/beheer/rapportages', { headers: { accept: 'text/html' } });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toContain('/inloggen');
  });
});
