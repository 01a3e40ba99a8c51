import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  currentEventVersion,
  holdEvent,
  openVacancy,
  personReadyForMeetAndGreet,
  recordConsent,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import type { TestApp } from '../support/test-app';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The employer's Meet & Greet and what follows, in real Chromium at 375 px: the recruiter answers
// the invitation, marks a shortlist and prints the day list; invites a candidate after the event,
// sees the name only once the person agreed, hires; the manager records feedback; the recruiter
// ends the placement. Another employer's shortlist, candidacy and placement are not found.

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;
/** The API of the running server, as the shared set-up helpers call it (with bearer tokens). */
let api: TestApp;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
  const request = async (method: string, path: string, options: { token?: string; body?: unknown } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const json = /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json, text };
  };
  api = {
    request,
    factory: server.factory,
    orm: server.orm,
    reference: server.reference,
  } as unknown as TestApp;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';
const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth > window.innerWidth')).toBe(false);

describe('the employer’s Meet & Greet', () => {
  it('answers the invitation, marks the shortlist with a reason and prints the day list, one sheet per table', async () => {
    const admin = await server.factory.user('PROGRAMME_ADMIN');
    const coach = await server.factory.user('LIFECOACH');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const vacancyId = await openVacancy(api, recruiter.token, cleaningVacancy);
    const names = ['Ilona Ingen', 'Jasper Jurgens', 'Karima Kaddouri'];
    const people: string[] = [];
    for (const name of names) people.push(await personReadyForMeetAndGreet(api, coach, name));
    const eventId = await setUpEvent(api, admin, {
      employers: [{ recruiter, vacancyIds: [vacancyId], tables: 1, accept: false }],
      people: people.map((jobSeekerId) => ({ coach, jobSeekerId })),
    });

    const context = await newContext(browser, server.url, { width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'employer-meet-and-greet');
    await signIn(page, recruiter.user.email, smtp);
    await expectText(page, '1 uitnodiging nog te beantwoorden');
    await page.getByRole('link', { name: 'Naar de Meet & Greets' }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Meet & Greet voorjaar/ }).click();
    await expectAccessible(page);

    // No round ticked: the form says what to fix and keeps the tables typed.
    await page.getByLabel('Aan hoeveel tafels tegelijk voert u gesprekken?').fill('2');
    for (const round of [1, 2, 3]) await page.getByLabel(new RegExp(`^Ronde ${round}:`)).uncheck();
    await clickButton(page, 'Wij komen');
    await expectText(page, 'Kies minstens één ronde waarin u er bent.');
    expect(await page.getByLabel('Aan hoeveel tafels tegelijk voert u gesprekken?').inputValue()).toBe('2');
    await expectAccessible(page);
    await page.getByLabel(/^Ronde 1:/).check();
    await page.getByLabel(/^Ronde 2:/).check();
    await clickButton(page, 'Wij komen');
    await expectText(page, 'U komt naar de Meet & Greet.');
    await expectText(page, '2 tafels tegelijk');
    await expectAccessible(page);

    await page.getByRole('link', { name: /^Shortlist / }).click();
    await expectAccessible(page);
    const text = await mainText(page);
    for (const name of names) for (const part of name.split(' ')) expect(text).not.toContain(part);
    const codes = [...new Set(text.match(/K-[A-Z0-9]{6}/g) ?? [])];
    expect(codes).toHaveLength(3);
    const [first, second] = codes as [string, string];

    // "Liever niet" needs a reason about the work.
    const card = (code: string) => page.locator(`#kandidaat-${code}`);
    await card(first).getByLabel('Liever niet').check();
    await card(first)
      .getByRole('button', { name: /Sla de keuze op/ })
      .click();
    await expectText(page, 'Kies bij "liever niet" een reden over het werk.');
    await expectAccessible(page);
    expect(await card(first).getByLabel('Liever niet').isChecked()).toBe(true);
    await card(first).getByLabel('Waarom?').selectOption('HOURS_DO_NOT_FIT');
    await card(first)
      .getByRole('button', { name: /Sla de keuze op/ })
      .click();
    await expectText(page, 'Uw keuze is opgeslagen.');
    await card(second).getByLabel('Graag spreken').check();
    await card(second).getByLabel('Waarom?').selectOption('SKILLS_FIT');
    await card(second)
      .getByRole('button', { name: /Sla de keuze op/ })
      .click();
    await expectText(page, 'Uw keuze is opgeslagen.');
    expect(await card(first).textContent()).toContain('Uw keuze: Liever niet');
    expect(await card(second).textContent()).toContain('Uw keuze: Graag spreken');
    await expectAccessible(page);
    await noSidewaysScroll(page);

    // The programme fixes the schedule; the list to print appears.
    const proposal = await api.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: await currentEventVersion(api, admin, eventId) },
    });
    expect(proposal.status, proposal.text).toBe(200);
    const fixed = await api.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
      token: admin.token,
      body: { version: proposal.json.version },
    });
    expect(fixed.status, fixed.text).toBe(200);
    await page.goto(`/werkgever/meet-and-greets/${eventId}`);
    await page.getByRole('link', { name: 'Gesprekkenlijst om af te drukken' }).click();
    await expectText(page, 'Per tafel een eigen blad.');
    await expectAccessible(page);
    await noSidewaysScroll(page);
    expect(await page.getByRole('button', { name: 'Druk de lijst af' }).isVisible()).toBe(true);
    const listed = [...new Set((await mainText(page)).match(/K-[A-Z0-9]{6}/g) ?? [])];
    // The "no" is not met; the others are, in rounds 1 and 2.
    expect(listed).not.toContain(first);
    expect(listed).toContain(second);
    for (const name of names)
      for (const part of name.split(' ')) expect(await mainText(page)).not.toContain(part);

    await page.emulateMedia({ media: 'print' });
    const sheets = page.locator('.print-sheet');
    expect(await sheets.count()).toBeGreaterThanOrEqual(1);
    const breaks = await sheets.evaluateAll((elements) =>
      elements.map(
        (element) =>
          (
            globalThis as unknown as { getComputedStyle: (e: unknown) => { breakBefore: string } }
          ).getComputedStyle(element).breakBefore,
      ),
    );
    expect(breaks[0]).not.toBe('page');
    expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Gesprekkenlijst', level: 1 }).isVisible()).toBe(false);
    expect(await sheets.first().isVisible()).toBe(true);
    await context.close();
  });

  it('invites after the event, shows the name after consent, hires; the manager gives feedback; the recruiter ends the placement', async () => {
    const admin = await server.factory.user('PROGRAMME_ADMIN');
    const coach = await server.factory.user('LIFECOACH');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const manager = await server.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
    const mentor = await server.factory.user('MENTOR', recruiter.organisation);
    const vacancyId = await openVacancy(api, recruiter.token, cleaningVacancy);
    const person = await personReadyForMeetAndGreet(api, coach, 'Lotte Lammers');
    await holdEvent(api, admin, {
      employers: [{ recruiter, vacancyIds: [vacancyId], tables: 1 }],
      people: [{ coach, jobSeekerId: person }],
    });

    const context = await newContext(browser, server.url, { width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'employer-after-meet-and-greet');
    await signIn(page, recruiter.user.email, smtp);
    await page.goto('/werkgever/sollicitaties');
    await expectAccessible(page);
    expect(await mainText(page)).not.toContain('Lotte');
    await page.getByRole('link', { name: /Kandidaat K-/ }).click();
    await page.getByLabel('Bericht bij de uitnodiging').fill('Kom je dinsdag om 10 uur langs?');
    await clickButton(page, 'Nodig uit voor een sollicitatiegesprek');
    await expectText(page, 'De uitnodiging is verstuurd');
    expect(await mainText(page)).not.toContain('Lammers');
    await expectAccessible(page);

    // The lifecoach records the person's consent and shares who it is.
    await recordConsent(api, coach, person, 'PROFILE_SHARING', true, recruiter.organisation.id);
    const invitations = await api.request('GET', '/api/interview-invitations?limit=100', {
      token: coach.token,
    });
    const invitation = invitations.json.items[0] as { id: string; version: number };
    const shared = await api.request('POST', `/api/interview-invitations/${invitation.id}/share`, {
      token: coach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: invitation.version },
    });
    expect(shared.status, shared.text).toBe(200);
    await page.reload();
    await expectText(page, 'Lotte Lammers');
    await clickButton(page, 'Het gesprek is geweest');
    await clickButton(page, 'Bied de baan aan');
    await clickButton(page, 'Aangenomen');
    await expectText(page, 'De kandidaat is aangenomen.');
    await expectAccessible(page);
    const placementPath = new URL(page.url()).pathname;

    // The recruiter names the mentor and the manager and confirms the start (three weeks ago).
    await expectText(page, 'De start regelen');
    await clickButton(page, 'Sla op en bevestig de start');
    await expectText(page, 'Kies een mentor.');
    await expectAccessible(page);
    await page.getByLabel('Mentor', { exact: true }).selectOption({ label: mentor.user.displayName });
    await page
      .getByLabel('Leidinggevende', { exact: true })
      .selectOption({ label: manager.user.displayName });
    await page
      .getByLabel('Eerste werkdag')
      .fill(addDays(programmeToday(new Date()), -21).split('-').reverse().join('-'));
    await clickButton(page, 'Sla op en bevestig de start');
    await expectText(page, 'De start is bevestigd.');
    await expectAccessible(page);

    // The manager records the two-weekly feedback.
    const managerContext = await newContext(browser, server.url, { width: 375 });
    const managerPage = await managerContext.newPage();
    keepPageOnFailure(managerPage, 'employer-manager-feedback');
    await signIn(managerPage, manager.user.email, smtp);
    await managerPage.goto('/werkgever/plaatsingen');
    await managerPage.getByRole('link', { name: /Lotte Lammers/ }).click();
    await expectText(managerPage, 'Feedbackgesprek van de leidinggevende');
    await clickButton(managerPage, 'Sla het gesprek op');
    await expectText(managerPage, 'Kies hoe het gaat.');
    await expectAccessible(managerPage);
    await managerPage.getByRole('group', { name: 'Hoe gaat het?' }).getByLabel('Goed').check();
    await managerPage.getByLabel('Kort verslag').fill('Werkt netjes en vraagt om hulp als het druk is.');
    await clickButton(managerPage, 'Sla het gesprek op');
    await expectText(managerPage, 'Het feedbackgesprek is opgeslagen.');
    await expectAccessible(managerPage);
    await noSidewaysScroll(managerPage);
    await managerContext.close();

    // The recruiter ends the placement with a reason from the list.
    await page.goto(placementPath);
    await page.getByText('Leg vast dat het werk stopt').click();
    await page
      .getByRole('group', { name: 'Wat is de belangrijkste reden?' })
      .getByLabel('Het werk paste niet')
      .check();
    await page
      .getByLabel('Wat is er gebeurd?')
      .fill('Het tillen in het magazijn bleek te zwaar voor het werk.');
    await clickButton(page, 'Beëindig de plaatsing');
    await expectText(page, 'Kies ja of nee.');
    await expectAccessible(page);
    await page
      .getByRole('group', { name: 'Gaat de lifecoach verder met deze persoon in het programma?' })
      .getByLabel('Ja')
      .check();
    await clickButton(page, 'Beëindig de plaatsing');
    await expectText(page, 'De plaatsing is beëindigd.');
    await expectText(page, 'Het werk paste niet');
    await expectAccessible(page);
    await noSidewaysScroll(page);
    await context.close();
  });

  it('answers another employer’s shortlist, candidacy and placement by address with the not-found page', async () => {
    const admin = await server.factory.user('PROGRAMME_ADMIN');
    const coach = await server.factory.user('LIFECOACH');
    const owner: TestUser = await server.factory.user('EMPLOYER_RECRUITER');
    const vacancyId = await openVacancy(api, owner.token, cleaningVacancy);
    const person = await personReadyForMeetAndGreet(api, coach, 'Mila Mulder');
    const { eventId, candidacies } = await holdEvent(api, admin, {
      employers: [{ recruiter: owner, vacancyIds: [vacancyId], tables: 1 }],
      people: [{ coach, jobSeekerId: person }],
    });
    const candidacyId = [...candidacies.values()][0] as string;
    const em = server.orm.em.fork();
    const seeker = await em.findOneOrFail(JobSeeker, { id: person });
    const vacancy = await em.findOneOrFail(Vacancy, { id: vacancyId });
    const placement = await server.factory.placement(seeker, vacancy);

    const other = await server.factory.user('EMPLOYER_RECRUITER');
    const context = await newContext(browser, server.url, { width: 375 });
    const page = await context.newPage();
    await signIn(page, other.user.email, smtp);
    for (const path of [
      `/werkgever/meet-and-greets/${eventId}`,
      `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}`,
      `/werkgever/meet-and-greets/${eventId}/gesprekkenlijst`,
      `/werkgever/sollicitaties/${candidacyId}`,
      `/werkgever/plaatsingen/${placement.id}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectText(page, 'Deze pagina is er niet');
    }
    await expectAccessible(page);
    await context.close();
  });
});
