import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The lifecoach records a referral to debt counselling on the person's page and answers "did they
// arrive?". At 375 px, without JavaScript, with axe on every page.

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

async function expectNoSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
  expect(overflow, page.url()).toBe(false);
}

describe('referrals to outside help on the person’s page', () => {
  it('records a referral, says what is missing, and confirms the arrival', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Samir Hulpvraag' });

    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'outside-help');
    await signIn(page, coach.user.email, smtp);
    await page.goto(`/werkzoekenden/${person.id}`);
    await page.getByRole('link', { name: 'Hulp', exact: true }).click();
    await expectText(page, 'Er is nog geen doorverwijzing naar hulp buiten het werk.');
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByLabel('Waar gaat de persoon heen?').selectOption({ label: 'Schuldhulpverlening' });
    await page.getByLabel('Organisatie').fill('Schuldhulpverlening Rotterdam Zuid');
    await clickButton(page, 'Sla de doorverwijzing op');
    await expectText(page, 'Vul in wie daar het aanspreekpunt is (minstens 2 tekens).');
    expect(await page.getByLabel('Organisatie').inputValue()).toBe('Schuldhulpverlening Rotterdam Zuid');
    await expectAccessible(page);

    await page.getByLabel('Aanspreekpunt', { exact: true }).fill('Marieke de Boer');
    await page.getByLabel('Telefoon of e-mail van het aanspreekpunt').fill('010 123 45 67');
    await clickButton(page, 'Sla de doorverwijzing op');
    await expectText(page, 'De doorverwijzing is opgeslagen.');
    await expectText(page, 'Schuldhulpverlening: Schuldhulpverlening Rotterdam Zuid');
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByLabel('Ja, de persoon is er geweest').check();
    await page.getByLabel('Wanneer was de persoon er?').fill(
      new Date().toLocaleDateString('nl-NL', {
        timeZone: 'Europe/Amsterdam',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }),
    );
    await clickButton(page, 'Sla het antwoord op');
    await expectText(page, 'Opgeslagen: de persoon is aangekomen.');
    await expectText(page, 'Ja, op');
    await expectAccessible(page);
    await context.close();
  });
});
