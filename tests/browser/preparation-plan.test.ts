import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { assessJobSeeker, giveConsent, serviceContext } from '../support/assessed-job-seeker';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The preparation plan: the lifecoach makes it with the person on the person's page, a wrong
// number of weeks is said next to the field with what was typed kept, and the person reads the
// plan in their own space ("Mijn plan").

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('the preparation plan, $label', ({ javaScript }) => {
  it('is made by the lifecoach with the person and read by the person', async () => {
    const coach = await server.factory.user('LIFECOACH');
    // Both runs share the server: each has its own module titles.
    const moduleTitle = `Werken in een bedrijf (${javaScript ? 'ochtend' : 'middag'})`;
    const provider = await server.factory.organisation('TRAJECTORY_PROVIDER', `Roffabriek ${javaScript}`);
    const training = await server.factory.trajectoryOffering(provider, {
      kind: 'TRAINING_MODULE',
      title: moduleTitle,
      competenceCodes: ['T-MEET-COMMITMENTS', 'T-ACCEPT-FEEDBACK'],
      durationWeeks: 6,
      hoursPerWeek: 4,
      postcode: '3011',
    });
    await server.factory.trajectoryOffering(provider, {
      kind: 'TRAINING_MODULE',
      title: `Jezelf presenteren (${javaScript ? 'ochtend' : 'middag'})`,
      competenceCodes: ['T-ADDRESS-AUDIENCE'],
      durationWeeks: 4,
      hoursPerWeek: 3,
      postcode: '3011',
    });
    const person = await server.factory.jobSeeker(coach.user, {
      fullName: 'Yasmina Haddou',
      postcode: '3011',
    });
    await assessJobSeeker(server.orm, server.reference, coach, person.id);
    await giveConsent(server.orm, coach, person.id, 'MATCHING');

    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();
    keepPageOnFailure(page, `preparation-${javaScript}`);
    await signIn(page, coach.user.email, smtp);
    await page.goto(`/werkzoekenden/${person.id}`);
    await page.getByRole('link', { name: 'Voorbereiding' }).click();
    await expectText(page, 'hoogstens 13 weken');
    await expectText(page, 'Er is nog geen voorbereidingsplan.');
    await expectAccessible(page);

    await page.getByLabel(moduleTitle).selectOption({ label: 'Bezig' });
    await page.getByLabel('Hoeveel weken').fill('20');
    await page.getByLabel('Klaar om werkgevers te ontmoeten').fill('');
    await clickButton(page, 'Sla het plan op');
    await expectText(page, 'In dit segment duurt de voorbereiding hoogstens 13 weken.');
    expect(await page.getByLabel('Hoeveel weken').inputValue()).toBe('20');
    expect(await page.getByLabel(moduleTitle).inputValue()).toBe('BUSY');
    await expectAccessible(page);

    await page.getByLabel('Hoeveel weken').fill('12');
    await clickButton(page, 'Sla het plan op');
    await expectText(page, 'Het voorbereidingsplan is opgeslagen.');
    await expectText(page, '0 van de 1 trainingen afgerond');
    await expectText(page, 'nog niet samen gekozen');
    await expectAccessible(page);
    await context.close();

    // The person signs in with a printed code and reads the plan in their own words.
    const printed = await issuePrintedCode(serviceContext(server.orm, coach), person.id);
    const own = await newContext(browser, server.url, { javaScript, width: 375 });
    const personPage = await own.newPage();
    keepPageOnFailure(personPage, `own-preparation-${javaScript}`);
    await personPage.goto(`/code?c=${printed.code}`);
    await personPage.getByRole('button', { name: 'Inloggen' }).click();
    await personPage.waitForURL((url) => url.pathname === '/mijn-gegevens');
    await personPage.getByRole('link', { name: 'Mijn plan' }).click();
    await expect.poll(() => heading(personPage)).toBe('Je plan om je voor te bereiden op werk');
    const body = (await personPage.locator('main').textContent()) ?? '';
    expect(body).toContain('bezig');
    expect(body).toContain(training.title);
    expect(body).toContain('0 van de 1 trainingen klaar');
    expect(body).toContain('Dat kiezen jullie nog samen.');
    expect(body).not.toMatch(/\bBUSY\b|\bREADY\b|T-ACCEPT-FEEDBACK/);
    await expectAccessible(personPage);
    const scrollWidth = await personPage.evaluate('document.documentElement.scrollWidth');
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await own.close();
  });
});
