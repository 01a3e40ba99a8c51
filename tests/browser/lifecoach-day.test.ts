import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factories';
import { expectAccessible, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;

const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

/** A lifecoach with a small caseload: one review overdue, one placement whose check-in is late. */
async function lifecoachWithCaseload(): Promise<TestUser> {
  const coach = await server.factory.user('LIFECOACH');
  const review = await server.factory.jobSeeker(coach.user, { fullName: 'Anouar Bakkali' });
  await server.factory.segmentDecision(review, 'READY', daysAgo(3));
  const working = await server.factory.jobSeeker(coach.user, { fullName: 'Bernadette Wolters' });
  const employer = await server.factory.organisation('EMPLOYER', 'Havenbedrijf Test');
  const vacancy = await server.factory.vacancy(employer, { title: 'Magazijnmedewerker' });
  await server.factory.placement(working, vacancy, { startDate: daysAgo(20) });
  return coach;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

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
  { javaScript: true, label: 'with JavaScript', phone: '06 2222 3331' },
  { javaScript: false, label: 'without JavaScript', phone: '06 2222 3332' },
])("a lifecoach's day, $label", ({ javaScript, label, phone }) => {
  it('Today → register (and the duplicate warning) → caseload search → the person → consent', async () => {
    const coach = await lifecoachWithCaseload();
    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();

    // Sign in through the mail, and land on Today with what needs doing.
    await signIn(page, coach.user.email, smtp);
    expect(await heading(page)).toBe('Vandaag');
    const todo = page.locator('.todo');
    // Most overdue first: the lifecoach's own check-in, the employer side's late conversations, the review.
    await expect
      .poll(() => todo.allTextContents())
      .toEqual([
        expect.stringContaining('Bernadette Wolters: gesprek met de lifecoach bij Havenbedrijf Test'),
        expect.stringContaining(
          'Bernadette Wolters: het gesprek met de mentor bij Havenbedrijf Test is niet gehouden',
        ),
        expect.stringContaining(
          'het feedbackgesprek met de leidinggevende bij Havenbedrijf Test is niet gehouden',
        ),
        expect.stringContaining('Anouar Bakkali: kijk opnieuw naar het segment'),
      ]);
    expect(await page.locator('main').textContent()).not.toMatch(/READY|LIFECOACH|OVERDUE/);
    await expectAccessible(page);
    await todo.filter({ hasText: 'Anouar Bakkali' }).getByRole('link').click();
    expect(await heading(page)).toBe('Anouar Bakkali');

    // Register a new person.
    const name = `Carla Dekker ${label}`;
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Iemand aanmelden' })
      .click();
    expect(await heading(page)).toBe('Iemand aanmelden');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Vul de naam in');
    await expectAccessible(page);
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Telefoonnummer').fill(phone);
    await page.getByLabel('Postcode').fill('3011 AB');
    await page.getByLabel('Geboortedatum').fill('23-04-1985');
    await page.getByLabel('Taal om contact in op te nemen').selectOption({ label: 'Turks' });
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(await heading(page)).toBe(name);
    expect(await page.getByRole('status').textContent()).toContain('De aanmelding is opgeslagen');
    expect(await page.locator('.facts').textContent()).toContain('23 april 1985');
    expect(await page.locator('.facts').textContent()).toContain('Turks');
    await expectAccessible(page);

    // The same person again: refused with a warning in plain words, and what was typed is kept.
    await page.goto('/werkzoekenden/nieuw');
    await page.getByLabel('Naam', { exact: true }).fill('C. Dekker');
    await page.getByLabel('Telefoonnummer').fill(phone.replaceAll(' ', ''));
    await page.getByLabel('Postcode').fill('3011');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    expect(
      await page.getByRole('heading', { name: 'Deze persoon is waarschijnlijk al aangemeld' }).isVisible(),
    ).toBe(true);
    expect(await page.getByText('Er is al iemand met hetzelfde telefoonnummer.').isVisible()).toBe(true);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('C. Dekker');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Bekijk de aanmelding die er al is' }).click();
    expect(await heading(page)).toBe(name);

    // Find the person in the caseload, by phone and by name; filter on review due.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Mijn werkzoekenden' })
      .click();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await expectAccessible(page);
    await page.getByLabel('Zoek op naam of telefoonnummer').fill(phone.slice(-4));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    expect(await page.locator('tbody tr').allTextContents()).toEqual([expect.stringContaining(name)]);
    await page.getByLabel('Zoek op naam of telefoonnummer').fill('');
    await page.getByLabel('Opnieuw bekijken').selectOption({ label: 'Alleen wie nu aan de beurt is' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    expect(await page.locator('tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Anouar Bakkali'),
    ]);
    expect(await page.locator('tbody').textContent()).toContain('Klaar voor werk');
    await page.getByLabel('Zoek op naam of telefoonnummer').fill('dekker');
    await page.getByLabel('Opnieuw bekijken').selectOption({ label: 'Iedereen' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('link', { name }).click();

    // The person's page: record, lifecoach history; then consent, read aloud and recorded.
    expect(await page.locator('.history').textContent()).toContain(`${coach.user.displayName} (jij)`);
    await page
      .getByRole('navigation', { name: `Over ${name}` })
      .getByRole('link', { name: 'Toestemming' })
      .click();
    await expectAccessible(page);
    const matching = page.getByRole('region', { name: 'Zoeken naar werk dat bij je past' });
    expect(await matching.textContent()).toContain('Niet naar je diploma’s');
    expect(await matching.textContent()).toContain('Nog niet gevraagd');
    expect(await page.getByRole('button', { name: 'Teksten afdrukken' }).isVisible()).toBe(javaScript);
    await matching.getByRole('button', { name: 'Ja, toestemming gegeven' }).click();
    expect(await page.getByRole('status').textContent()).toContain('De toestemming is vastgelegd');
    const recorded = page.getByRole('region', { name: 'Zoeken naar werk dat bij je past' });
    expect(await recorded.textContent()).toContain('Ja, gegeven op');
    expect(await recorded.getByRole('button', { name: 'Toestemming intrekken' }).isVisible()).toBe(true);
    await expectAccessible(page);

    // Withdrawing is one button, too.
    await recorded.getByRole('button', { name: 'Toestemming intrekken' }).click();
    expect(
      await page.getByRole('region', { name: 'Zoeken naar werk dat bij je past' }).textContent(),
    ).toContain('Nee, geweigerd of ingetrokken op');
    await context.close();
  });
});

describe('on a phone (375 px) and at 200% zoom (640 px)', () => {
  it.each([375, 640])('at %i px the pages fit the width and stay accessible', async (width) => {
    const coach = await lifecoachWithCaseload();
    const context = await newContext(browser, server.url, { width });
    const page = await context.newPage();
    await signIn(page, coach.user.email, smtp);
    const person = await page.locator('.todo').first().getByRole('link').getAttribute('href');
    for (const path of [
      '/vandaag',
      '/werkzoekenden',
      '/werkzoekenden/nieuw',
      person ?? '',
      `${person}/toestemming`,
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
    await context.close();
  });
});
