import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsOf } from '../../src/modules/notifications/notification-settings.service';
import { mailLinkKey, unsubscribeToken } from '../../src/modules/notifications/unsubscribe-token';
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

describe('which mails someone gets', () => {
  it('a mentor turns the daily digest off on Mijn instellingen', async () => {
    const mentor = await server.factory.user('MENTOR');
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await page.goto('/inloggen');
    await signIn(page, mentor.user.email, smtp);
    await page.getByRole('link', { name: 'Mijn instellingen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Mijn instellingen');
    const digest = page.getByLabel('Dagelijks overzicht van gesprekken');
    expect(await digest.isChecked()).toBe(true);
    await expectAccessible(page);

    await digest.uncheck();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('Je keuze is opgeslagen.').isVisible()).toBe(true);
    expect(await page.getByLabel('Dagelijks overzicht van gesprekken').isChecked()).toBe(false);
    expect(await page.getByLabel('Agenda van een Meet & Greet').isChecked()).toBe(true);
    await expectAccessible(page);
    expect(await settingsOf(server.orm.em.fork(), mentor.user.id)).toEqual({
      dailyDigest: false,
      meetAndGreet: true,
    });
    await context.close();
  });

  it('the unsubscribe link works without signing in, after one click on a button', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const key = await mailLinkKey(server.orm.em.fork());
    const code = await unsubscribeToken(key, coach.user.id, 'dailyDigest');
    const context = await newContext(browser, server.url, { javaScript: false });
    const page = await context.newPage();
    await page.goto(`/afmelden?code=${code}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Afmelden');
    await expectAccessible(page);
    // Opening the page changed nothing yet.
    expect((await settingsOf(server.orm.em.fork(), coach.user.id)).dailyDigest).toBe(true);

    await page.getByRole('button', { name: 'Ja, meld mij af' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Je bent afgemeld');
    await expectAccessible(page);
    expect((await settingsOf(server.orm.em.fork(), coach.user.id)).dailyDigest).toBe(false);

    await page.goto(`/afmelden?code=${code.slice(0, -4)}abcd`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Deze link werkt niet');
    await expectAccessible(page);
    await context.close();
  });
});
