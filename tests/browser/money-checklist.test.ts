import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { DEFAULT_CADENCE_RULES } from '../../src/modules/placements/cadence';
import { updateMoneyItemSchema } from '../../src/modules/placements/money-checklist.schemas';
import { getMoneyChecklist, updateMoneyItem } from '../../src/modules/placements/money-checklist.service';
import { createPlacementSchema } from '../../src/modules/placements/placement.schemas';
import { createDirectPlacement } from '../../src/modules/placements/placement.service';
import { serviceContext } from '../support/assessed-job-seeker';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// From benefit to wage: a drafted placement gets the start-of-work money checklist; its open steps
// are on the lifecoach's Today; the lifecoach works them on the after-hire page; the person reads
// the checklist in their own space.

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

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

describe('the money checklist, with JavaScript', () => {
  it('goes from a drafted placement to open items on Today, worked on the after-hire page, and read by the person', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const employer = await server.factory.organisation('EMPLOYER', 'Bakkerij De Korenaar');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Hanna Mulder' });
    const vacancy = await server.factory.vacancy(employer);
    const ctx = serviceContext(server.orm, coach);
    const placement = await createDirectPlacement(
      ctx,
      DEFAULT_CADENCE_RULES,
      server.reference.activeMoneyChecklist,
      createPlacementSchema.parse({ vacancyId: vacancy.id, jobSeekerId: person.id }),
    );

    const context = await newContext(browser, server.url);
    const page = await context.newPage();
    keepPageOnFailure(page, 'money-checklist');
    await signIn(page, coach.user.email, smtp);

    // Today: every step of the new checklist is still to do.
    await page.goto('/vandaag');
    await expectAccessible(page);
    const moneyTodos = page.locator('li', { hasText: 'Geld bij de start' });
    expect(await moneyTodos.count()).toBe(server.reference.activeMoneyChecklist.items.length);
    expect(await page.locator('main').textContent()).toContain(
      'Hanna Mulder: start van het werk en het verwachte inkomen doorgeven aan Werk en Inkomen',
    );
    await moneyTodos.first().getByRole('link', { name: 'Naar geld bij de start' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/na-de-start'));
    await expectAccessible(page);
    const section = page.locator('#geld-werkEnInkomen');
    expect(await page.locator('main').textContent()).toContain('rekent geen uitkering of toeslag uit');

    // Done without a date or who did it: the errors stand next to the fields, the contact stays.
    await section.getByText('Pas deze stap aan').click();
    await section.getByLabel('Gedaan').check();
    await section.getByLabel('Contactpersoon bij Werk en Inkomen').fill('Meneer Bakker, 14 010');
    await section.getByRole('button', { name: 'Sla deze stap op' }).click();
    const again = page.locator('#geld-werkEnInkomen');
    await expect.poll(() => again.locator('.utrecht-form-field-error-message').count()).toBe(2);
    expect(await again.locator('.utrecht-form-field-error-message').first().textContent()).toContain(
      'Vul de dag in waarop het gedaan is.',
    );
    expect(await again.getByLabel('Contactpersoon bij Werk en Inkomen').inputValue()).toBe(
      'Meneer Bakker, 14 010',
    );
    expect(await again.getByLabel('Gedaan').isChecked()).toBe(true);
    await expectAccessible(page);

    await again.getByLabel('Datum').fill(today());
    await again.getByLabel('De lifecoach').check();
    await again.getByRole('button', { name: 'Sla deze stap op' }).click();
    await expect.poll(() => page.getByText('De stap van de geldlijst is opgeslagen.').isVisible()).toBe(true);
    expect(await page.locator('#geld-werkEnInkomen .card__meta').textContent()).toMatch(
      /Gedaan · De lifecoach · .* · Contactpersoon bij Werk en Inkomen: Meneer Bakker, 14 010/,
    );
    await expectAccessible(page);

    // Today shows one fewer; once every step is done or not needed, none.
    await page.goto('/vandaag');
    expect(await moneyTodos.count()).toBe(server.reference.activeMoneyChecklist.items.length - 1);
    const checklist = await getMoneyChecklist(
      serviceContext(server.orm, coach),
      server.reference,
      placement.id,
    );
    for (const item of checklist.items.filter((entry) => entry.status === 'OPEN')) {
      await updateMoneyItem(
        serviceContext(server.orm, coach),
        server.reference,
        placement.id,
        item.key,
        updateMoneyItemSchema.parse({ status: 'NOT_NEEDED', version: item.version }),
      );
    }
    await page.goto('/vandaag');
    expect(await moneyTodos.count()).toBe(0);
    await context.close();

    // The person signs in with a printed code and reads their own checklist.
    const letter = await issuePrintedCode(serviceContext(server.orm, coach), person.id);
    const own = await newContext(browser, server.url);
    const personPage = await own.newPage();
    keepPageOnFailure(personPage, 'money-checklist-person');
    await personPage.goto(`/code?c=${letter.code}`);
    await personPage.getByRole('button', { name: 'Inloggen' }).click();
    await personPage.waitForURL((url) => url.pathname === '/mijn-gegevens');
    await personPage.getByRole('link', { name: 'Geld bij de start: wat er geregeld moet worden' }).click();
    await personPage.waitForURL((url) => url.pathname === '/mijn-gegevens/geld');
    await expectAccessible(personPage);
    const body = (await personPage.locator('main').textContent()) ?? '';
    expect(body).toContain('Geld bij de start van je werk');
    expect(body).toContain('Werk en Inkomen van de gemeente moet weten wanneer je begint');
    expect(body).toContain('Meneer Bakker, 14 010');
    expect(body).toContain('Je werkgever ziet deze lijst niet.');
    expect(body).toContain('rekent je uitkering of toeslagen niet uit');
    expect(body).not.toMatch(/\bOPEN\b|NOT_NEEDED|werkEnInkomen/);
    await own.close();
  });
});
