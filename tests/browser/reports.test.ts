import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import type { TestUser } from '../support/factories';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;
let admin: TestUser;
let advisory: TestUser;
let employerA: Organisation;
let employerB: Organisation;

/** With REPORT_SCREENSHOTS=<folder>, the report pages the README shows are saved there. */
async function screenshot(page: Page, name: string) {
  const folder = process.env.REPORT_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const overflow = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth - window.innerWidth') as Promise<number>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
  const programme = await server.factory.organisation('PROGRAMME', 'Warm Rotterdam');
  admin = await server.factory.user('PROGRAMME_ADMIN', programme);
  advisory = await server.factory.user('ADVISORY_GROUP', programme);
  const coach = await server.factory.user('LIFECOACH', programme);
  employerA = await server.factory.organisation('EMPLOYER', 'Schoonmaakbedrijf Maas');
  employerB = await server.factory.organisation('EMPLOYER', 'Bakkerij De Korf');
  // 6 people at work at the cleaning company and 2 at the bakery, for two months now.
  const start = addDays(programmeToday(new Date()), -60);
  for (const [employer, n] of [
    [employerA, 6],
    [employerB, 2],
  ] as const)
    for (let i = 0; i < n; i++) {
      const person = await server.factory.jobSeeker(coach.user, { dateOfBirth: '1970-03-03' });
      await server.factory.placement(person, await server.factory.vacancy(employer), {
        startDate: start,
        contractHoursPerWeek: 24,
      });
    }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe('programme staff', () => {
  it('open the reports on a phone without JavaScript, filter and download a table as CSV', async () => {
    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'reports-programme');
    await signIn(page, admin.user.email, smtp);
    await page.getByRole('link', { name: 'Rapportages' }).first().click();
    expect(await heading(page)).toBe('Rapportages');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Social return per werkgever' }).click();
    expect(await heading(page)).toBe('Social return per werkgever');
    await expectAccessible(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The chart is an image with a label; the table beside it has the same numbers.
    await expect.poll(() => page.getByRole('img', { name: /Social return per werkgever/ }).count()).toBe(1);
    const rowA = page.getByRole('row', { name: /Schoonmaakbedrijf Maas/ });
    await expect.poll(() => rowA.textContent()).toContain('6');
    const rowB = page.getByRole('row', { name: /Bakkerij De Korf/ });
    await expect.poll(() => rowB.textContent()).toContain('< 5');

    // A period that runs backwards comes back next to its field, with what was typed.
    await page.getByLabel('Van').fill('2026-05-01');
    await page.getByLabel('Tot en met').fill('2026-01-01');
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => page.getByText('De einddatum ligt voor de begindatum.').isVisible()).toBe(true);
    expect(await page.getByLabel('Van').inputValue()).toBe('2026-05-01');
    await expectAccessible(page);

    // The year up to today, then the table as CSV.
    const today = programmeToday(new Date());
    await page.getByLabel('Van').fill(`${Number(today.slice(0, 4)) - 1}${today.slice(4)}`);
    await page.getByLabel('Tot en met').fill(today);
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Schoonmaakbedrijf Maas/ }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('tot')).toBe(today);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download deze tabel als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^social-return-werkgevers-.*\.csv$/);
    const csv = await streamText(await download.createReadStream());
    expect(csv.startsWith('\ufeffWerkgever;Mensen aan het werk;')).toBe(true);
    expect(csv).toContain('Schoonmaakbedrijf Maas;6;6;');
    // Per employer a small cell is left out of the download.
    expect(csv).toContain('Bakkerij De Korf;;;;;;;;0;0');

    await page.getByRole('link', { name: 'Alle rapportages' }).click();
    await page.getByRole('link', { name: 'Waar vooroordelen terug kunnen komen' }).click();
    await expectAccessible(page);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.goto('/beheer/rapportages/weg-naar-werk');
    await expectAccessible(page);
    await context.close();
  }, 120_000);

  it('see a report beside its chart on a wide screen', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, admin.user.email, smtp);
    await page.goto('/beheer/rapportages/social-return');
    await expectAccessible(page);
    await screenshot(page, 'report-social-return');
    await page.goto('/beheer/rapportages/uitkomsten');
    await expectAccessible(page);
    await screenshot(page, 'report-outcomes');
    await context.close();
  }, 60_000);
});

describe('the advisory group', () => {
  it('lands on the reports and sees nothing person-level', async () => {
    const context = await newContext(browser, server.url, { width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'reports-advisory');
    await signIn(page, advisory.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/rapportages');
    expect(await heading(page)).toBe('Rapportages');
    await expectAccessible(page);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link').allTextContents()).toEqual(['Rapportages']);
    expect(await page.getByRole('link', { name: 'Waarom werkgevers niet verder gingen' }).count()).toBe(0);

    await page.getByRole('link', { name: 'De weg naar werk' }).click();
    await expectAccessible(page);
    expect(await page.getByLabel('Lifecoach').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    for (const path of ['/beheer', '/beheer/rapportages', '/rapportages/niet-gekozen', '/werkzoekenden']) {
      await page.goto(path);
      expect(await heading(page), path).toMatch(/Deze pagina is er niet|Dit kan niet met jouw account/);
    }
    await context.close();
  }, 60_000);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
