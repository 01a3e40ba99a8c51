import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The partner worker signs in, lands on their referrals, refers someone with a note and the way to
// reach them, and reads the status in words. At 375 px, without JavaScript, with axe on every page.

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

describe('the partner’s workspace', () => {
  it('refers a person and follows the referral in plain words, without segment or notes', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const partner = await server.factory.user('PARTNER_WORKER');

    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'partner-workspace');
    await signIn(page, partner.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/partner');
    await expectText(page, 'Uw organisatie heeft nog niemand aangemeld.');
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByRole('link', { name: 'Iemand aanmelden' }).first().click();
    await page.getByLabel('Naam').fill('Sevda Aksoy');
    await page.getByLabel('Telefoonnummer').fill('06 4412 7781');
    await page.getByLabel('Postcode').fill('3082 AB');
    await page
      .getByLabel('Hoe is de persoon het best te bereiken?')
      .fill('Via onze inloop op dinsdagochtend.');
    await clickButton(page, 'Aanmelden');
    // No lifecoach chosen: said next to the field, what was typed is kept.
    await expectText(page, 'Kies de lifecoach die deze persoon begeleidt');
    expect(await page.getByLabel('Naam').inputValue()).toBe('Sevda Aksoy');
    await expectAccessible(page);

    await page.getByLabel('Lifecoach').selectOption({ label: coach.user.displayName });
    await page
      .getByLabel('Wat heeft de persoon u al verteld?')
      .fill('Sevda werkte in een bakkerij en wil graag weer in de ochtend werken.');
    await clickButton(page, 'Aanmelden');
    await expectText(page, 'De aanmelding is opgeslagen.');
    await expectText(page, 'Ontvangen');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/segment|kansrijk|profiel/i);
    await expectAccessible(page);
    await expectNoSideways(page);

    await page.getByRole('link', { name: 'Sevda Aksoy' }).click();
    await expectText(page, 'Via onze inloop op dinsdagochtend.');
    await expectText(page, 'Sevda werkte in een bakkerij');
    await expectText(page, `Neem contact op met ${coach.user.displayName}`);
    await expectAccessible(page);
    await expectNoSideways(page);
    await context.close();
  });
});
