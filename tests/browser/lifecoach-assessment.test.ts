import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickButton,
  expectText,
  fillStoplightAndKunnen,
  fillWillenGedragRandvoorwaarden,
  heading1,
} from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
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

describe.each([
  { javaScript: true, label: 'with JavaScript' },
  { javaScript: false, label: 'without JavaScript' },
])('the assessment, $label', ({ javaScript }) => {
  it('is saved section by section over two visits, with evidence, and completed into a profile and a segment', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Samira Bouali' });
    const context = await newContext(browser, server.url, { javaScript });
    const page = await context.newPage();
    keepPageOnFailure(page, `assessment-${javaScript ? 'js' : 'no-js'}`);
    const assessment = `/werkzoekenden/${person.id}/assessment`;

    // First conversation: start, the phase and what she can.
    await signIn(page, coach.user.email, smtp);
    await page.goto(assessment);
    expect(await heading1(page)).toBe('Samira Bouali');
    await expectAccessible(page);
    await clickButton(page, 'Begin een assessment');
    await expectText(page, 'Het assessment is begonnen.');
    await expectAccessible(page);
    await fillStoplightAndKunnen(page);
    const list = page.locator('.section-list');
    await expect.poll(() => list.locator('li').nth(0).textContent()).toContain('Klaar');
    expect(await list.locator('li').nth(1).textContent()).toContain('Klaar');
    expect(await list.locator('li').nth(2).textContent()).toContain('Nog niet begonnen');

    // She signs out; a week later she signs in again and continues where she left off.
    await clickButton(page, 'Uitloggen');
    await expectText(page, 'Je bent uitgelogd.');
    await signIn(page, coach.user.email, smtp);
    await page.goto(assessment);
    await expectText(page, /Het assessment is bezig sinds/);
    await expectAccessible(page);
    expect(await list.locator('li').nth(1).textContent()).toContain('Klaar');
    await page.getByRole('link', { name: 'Kunnen', exact: true }).click();
    await expectText(page, 'Deel 2 van 6');
    expect(await page.getByLabel(/^Schoonmaken/).inputValue()).toBe('3');
    await page.getByRole('link', { name: 'Terug naar het overzicht van het assessment' }).click();
    await fillWillenGedragRandvoorwaarden(page);
    await expectAccessible(page);
    for (const index of [2, 3, 5])
      expect(await list.locator('li').nth(index).textContent()).toContain('Klaar');

    // Evidence: two pieces, one removed again.
    await page.getByLabel('Wat voor bewijs is het?').selectOption({ label: 'Vrijwilligerswerk' });
    await page
      .getByLabel('Wat deed iemand, en wat laat het zien?')
      .fill('Twee jaar vrijwilliger in de buurtkeuken: koken voor 40 mensen, schoonmaken en de kassa.');
    await clickButton(page, 'Voeg bewijs toe');
    await expectText(page, 'Het bewijs is toegevoegd.');
    await page
      .getByLabel('Wat voor bewijs is het?')
      .selectOption({ label: 'Opleiding, cursus of certificaat' });
    await page.getByLabel('Wat deed iemand, en wat laat het zien?').fill('Een verkeerd stuk bewijs');
    await clickButton(page, 'Voeg bewijs toe');
    await expectText(page, 'Het bewijs is toegevoegd.');
    await expectAccessible(page);
    await page.getByRole('button', { name: /Verwijder: Een verkeerd stuk bewijs/ }).click();
    await expectText(page, 'Het bewijs is verwijderd.');
    expect(await page.locator('.evidence-list').textContent()).not.toContain('Een verkeerd stuk bewijs');

    // Completing without a summary of her strengths: the form says so and writes nothing.
    await clickButton(page, 'Rond het assessment af');
    await expectText(page, 'Schrijf in gewone woorden op waar deze persoon sterk in is.');
    await expectAccessible(page);
    await page
      .getByLabel('Waar is deze persoon sterk in?')
      .fill('Samira is betrouwbaar en werkt netjes. Ze houdt van aanpakken en is goed met mensen.');
    await clickButton(page, 'Rond het assessment af');

    await expectText(page, 'Het assessment is afgerond.');
    expect(new URL(page.url()).pathname).toBe(`/werkzoekenden/${person.id}/profiel`);
    expect(await page.locator('.segment-now').textContent()).toContain('Klaar voor werk binnen drie maanden');
    expect(await page.locator('main').textContent()).toContain('Twee jaar vrijwilliger in de buurtkeuken');
    await expectAccessible(page);
    await context.close();
  }, 240_000);
});
