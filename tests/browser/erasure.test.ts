import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factories';
import { personReadyForMeetAndGreet } from '../support/meet-and-greet-setup';
import type { TestApp } from '../support/test-app';
import { expectAccessible, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// Stopping in a real Chromium: the person asks on a phone of 320 px, programme staff confirm, and the
// person's name is gone from the lifecoach's pages; the lifecoach files it for someone else.

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;
let t: TestApp;
let admin: TestUser;
let coach: TestUser;

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

describe('stopping', () => {
  it('the person asks at 320 px, programme staff confirm, and the name is gone from the lifecoach’s pages', async () => {
    const personId = await personReadyForMeetAndGreet(t, coach, 'Sanne Vertrekt');
    const coachContext = await newContext(browser, server.url, { width: 375 });
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    await coachPage.goto(`/werkzoekenden/${personId}/uitnodigen`);
    await coachPage.getByRole('button', { name: 'Maak een brief met inlogcode' }).click();
    await expect.poll(() => heading(coachPage)).toMatch(/^Hallo /);
    const code = (await coachPage.locator('.letter__code').textContent()) ?? '';

    const context = await newContext(browser, server.url, { width: 320 });
    const page = await context.newPage();
    await page.goto(`/code?c=${code}`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/mijn-gegevens');

    // From the consent page to "Stoppen".
    await page.getByRole('link', { name: 'Toestemming' }).first().click();
    await page.getByRole('link', { name: 'Stoppen en je gegevens laten wissen' }).first().click();
    await expect.poll(() => heading(page)).toBe('Stoppen');
    expect(await page.locator('main').textContent()).toContain('Je hoeft niet te zeggen waarom.');
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);
    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => heading(page)).toBe('Stop');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nederlands' }).click();
    await expect.poll(() => heading(page)).toBe('Stoppen');
    await page.getByRole('button', { name: 'Ja, ik wil stoppen' }).click();
    await expect.poll(() => page.getByText('Je vraag is ontvangen.').isVisible()).toBe(true);
    await expectAccessible(page);
    await noSidewaysScroll(page, 320);

    // Programme staff find the request and confirm it.
    const adminContext = await newContext(browser, server.url, { width: 375 });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, admin.user.email, smtp);
    await adminPage.goto('/beheer');
    await adminPage.getByRole('link', { name: 'Verwijderverzoeken' }).first().click();
    await expect.poll(() => heading(adminPage)).toBe('Verwijderverzoeken');
    const card = adminPage.locator('li', { hasText: 'Sanne Vertrekt' });
    expect(await card.textContent()).toContain('De persoon vroeg het zelf op Mijn gegevens.');
    await expectAccessible(adminPage);
    await noSidewaysScroll(adminPage, 375);
    await card.getByRole('button', { name: 'Gegevens van Sanne Vertrekt wissen' }).click();
    await expect.poll(() => adminPage.getByText('De gegevens zijn gewist.').isVisible()).toBe(true);
    expect(await adminPage.locator('main').textContent()).not.toContain('Sanne');
    await expectAccessible(adminPage);

    // The lifecoach's pages no longer name the person; the record is "not found".
    for (const path of ['/vandaag', '/werkzoekenden', '/werkzoekenden?q=Sanne']) {
      await coachPage.goto(path);
      expect(await coachPage.locator('body').textContent(), path).not.toContain('Sanne');
      await expectAccessible(coachPage);
    }
    const gone = await coachPage.goto(`/werkzoekenden/${personId}`);
    expect(gone?.status()).toBe(404);
    // The person's session has ended.
    await page.goto('/mijn-gegevens');
    expect(new URL(page.url()).pathname).not.toBe('/mijn-gegevens');
    await context.close();
    await adminContext.close();
    await coachContext.close();
  }, 180_000);

  it('the lifecoach files the request for someone who does not use Mijn gegevens', async () => {
    const personId = await personReadyForMeetAndGreet(t, coach, 'Henk Namens');
    const coachContext = await newContext(browser, server.url, { width: 375, javaScript: false });
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    await coachPage.goto(`/werkzoekenden/${personId}`);
    await coachPage.getByRole('link', { name: 'Stoppen en gegevens laten wissen' }).click();
    await coachPage.waitForURL((url) => url.pathname.endsWith('/stoppen'));
    await expectAccessible(coachPage);
    await noSidewaysScroll(coachPage, 375);
    await coachPage.getByRole('button', { name: 'Stoppen aanvragen voor Henk Namens' }).click();
    await expect
      .poll(() => coachPage.getByText('Het verzoek is doorgegeven aan het programma.').isVisible())
      .toBe(true);
    expect(await coachPage.locator('main').textContent()).toContain('niet meer in lijsten voor werkgevers');
    await expectAccessible(coachPage);
    await coachContext.close();
  }, 120_000);
});
