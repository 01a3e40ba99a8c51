import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InterviewInvitation } from '../../src/modules/candidacies/candidacy.entity';
import { shareIdentity } from '../../src/modules/candidacies/interview-invitation.service';
import { recordConsent } from '../../src/modules/consents/consent.service';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { assessJobSeeker, giveConsent, serviceContext } from '../support/assessed-job-seeker';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The employer's workspace: a recruiter posts a vacancy, reads its blind candidates, invites one,
// sees the name only after the person agreed, and hires; the manager records feedback.

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

describe('the employer workspace', () => {
  it('posts a vacancy without JavaScript and reads its candidates by code only', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Fatima Bouzid' });
    await assessJobSeeker(server.orm, server.reference, coach, person.id);
    await giveConsent(server.orm, coach, person.id, 'MATCHING');

    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'employer-vacancy');
    await signIn(page, recruiter.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/werkgever');
    await expectAccessible(page);

    await page.goto('/werkgever/vacatures/nieuw');
    await expectAccessible(page);
    // Nothing filled in: the form says what to fix.
    await clickButton(page, 'Sla de vacature op');
    await expectText(page, 'dingen om te verbeteren');
    await expectAccessible(page);

    // The competence search works as a plain form.
    await page.getByLabel('Zoek een vaardigheid').fill('order');
    await clickButton(page, 'Zoek');
    const options = await page.locator('#veld-req0\\.code option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    expect(options.slice(1).every((label) => label.toLowerCase().includes('order'))).toBe(true);

    await page.getByLabel('Naam van de vacature').fill('Orderpicker magazijn');
    await page.getByLabel('Wat is het werk?').fill('Je pakt bestellingen in ons magazijn, in een vast team.');
    await page.getByLabel('Postcode van de werkplek').fill('3011 AB');
    await page.locator('#veld-req0\\.code').selectOption('P-ORDERPICKEN');
    await page.locator('#veld-req0\\.level').selectOption('2');
    await page.getByLabel('Minimaal').first().fill('16');
    await page.getByLabel('Maximaal').first().fill('32');
    await page.getByRole('group', { name: 'Soort contract' }).getByLabel('Baan in loondienst').check();
    // Passend werk: the contract kind and working times in the terms the person was asked.
    await page.getByRole('group', { name: 'Wat voor contract is het?' }).getByLabel('Vast contract').check();
    await page.getByRole('group', { name: 'Wanneer is het werk?' }).getByLabel('Overdag').check();
    for (const question of [
      'Mag iemand met minder uren beginnen en langzaam opbouwen?',
      'Valt het werk onder een cao?',
      'Is er een mentor die de nieuwe collega begeleidt?',
    ]) {
      await page.getByRole('group', { name: question }).getByLabel('Ja').check();
    }
    // A permanent contract without a permanent prospect: the error stands next to the field.
    await page.getByRole('group', { name: 'Is er uitzicht op een vast contract?' }).getByLabel('Nee').check();
    await clickButton(page, 'Sla de vacature op');
    await expectText(page, 'Bij een vast contract is er uitzicht op een vast contract. Kies ‘Ja’.');
    await expectAccessible(page);
    expect(
      await page
        .getByRole('group', { name: 'Wat voor contract is het?' })
        .getByLabel('Vast contract')
        .isChecked(),
    ).toBe(true);
    expect(
      await page.getByRole('group', { name: 'Wanneer is het werk?' }).getByLabel('Overdag').isChecked(),
    ).toBe(true);
    await page.getByRole('group', { name: 'Is er uitzicht op een vast contract?' }).getByLabel('Ja').check();
    await clickButton(page, 'Sla de vacature op');
    await expectText(page, 'De vacature is opgeslagen als concept.');
    await expectText(page, 'Zo leest een lifecoach deze vacature');
    const preview = (await page.locator('.vacancy-preview').textContent()) ?? '';
    expect(preview).toContain('Vast contract');
    expect(preview).toContain('Overdag');
    expect(preview).toContain('Vast contract in zicht, cao');
    await expectAccessible(page);
    await clickButton(page, 'Zet de vacature open');
    await expectText(page, 'De vacature is open.');

    await page.getByRole('link', { name: 'Bekijk kandidaten' }).first().click();
    await expectText(page, 'Kandidaten voor Orderpicker magazijn');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toMatch(/Kandidaat K-[A-Z0-9]{6}/);
    expect(body).toContain('Orderpicken (niveau 0 → 2, moet)');
    expect(body).toContain('Passend werk: vast contract in zicht, cao.');
    expect(body).not.toContain('Fatima');
    expect(body).not.toContain('Bouzid');
    await expectAccessible(page);
    const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth');
    expect(overflow).toBe(false);
    await context.close();
  });

  it('invites a candidate, sees the name only after consent, and hires', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Jorrit Smit' });
    await giveConsent(server.orm, coach, person.id, 'MATCHING');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const vacancy = await server.factory.vacancy(recruiter.organisation, { title: 'Medewerker kassa' });
    const candidacy = await server.factory.candidacy(person, vacancy, 'MET');

    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    keepPageOnFailure(page, 'employer-pipeline');
    await signIn(page, recruiter.user.email, smtp);
    await page.goto('/werkgever/sollicitaties');
    await expectAccessible(page);
    expect(await page.locator('main').textContent()).not.toContain('Jorrit');
    await page.getByRole('link', { name: /Kandidaat K-/ }).click();
    await page.getByLabel('Bericht bij de uitnodiging').fill('Kom je dinsdag om 10 uur langs?');
    await clickButton(page, 'Nodig uit voor een sollicitatiegesprek');
    await expectText(page, 'De uitnodiging is verstuurd');
    expect(await page.locator('main').textContent()).not.toContain('Jorrit');
    await expectAccessible(page);

    // The lifecoach records the person's consent and shares the identity.
    await recordConsent(serviceContext(server.orm, coach), person.id, {
      purpose: 'PROFILE_SHARING',
      given: true,
      textVersion: currentConsentTextVersion('PROFILE_SHARING'),
      employerOrganisationId: recruiter.organisation.id,
    });
    const em = server.orm.em.fork();
    const invitation = await em.findOneOrFail(InterviewInvitation, { candidacy: candidacy.id });
    await shareIdentity(serviceContext(server.orm, coach), invitation.id, {
      contactRoute: 'VIA_LIFECOACH',
      version: invitation.version,
    });
    await page.reload();
    await expectText(page, 'Jorrit Smit');

    await clickButton(page, 'Het gesprek is geweest');
    await clickButton(page, 'Bied de baan aan');
    await clickButton(page, 'Aangenomen');
    await expectText(page, 'De kandidaat is aangenomen.');
    await expectAccessible(page);
    await context.close();
  });

  it('answers another employer’s vacancy, candidacy and placement by address with the not-found page', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user);
    const other = await server.factory.user('EMPLOYER_RECRUITER');
    const vacancy = await server.factory.vacancy(other.organisation);
    const candidacy = await server.factory.candidacy(person, vacancy, 'MET');
    const placement = await server.factory.placement(person, vacancy);

    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    await signIn(page, recruiter.user.email, smtp);
    for (const path of [
      `/werkgever/vacatures/${vacancy.id}`,
      `/werkgever/vacatures/${vacancy.id}/kandidaten`,
      `/werkgever/vacatures/${vacancy.id}/wijzigen`,
      `/werkgever/sollicitaties/${candidacy.id}`,
      `/werkgever/plaatsingen/${placement.id}`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectText(page, 'Deze pagina is er niet');
    }
    await context.close();
  });
});
