import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('signing in by e-mail link, $label', ({ javaScript }) => {
  it('a lifecoach signs in through the mail, lands on Today and signs out again', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();

    await page.goto('/vandaag');
    expect(new URL(page.url()).pathname).toBe('/inloggen');

    await signIn(page, coach.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/vandaag');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vandaag');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect.poll(() => page.getByText('Je bent uitgelogd.').isVisible()).toBe(true);
    await page.goto('/vandaag');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    await context.close();
  });

  it('an unknown address gets the same answer, and the form says what to fix', async () => {
    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('Je e-mailadres').fill('niemand@nergens.example');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kijk in je e-mail');

    await page.goto('/inloggen');
    await page.getByLabel('Je e-mailadres').fill('geen adres');
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Vul je e-mailadres in');
    expect(await page.getByLabel('Je e-mailadres').inputValue()).toBe('geen adres');
    await expectAccessible(page);
    await summary.getByRole('link').click();
    expect(await page.locator(':focus').getAttribute('id')).toBe('veld-email');
    await context.close();
  });

  it('a page that does not exist is a friendly Dutch page', async () => {
    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();
    const response = await page.goto('/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Deze pagina is er niet');
    await expectAccessible(page);
    await context.close();
  });
});
