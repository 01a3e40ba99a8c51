import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPlanItem } from '../../src/modules/placements/onboarding-plan.service';
import { assessJobSeeker, giveConsent, serviceContext } from '../support/assessed-job-seeker';
import { readyAnswerParts } from '../support/assessment-flow';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// After the assessment: the segment with its reasons and an override, the vacancies and a
// trajectory proposal, and the follow-up after the start of work.

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

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

async function signedInCoach(javaScript: boolean, name: string) {
  const coach = await server.factory.user('LIFECOACH');
  const context = await newContext(browser, server.url, { javaScript });
  const page = await context.newPage();
  keepPageOnFailure(page, name);
  await signIn(page, coach.user.email, smtp);
  return { coach, context, page };
}

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('the segment, $label', ({ javaScript }) => {
  it('shows its reasons in words, and an override with a justification is kept beside the computed segment', async () => {
    const { coach, context, page } = await signedInCoach(javaScript, `segment-${javaScript}`);
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Karim Aziz' });
    await assessJobSeeker(server.orm, server.reference, coach, person.id);

    await page.goto(`/werkzoekenden/${person.id}/profiel`);
    expect(await page.locator('.segment-now').textContent()).toContain('Klaar voor werk binnen drie maanden');
    const reasons = page.getByRole('region', { name: 'Nodig voor ‘Klaar voor werk binnen drie maanden’' });
    const behaviour = reasons.getByRole('listitem').filter({ hasText: 'Werkgedrag' });
    expect(await behaviour.textContent()).toMatch(
      /Nu\s*Gemiddeld 4 van 5\s*Nodig\s*Minstens 3 van 5\s*Gehaald/,
    );
    expect(
      await reasons.getByRole('listitem').filter({ hasText: 'Randvoorwaarden' }).textContent(),
    ).toContain('Wat nog speelt, is binnen drie maanden geregeld');
    await expectAccessible(page);

    // Too short a reason: the form says what to fix and keeps the choice and the text.
    await page.getByLabel('Eerst een leer-werktraject').check();
    await page.getByLabel('Waarom wijk je af?').fill('Wil eerst');
    await clickButton(page, 'Sla het nieuwe segment op');
    await expectText(page, 'Er is 1 ding om te verbeteren');
    expect(await page.getByLabel('Waarom wijk je af?').inputValue()).toBe('Wil eerst');
    expect(await page.getByLabel('Eerst een leer-werktraject').isChecked()).toBe(true);
    await expectAccessible(page);

    await page
      .getByLabel('Waarom wijk je af?')
      .fill('Hij wil eerst een leer-werkplek om weer ritme op te bouwen, en zegt dat zelf ook.');
    await clickButton(page, 'Sla het nieuwe segment op');
    await expectText(page, 'Het segment is aangepast.');
    expect(await page.locator('.segment-now').textContent()).toContain('Eerst een leer-werktraject');
    await expectText(page, 'Berekend was:');
    const history = page.getByRole('table', { name: 'Alle besluiten over het segment' });
    expect(await history.locator('tbody tr').count()).toBe(2);
    expect(await history.textContent()).toContain('Hij wil eerst een leer-werkplek');
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});

describe('work and learning, with JavaScript', () => {
  it('explains the matching vacancies and sends a trajectory proposal to the provider', async () => {
    const { coach, context, page } = await signedInCoach(true, 'work');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Lotte Visser' });
    await giveConsent(server.orm, coach, person.id, 'MATCHING');
    await assessJobSeeker(server.orm, server.reference, coach, person.id, readyAnswerParts);
    const employer = await server.factory.organisation('EMPLOYER', 'Schoon en Zo');
    await server.factory.vacancy(employer, {
      title: 'Schoonmaker ziekenhuis',
      requirements: [
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'P-KLANTCONTACT', level: 3, tier: 'IMPORTANT' },
        { competenceCode: 'L-NL-LEZEN', level: 3, tier: 'NICE_TO_HAVE' },
      ],
    });
    const provider = await server.factory.organisation('TRAJECTORY_PROVIDER', 'Werkplaats Feijenoord');
    await server.factory.trajectoryOffering(provider, { title: 'Leer-werkplek schoonmaak en service' });

    await page.goto(`/werkzoekenden/${person.id}/werk-en-leren`);
    const card = page.locator('.match', { hasText: 'Schoonmaker ziekenhuis' });
    expect(await card.textContent()).toContain('bij Schoon en Zo');
    const parts = card.locator('.match__parts');
    expect(await parts.textContent()).toMatch(/Wat past.*Schoonmaken: niveau 3, gevraagd 2/);
    expect(await parts.textContent()).toMatch(
      /Te leren in de voorbereiding.*Klanten helpen: niveau 2, gevraagd 3/,
    );
    expect(await parts.textContent()).toMatch(/Wat nog ontbreekt.*Nederlands lezen: niveau 2, gevraagd 3/);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Stel voor: Leer-werkplek schoonmaak en service' }).click();
    await expectText(page, 'Voorstellen voor Leer-werkplek schoonmaak en service');
    await expectAccessible(page);
    await page
      .getByLabel('Overdracht voor de aanbieder')
      .fill('Lotte werkt graag met mensen en is betrouwbaar. Ze wil ervaring opdoen in de schoonmaak.');
    await page.getByLabel('Alleen via mij, de lifecoach').check();
    await clickButton(page, 'Stuur het voorstel');
    await expectText(page, 'Het voorstel is verstuurd naar de aanbieder.');
    const proposals = page.getByRole('table', { name: 'Voorstellen en trajecten' });
    expect(await proposals.textContent()).toContain('Leer-werkplek schoonmaak en service');
    expect(await proposals.textContent()).toContain('Voorgesteld');

    await page.getByLabel('Heftruckcertificaat').check();
    await clickButton(page, 'Sla de certificaten op');
    await expectText(page, 'De certificaten en rijbewijzen zijn opgeslagen.');
    expect(await page.getByLabel('Heftruckcertificaat').isChecked()).toBe(true);
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});

describe('after the hire, with JavaScript', () => {
  it('records the lifecoach check-in with a worry, a support note and a comment on the onboarding plan', async () => {
    const { coach, context, page } = await signedInCoach(true, 'after-hire');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Ahmed Bakkali' });
    const employer = await server.factory.organisation('EMPLOYER', 'Haven Logistiek');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER', employer);
    const mentor = await server.factory.user('MENTOR', employer);
    const vacancy = await server.factory.vacancy(employer, { title: 'Orderpicker' });
    const placement = await server.factory.placement(person, vacancy, {
      mentor: mentor.user,
      startDate: daysAgo(20),
    });
    await addPlanItem(serviceContext(server.orm, recruiter), server.reference, placement.id, {
      kind: 'GOAL',
      title: 'Zelfstandig een order picken',
      description: null,
      targetDate: daysAgo(-30),
      status: 'IN_PROGRESS',
      competenceCodes: [],
    });

    await page.goto(`/werkzoekenden/${person.id}/na-de-start`);
    await expectText(page, 'Orderpicker bij Haven Logistiek');
    const lifecoachTalk = page.locator('.follow-up', { hasText: 'Gesprek met de lifecoach' });
    expect(await lifecoachTalk.textContent()).toContain('Te laat');
    await expectAccessible(page);

    await page.getByLabel('Er zijn wat zorgen').check();
    await page
      .getByLabel('Kort verslag')
      .fill('Het werk gaat goed, maar de kinderopvang op vrijdag is nog niet rond.');
    await page
      .getByLabel(/Wat hebben jullie afgesproken/)
      .fill('Opvang regelen met de gemeente\nVolgende week bellen');
    await clickButton(page, 'Sla het gesprek op');
    await expectText(page, 'Het gesprek is opgeslagen.');
    expect(await page.locator('.worry').first().textContent()).toContain(
      'Er zijn wat zorgen – gesprek met de lifecoach',
    );
    expect(await lifecoachTalk.textContent()).not.toContain('Te laat');
    await expectText(page, 'Opvang regelen met de gemeente');
    await expectAccessible(page);

    await page
      .getByLabel('Nieuwe notitie over steun')
      .fill('Afspraak bij het Wijkteam over opvang op vrijdag.');
    await clickButton(page, 'Sla de notitie op');
    await expectText(page, 'De notitie is opgeslagen.');
    await expectText(page, 'Afspraak bij het Wijkteam over opvang op vrijdag.');

    await page.locator('.plan-item').getByText('Geef een opmerking bij dit punt').click();
    await page
      .getByLabel('Opmerking bij ‘Zelfstandig een order picken’')
      .fill('Mooi doel. Hij oefent thuis de scanner.');
    await page.locator('.plan-item').getByRole('button', { name: 'Plaats de opmerking' }).click();
    await expectText(page, 'Je opmerking staat bij het inwerkplan.');
    expect(await page.locator('.plan-item .comment').textContent()).toContain('(lifecoach)');
    await expectAccessible(page);
    await context.close();
  }, 120_000);
});
