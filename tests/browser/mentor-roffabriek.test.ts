import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanItemSchema } from '../../src/modules/placements/onboarding-plan.schemas';
import { addPlanItem } from '../../src/modules/placements/onboarding-plan.service';
import { addDays } from '../../src/modules/readiness/review-dates';
import { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import { proposePlacement } from '../../src/modules/trajectories/trajectory-placement.service';
import { serviceContext } from '../support/assessed-job-seeker';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// The mentor records a conversation and comments on the onboarding plan; a trajectory coordinator
// publishes an offering, accepts a proposal, records the arrival and progress, and completes it.
// Both at 375 px, without JavaScript, with axe on every page.

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

describe('the mentor’s workspace', () => {
  it('records a mentor conversation and comments on the onboarding plan', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const recruiter = await server.factory.user('EMPLOYER_RECRUITER');
    const mentor = await server.factory.user('MENTOR', recruiter.organisation);
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Romano Kerkhof' });
    const placement = await server.factory.placement(
      person,
      await server.factory.vacancy(recruiter.organisation, { title: 'Medewerker magazijn' }),
      { startDate: addDays(today(), -12), mentor: mentor.user, manager: recruiter.user },
    );
    await addPlanItem(
      serviceContext(server.orm, recruiter),
      server.reference,
      placement.id,
      createPlanItemSchema.parse({
        kind: 'LEARNING_ITEM',
        title: 'Werken met de handscanner',
        targetDate: addDays(today(), 7),
      }),
    );

    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'mentor-workspace');
    await signIn(page, mentor.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/begeleider');
    await expectText(page, 'Gesprekken om te voeren');
    // The person did not agree to share their name with this employer: the mentor reads a code.
    expect(await page.locator('main').textContent()).not.toContain('Romano');
    await expectAccessible(page);
    await expectNoSideways(page);

    await page
      .getByRole('link', { name: /Kandidaat K-/ })
      .first()
      .click();
    await expectText(page, 'Mentorgesprekken');
    await expectAccessible(page);
    await expectNoSideways(page);

    // Nothing chosen: the form says what to fix and keeps the report.
    await page.getByLabel('Kort verslag').fill('Goed');
    await clickButton(page, 'Sla het gesprek op');
    await expectText(page, 'Kies hoe het gaat.');
    expect(await page.getByLabel('Kort verslag').inputValue()).toBe('Goed');
    await expectAccessible(page);

    await page.getByRole('group', { name: 'Hoe gaat het?' }).getByLabel('Gaat goed').check();
    await page.getByLabel('Kort verslag').fill('Leert snel en vraagt om hulp als het nodig is.');
    await page.getByLabel('Wat heeft u afgesproken?').fill('Volgende week samen de route lopen');
    await clickButton(page, 'Sla het gesprek op');
    await expectText(page, 'Het mentorgesprek is opgeslagen.');
    await expectText(page, 'Leert snel en vraagt om hulp als het nodig is.');
    await expectAccessible(page);

    await page.getByText('Geef een opmerking bij dit punt').click();
    await page
      .getByLabel('Opmerking bij ‘Werken met de handscanner’')
      .fill('Oefent elke ochtend een halfuur met de scanner.');
    await page.getByRole('button', { name: 'Plaats de opmerking' }).first().click();
    await page.waitForLoadState('load');
    await expectText(page, 'Uw opmerking staat bij het inwerkplan.');
    await expectText(page, 'Oefent elke ochtend een halfuur met de scanner.');
    await expectAccessible(page);
    await expectNoSideways(page);
    await context.close();
  });
});

describe('the trajectory coordinator’s workspace', () => {
  it('publishes an offering, accepts a proposal, records the arrival and progress, and completes it', async () => {
    const provider = await server.factory.organisation('TRAJECTORY_PROVIDER', 'Werkplaats West');
    const coordinator = await server.factory.user('TRAJECTORY_COORDINATOR', provider);
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, {
      fullName: 'Debora Sitaldin',
      currentSegment: 'LATER',
    });

    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'coordinator-workspace');
    await signIn(page, coordinator.user.email, smtp);
    expect(new URL(page.url()).pathname).toBe('/roffabriek');
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Aanbod', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuw aanbod' }).click();
    await expectAccessible(page);
    // The competence search narrows the lists, as a plain form.
    await page.getByLabel('Zoek een vaardigheid').fill('gereedschap');
    await clickButton(page, 'Zoek');
    const options = await page.locator('#veld-comp0 option').allTextContents();
    expect(options.slice(1)).toEqual(['Werken met gereedschap']);

    await page.getByRole('group', { name: 'Wat voor aanbod is het?' }).getByLabel('Leer-werktraject').check();
    await page.getByLabel('Naam van het aanbod').fill('Meubels opknappen');
    await page.getByLabel('Wat doen en leren mensen?').fill('Je knapt oude meubels op in een vaste ploeg.');
    await page.locator('#veld-comp0').selectOption('P-GEREEDSCHAP');
    await page.getByLabel('Uren per week').fill('12');
    await page.getByLabel('Hoeveel weken duurt het?').fill('26');
    await page.getByLabel('Postcode van de plek').fill('3021');
    await page
      .getByRole('group', { name: 'Hoe kunnen mensen beginnen?' })
      .getByLabel('Doorlopend: op elke dag')
      .check();
    await page.getByLabel('Plaatsen per start').fill('4');
    await clickButton(page, 'Publiceer het aanbod');
    await expectText(page, 'Het aanbod staat open.');
    await expectText(page, '4 van de 4 plaatsen vrij');
    await expectAccessible(page);
    await expectNoSideways(page);

    // A lifecoach proposes the person for the new offering.
    const offering = await server.orm.em
      .fork()
      .findOneOrFail(TrajectoryOffering, { title: 'Meubels opknappen' });
    await proposePlacement(serviceContext(server.orm, coach), {
      jobSeekerId: person.id,
      offeringId: offering.id,
      handoverNote: 'Heeft thuis al veel gemaakt van hout. Wil graag in een vaste ploeg werken.',
      contactRoute: 'VIA_LIFECOACH',
    });

    await page.getByRole('link', { name: 'Voorstellen', exact: true }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Debora Sitaldin' }).click();
    await expectText(page, 'Heeft thuis al veel gemaakt van hout.');
    await expectAccessible(page);
    await expectNoSideways(page);
    await clickButton(page, 'Accepteer');
    await expectText(page, 'Geaccepteerd. De lifecoach ziet de startdatum.');
    await expectAccessible(page);

    await clickButton(page, 'Aangekomen');
    await expectText(page, 'Vastgelegd: de deelnemer is aangekomen.');
    await page.getByLabel('Hoe gaat het?').fill('Eerste dag goed gegaan, kent de ploeg al.');
    await clickButton(page, 'Sla de notitie op');
    await expectText(page, 'De notitie is opgeslagen.');
    await page.getByRole('group', { name: 'Komt de deelnemer?' }).getByLabel('Gaat goed').check();
    await clickButton(page, 'Sla de aanwezigheid op');
    await expectText(page, 'De aanwezigheid is opgeslagen.');
    // An observation without a level comes back at its field.
    await page.getByLabel('Vaardigheid', { exact: true }).selectOption('P-GEREEDSCHAP');
    await clickButton(page, 'Sla op wat je zag');
    await expectText(page, 'Kies een niveau.');
    await expectAccessible(page);
    await page.getByLabel('Niveau dat je nu ziet').selectOption('2');
    await clickButton(page, 'Sla op wat je zag');
    await expectText(page, 'Wat je zag is opgeslagen.');
    await expectText(page, 'Werken met gereedschap: niveau 2');
    await expectAccessible(page);

    await page
      .getByRole('group', { name: 'Hoe eindigt het?' })
      .getByLabel('Afgerond: het traject is klaar')
      .check();
    await clickButton(page, 'Sluit het traject af');
    await expectText(page, 'Het traject is afgesloten.');
    await expectText(page, 'Afgerond');
    await expectAccessible(page);
    await expectNoSideways(page);
    await context.close();
  });
});
