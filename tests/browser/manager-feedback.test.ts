import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/modules/readiness/review-dates';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, signInLinkIn, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// A recruiter invites the manager of a placement from the employer's placement page; the manager
// signs in through the mailed link, lands on /leidinggevende and records a feedback conversation.
// At 375 px, without JavaScript, with axe on every page.

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

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

describe('the manager’s feedback', () => {
  it('a recruiter invites a manager, who signs in through the mailed link and records a feedback conversation', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const mentor = await server.factory.user('MENTOR', recruiter.organisation);
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Romano Kerkhof' });
    const placement = await server.factory.placement(
      person,
      await server.factory.vacancy(recruiter.organisation, { title: 'Medewerker magazijn' }),
      { startDate: addDays(today(), -16), mentor: mentor.user, manager: recruiter.user },
    );

    const employer = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await employer.newPage();
    keepPageOnFailure(page, 'manager-invite');
    await signIn(page, recruiter.user.email, smtp);
    await page.goto(`/werkgever/plaatsingen/${placement.id}`);
    await expectText(page, 'Een mentor of leidinggevende uitnodigen');
    await expectAccessible(page);

    // A wrong form comes back with the errors next to the fields and what was typed.
    await page.getByLabel('Naam van uw collega').fill('Marloes de Wit');
    await page.getByLabel('E-mailadres van uw collega').fill('marloes-at-havenbedrijf');
    await clickButton(page, 'Stuur de uitnodiging');
    await expectText(page, 'Kies of u een mentor of een leidinggevende uitnodigt.');
    await expectText(page, 'Vul een e-mailadres in, bijvoorbeeld naam@bedrijf.nl.');
    expect(await page.getByLabel('Naam van uw collega').inputValue()).toBe('Marloes de Wit');
    await expectAccessible(page);
    await expectNoSideways(page);

    await page
      .getByRole('group', { name: 'Als wat nodigt u uw collega uit?' })
      .getByLabel('Leidinggevende: geeft minstens elke twee weken feedback')
      .check();
    await page.getByLabel('E-mailadres van uw collega').fill('marloes@havenbedrijf.example');
    const mail = smtp.nextMailTo('marloes@havenbedrijf.example');
    await clickButton(page, 'Stuur de uitnodiging');
    await expectText(page, 'De uitnodiging is verstuurd.');
    await expectText(page, 'Marloes de Wit');
    await expectAccessible(page);
    await employer.close();

    const invitation = await mail;
    expect(invitation.text).not.toContain('Romano');
    const managerContext = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const manager = await managerContext.newPage();
    keepPageOnFailure(manager, 'manager-feedback');
    await manager.goto(signInLinkIn(invitation));
    await expectAccessible(manager);
    await clickButton(manager, 'Inloggen');
    expect(new URL(manager.url()).pathname).toBe('/leidinggevende');
    await expectText(manager, 'Gesprekken om te voeren');
    // Sixteen days without feedback: overdue. The person did not agree to share the name: a code.
    await expectText(manager, 'Te laat');
    expect(await manager.locator('main').textContent()).not.toContain('Romano');
    await expectAccessible(manager);
    await expectNoSideways(manager);

    await manager.getByRole('link', { name: /^Feedbackgesprek met Kandidaat K-/ }).click();
    await manager.waitForLoadState('load');
    await expectText(manager, 'Feedbackgesprekken');
    await expectAccessible(manager);
    await expectNoSideways(manager);

    await manager.getByLabel('Kort verslag').fill('Goed');
    await clickButton(manager, 'Sla het gesprek op');
    await expectText(manager, 'Kies hoe het gaat.');
    expect(await manager.getByLabel('Kort verslag').inputValue()).toBe('Goed');
    await expectAccessible(manager);

    await manager.getByRole('group', { name: 'Hoe gaat het?' }).getByLabel('Het gaat goed').check();
    await manager.getByLabel('Kort verslag').fill('Werkt nauwkeurig en vraagt op tijd om hulp.');
    await manager.getByLabel('Wat heeft u afgesproken?').fill('Over twee weken weer een gesprek');
    await clickButton(manager, 'Sla het gesprek op');
    await expectText(manager, 'Het feedbackgesprek is opgeslagen.');
    await expectText(manager, 'Werkt nauwkeurig en vraagt op tijd om hulp.');
    await expectText(manager, 'Op tijd');
    await expectAccessible(manager);
    await expectNoSideways(manager);
    await managerContext.close();
  });
});
