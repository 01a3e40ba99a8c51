import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factories';
import { openVacancy, personReadyForMeetAndGreet, setUpEvent } from '../support/meet-and-greet-setup';
import type { TestApp } from '../support/test-app';
import { expectAccessible, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The person's own voice in a real Chromium, on a phone of 320 px: no to a Meet & Greet, a reaction
// to the segment decision and the lifecoach's answer, and the pages in English.

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;

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

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
  t = apiOver(server);
  const programme = await server.factory.organisation('PROGRAMME', 'Warm Rotterdam');
  admin = await server.factory.user('PROGRAMME_ADMIN', programme);
  coach = await server.factory.user('LIFECOACH', programme);
  const employer = await server.factory.organisation('EMPLOYER', 'Havenlogistiek');
  recruiter = await server.factory.user('EMPLOYER_RECRUITER', employer);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

async function noSidewaysScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
  expect(scrollWidth, `no sideways scrolling at ${width}px on ${page.url()}`).toBeLessThanOrEqual(width);
}

/** The lifecoach prints a letter; the person signs in with its code on a phone. */
async function personSignsIn(coachPage: Page, jobSeekerId: string, width: number, english = false) {
  await coachPage.goto(`/werkzoekenden/${jobSeekerId}/uitnodigen`);
  await coachPage.getByRole('button', { name: 'Maak een brief met inlogcode' }).click();
  await expect.poll(() => heading(coachPage)).toMatch(/^Hallo /);
  const code = (await coachPage.locator('.letter__code').textContent()) ?? '';
  // A browser set to English sends Accept-Language en-GB.
  const context = english
    ? await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 }, locale: 'en-GB' })
    : await newContext(browser, server.url, { width });
  const page = await context.newPage();
  await page.goto(`/code?c=${code}`);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === '/mijn-gegevens');
  return { context, page };
}

describe('the person’s own voice', () => {
  it('says no to a Meet & Greet, reacts to the segment decision and reads the lifecoach’s answer, at 320 px', async () => {
    const vacancyId = await openVacancy(t, recruiter.token);
    const personId = await personReadyForMeetAndGreet(t, coach, 'Ilse Koster');
    await setUpEvent(t, admin, {
      employers: [{ recruiter, vacancyIds: [vacancyId] }],
      people: [{ coach, jobSeekerId: personId, accept: false }],
      buildShortlists: false,
    });
    const coachContext = await newContext(browser, server.url);
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    const { context, page } = await personSignsIn(coachPage, personId, 320);

    // No to the Meet & Greet, without a reason.
    await page.getByRole('link', { name: 'Ja of nee' }).first().click();
    await expect.poll(() => heading(page)).toBe('Ja of nee');
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);
    const event = page.getByRole('region', { name: 'Meet & Greet voorjaar' });
    expect(await event.textContent()).toContain('nog geen antwoord');
    await event.getByRole('button', { name: 'Nee, ik kom niet' }).click();
    await expect
      .poll(() =>
        page.getByText('Je komt niet naar deze Meet & Greet. Verder verandert er niets.').isVisible(),
      )
      .toBe(true);
    expect(await page.getByRole('region', { name: 'Meet & Greet voorjaar' }).textContent()).toContain(
      'je komt niet',
    );
    expect(
      await page.getByRole('button', { name: 'Ja, ik kom' }).count(),
      'may still change their mind',
    ).toBe(1);
    await expectAccessible(page);

    // A reaction to the segment decision: first empty (the error beside the field), then written.
    await page.getByRole('link', { name: 'Mijn gegevens' }).first().click();
    await page.getByRole('link', { name: 'Wat vind jij van dit besluit? Schrijf het op' }).first().click();
    await expect.poll(() => heading(page)).toBe('Wat vind jij van het besluit?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Stuur je reactie' }).click();
    await expect
      .poll(() => page.locator('#veld-text-fout').textContent())
      .toContain('Schrijf eerst iets op.');
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);
    await page
      .getByLabel('Jouw reactie')
      .fill('Ik kan al veel meer dan drie maanden. Ik wil graag meteen beginnen.');
    await page.getByRole('button', { name: 'Stuur je reactie' }).click();
    await expect.poll(() => page.getByText('Gelukt. Je reactie is bewaard.').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toContain('Je lifecoach heeft nog niet geantwoord.');
    await expectAccessible(page);

    // The lifecoach finds it in Today and answers it on the person's segment page.
    await coachPage.goto('/vandaag');
    const item = coachPage.locator('.todo', { hasText: 'Ilse Koster reageerde op het besluit' });
    expect(await item.textContent()).toContain('Ik kan al veel meer dan drie maanden.');
    await expectAccessible(coachPage);
    await item.getByRole('link', { name: /Naar profiel en segment/ }).click();
    await coachPage.waitForURL((url) => url.pathname.endsWith('/profiel'));
    await expectAccessible(coachPage);
    await coachPage
      .getByLabel('Je antwoord')
      .fill('Fijn dat je dat zegt. We plannen volgende week een gesprek en kijken samen opnieuw.');
    await coachPage.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await expect
      .poll(() => coachPage.getByText('Je antwoord is bewaard bij de reactie.').isVisible())
      .toBe(true);
    await expectAccessible(coachPage);
    await coachPage.goto('/vandaag');
    expect(await coachPage.locator('main').textContent()).not.toContain(
      'Ilse Koster reageerde op het besluit',
    );

    // The person reads the answer with the decision.
    await page.goto('/mijn-gegevens');
    const segment = page.getByRole('region', { name: 'Hoe dichtbij werk je bent' });
    const text = (await segment.textContent()) ?? '';
    expect(text).toContain('Ik kan al veel meer dan drie maanden.');
    expect(text).toContain(`Antwoord van ${coach.user.displayName}`);
    expect(text).toContain('We plannen volgende week een gesprek');
    const meetAndGreets = (await page.getByRole('region', { name: 'Meet & Greets' }).textContent()) ?? '';
    expect(meetAndGreets).toContain('Je komt niet');
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);
    if (process.env.SCREENSHOT_DIR) {
      await page.goto('/mijn-gegevens/ja-of-nee');
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/person-answers-320.png`, fullPage: true });
      await coachPage.goto(`/werkzoekenden/${personId}/profiel#reacties`);
      await coachPage.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/lifecoach-reaction.png`,
        fullPage: true,
      });
    }
    await context.close();
    await coachContext.close();
  }, 180_000);

  it('shows the pages in English by the browser’s language, and switches back and forth', async () => {
    const personId = await personReadyForMeetAndGreet(t, coach, 'Amir Haddad');
    const coachContext = await newContext(browser, server.url);
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    const { context, page } = await personSignsIn(coachPage, personId, 320, true);

    expect(await heading(page)).toBe('My data');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('How close to work you are');
    expect(body).toContain('Ready for work within three months');
    expect(body).toContain('Amir Haddad');
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);

    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect.poll(() => heading(page)).toBe('Mijn gegevens');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await page.getByRole('link', { name: 'Ja of nee' }).first().click();
    await expect.poll(() => heading(page)).toBe('Ja of nee');
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe('Yes or no');
    expect(new URL(page.url()).pathname, 'back on the same page').toBe('/mijn-gegevens/ja-of-nee');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Consent' }).click();
    await expect.poll(() => heading(page)).toBe('Your consent');
    // The consent texts themselves stay the Dutch versions the person agrees to, marked as Dutch.
    expect(await page.locator('blockquote[lang="nl"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);
    await page.getByRole('link', { name: 'Who looked' }).click();
    await expect.poll(() => heading(page)).toBe('Who looked at my data');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'My data' }).first().click();
    await expect.poll(() => heading(page)).toBe('My data');
    if (process.env.SCREENSHOT_DIR) {
      await page.screenshot({
        path: `${process.env.SCREENSHOT_DIR}/person-record-english-320.png`,
        fullPage: true,
      });
    }
    await context.close();
    await coachContext.close();
  }, 120_000);
});
