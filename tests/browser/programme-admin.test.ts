import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  openVacancy,
  personReadyForMeetAndGreet,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import type { TestApp } from '../support/test-app';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, signInLinkIn, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;
let t: TestApp;
let admin: TestUser;

/** The API helpers of the integration tests, over HTTP against the running server. */
function apiOver(web: WebServer): TestApp {
  async function request(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${web.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const json =
      /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json, text };
  }
  return { request, factory: web.factory } as unknown as TestApp;
}

/** With PROGRAMME_SCREENSHOTS=<folder>, the pages the README shows are saved there. */
async function screenshot(page: Page, name: string) {
  const folder = process.env.PROGRAMME_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
  t = apiOver(server);
  const programme = await server.factory.organisation('PROGRAMME', 'Warm Rotterdam');
  admin = await server.factory.user('PROGRAMME_ADMIN', programme);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe('programme staff', () => {
  it('land on their home, make a partner organisation, invite a user who signs in with the mail', async () => {
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    keepPageOnFailure(page, 'programme-invite');
    await signIn(page, admin.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/beheer');
    expect(await heading(page)).toBe('Beheer van het programma');
    await expectAccessible(page);
    await screenshot(page, 'programme-home');

    await page.getByRole('link', { name: 'Organisaties en gebruikers' }).click();
    await expectAccessible(page);
    // A name without a kind comes back with the message next to the question.
    await page.getByLabel('Naam van de organisatie').fill('Buurtkracht Feijenoord');
    await page.getByRole('button', { name: 'Organisatie maken' }).click();
    await expect
      .poll(() => page.getByText('Kies wat voor organisatie het is.').first().isVisible())
      .toBe(true);
    expect(await page.getByLabel('Naam van de organisatie').inputValue()).toBe('Buurtkracht Feijenoord');
    await expectAccessible(page);
    await page.getByLabel('Partnerorganisatie (meldt mensen aan)').check();
    await page.getByRole('button', { name: 'Organisatie maken' }).click();
    await expect.poll(() => heading(page)).toBe('Buurtkracht Feijenoord');
    await expectAccessible(page);

    await page.getByLabel('Naam', { exact: true }).fill('Noor de Vries');
    await page.getByLabel('E-mailadres (van het werk)').fill('noor@buurtkracht.example');
    const mail = smtp.nextMailTo('noor@buurtkracht.example');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await expect.poll(() => heading(page)).toBe('Noor de Vries');
    await expect.poll(() => page.getByText('De uitnodiging is verstuurd.').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'programme-user');
    const invitation = await mail;
    expect(invitation.text).toContain('als medewerker partnerorganisatie bij Buurtkracht Feijenoord');

    const invitee = await (await newContext(browser, server.url)).newPage();
    await invitee.goto(signInLinkIn(invitation));
    await invitee.getByRole('button', { name: 'Inloggen' }).click();
    await invitee.waitForURL((url) => url.pathname === '/partner');
    // Everything under /beheer does not exist for a partner worker.
    await invitee.goto('/beheer/organisaties');
    expect(await heading(invitee)).toBe('Deze pagina is er niet');
    await expectAccessible(invitee);
    await context.close();
  }, 120_000);

  it('plan the conversations without JavaScript: propose, a hand edit that breaks a rule is explained, fix, print', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const employer = await server.factory.organisation('EMPLOYER', 'Schoonmaakbedrijf Maas');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER', employer);
    const vacancyId = await openVacancy(t, recruiter.token, cleaningVacancy);
    const people: { coach: TestUser; jobSeekerId: string }[] = [];
    for (const name of ['Amira Bakr', 'Bas Jansen', 'Chantal Koster']) {
      people.push({ coach, jobSeekerId: await personReadyForMeetAndGreet(t, coach, name) });
    }
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter, vacancyIds: [vacancyId], tables: 2 }],
      people,
    });

    const context = await newContext(browser, server.url, { javaScript: false });
    const page = await context.newPage();
    keepPageOnFailure(page, 'programme-grid');
    await signIn(page, admin.user.email, smtp);
    await page.goto(`/beheer/meet-and-greets/${eventId}`);
    await expectAccessible(page);
    await screenshot(page, 'programme-meet-and-greet');
    await page.getByRole('link', { name: 'Naar het gesprekkenschema' }).click();
    await expect.poll(() => heading(page)).toBe('Gesprekkenschema');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Schema voorstellen' }).click();
    await expect.poll(() => page.getByText('Er is een nieuw voorstel gemaakt.').isVisible()).toBe(true);
    await expectAccessible(page);

    // Amira at both tables in round 1: the same employer twice, and two conversations at once.
    const cell = (table: number, round: number) =>
      page.getByLabel(`Schoonmaakbedrijf Maas tafel ${table}, ronde ${round}`, { exact: true });
    for (const [table, round] of [
      [1, 1],
      [2, 1],
      [1, 2],
      [2, 2],
      [1, 3],
      [2, 3],
    ] as const)
      await cell(table, round).selectOption('');
    await cell(1, 1).selectOption({ label: 'Amira Bakr' });
    await cell(2, 1).selectOption({ label: 'Amira Bakr' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.getByText('Er is niets opgeslagen.', { exact: false }).isVisible())
      .toBe(true);
    const problems = (await page.locator('main').textContent()) ?? '';
    expect(problems).toContain('Amira Bakr spreekt Schoonmaakbedrijf Maas meer dan één keer');
    expect(problems).toContain('Amira Bakr heeft in ronde 1 meer dan één gesprek');
    expect(await cell(1, 1).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'programme-schedule-grid');

    await cell(2, 1).selectOption({ label: 'Bas Jansen' });
    await cell(1, 2).selectOption({ label: 'Chantal Koster' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expect
      .poll(() => page.getByText('Je wijzigingen zijn opgeslagen.', { exact: false }).isVisible())
      .toBe(true);
    expect(await cell(2, 1).inputValue()).toBe(people[1]?.jobSeekerId);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Schema vastleggen' }).click();
    await expect
      .poll(() => page.getByText('Het schema ligt vast. Druk nu de lijsten af.').isVisible())
      .toBe(true);
    expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Lijsten afdrukken' }).click();
    await expect.poll(() => heading(page)).toBe('Lijsten om af te drukken');
    await expectAccessible(page);
    const employerSheet = (await page.locator('.print-sheet').first().textContent()) ?? '';
    expect(employerSheet).toContain('Schoonmaakbedrijf Maas');
    expect(employerSheet).not.toContain('Amira Bakr');
    expect(employerSheet).toMatch(/K-[A-Z0-9]+/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.print-sheet').count()).toBe(4);
    await page.emulateMedia({ media: 'screen' });
    await screenshot(page, 'programme-lists');

    // Who saw what about Amira: the lifecoach (by name) who recorded the consents, among others.
    await page.goto(`/beheer/wie-keek/${people[0]?.jobSeekerId}`);
    expect(await heading(page)).toBe('Wie zag wat: Amira Bakr');
    const trail = (await page.locator('main').textContent()) ?? '';
    expect(trail).toContain(coach.user.displayName);
    expect(trail).toContain('schreef de toestemming op');
    expect(trail).not.toMatch(/\b[a-z_]+\.(viewed|listed|recorded)\b/);
    await expectAccessible(page);
    await screenshot(page, 'programme-who-saw');
    await context.close();
  }, 180_000);
});
