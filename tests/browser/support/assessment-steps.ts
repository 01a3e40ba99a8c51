import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectAccessible } from './browser';

// The steps a lifecoach takes in the assessment pages, as a person does them: by labels and
// button names, checking every page they pass with axe.

export const heading1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Waits until the page shows this text (after a click that posts a form). */
export async function expectText(page: Page, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible(), { timeout: 10_000 }).toBe(true);
}

export async function clickButton(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState('load');
}

export async function openSection(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { level: 2, name: title }).isVisible()).toBe(true);
  await expectAccessible(page);
}

const choose = (page: Page, group: string, option: string) =>
  page.getByRole('group', { name: group, exact: false }).getByLabel(option, { exact: true }).check();

/** Phase green, and the first visit's competences: six levels, so kunnen is complete. */
export async function fillStoplightAndKunnen(page: Page): Promise<void> {
  await openSection(page, 'Hoe gaat het nu?');
  await choose(page, 'In welke fase zit je nu?', 'Groen: het gaat goed genoeg om aan werk te werken');
  await clickButton(page, 'Opslaan en naar Kunnen');
  await expectText(page, 'Opgeslagen.');
  await expectAccessible(page);
  for (const [label, level] of [
    ['Nederlands spreken', '3'],
    ['Nederlands lezen', '2'],
    ['Nederlands schrijven', '2'],
    ['Schoonmaken', '3'],
    ['Klanten helpen', '2'],
    ['Orderpicken', '2'],
  ] as const) {
    const select = page.getByLabel(new RegExp(`^${label}`));
    const option = await select.locator(`option[value="${level}"]`).textContent();
    await select.selectOption({ label: option ?? '' });
  }
  await clickButton(page, 'Opslaan en terug naar het overzicht');
  await expectText(page, 'Opgeslagen.');
}

/** The second visit: willen (with an occupation found by searching), gedrag, randvoorwaarden. */
export async function fillWillenGedragRandvoorwaarden(page: Page): Promise<void> {
  await openSection(page, 'Willen');
  await choose(page, 'Hoe graag wil je werken?', '4 – Wil graag werken');
  await page.getByLabel(/^Minimaal/).fill('16');
  await page.getByLabel(/^Maximaal/).fill('24');
  await page.getByLabel('Vast contract').check();
  await page.getByLabel('Tijdelijk contract, met kans op vast').check();
  await page.getByLabel(/^Hoe ver wil je reizen/).fill('15');
  await page.getByLabel(/^Zoek een beroep/).fill('magazijn');
  await clickButton(page, 'Zoeken');
  await expectText(page, /Gevonden bij "magazijn"/);
  // What was typed before the search is still there.
  expect(await page.getByLabel(/^Hoe ver wil je reizen/).inputValue()).toBe('15');
  await page
    .getByRole('group', { name: /Welk werk lijkt je leuk/ })
    .getByRole('checkbox')
    .first()
    .check();
  await clickButton(page, 'Opslaan en naar Gedrag');
  await expectText(page, 'Opgeslagen.');
  await expectAccessible(page);
  for (const item of [
    'Afspraken nakomen',
    'Op tijd komen',
    'Feedback aannemen',
    'Samenwerken',
    'Om hulp vragen',
    'Zich aan regels houden',
    'Nieuwe dingen leren',
  ]) {
    await choose(page, item, '4 – Lukt bijna altijd');
  }
  await clickButton(page, /Opslaan en naar Zo werk ik graag/);
  await expectText(page, 'Opgeslagen.');
  await choose(page, 'Werk je liever alleen of in een team?', '4 – Liever in een team (een beetje)');
  await clickButton(page, /Opslaan en naar Wat heb je nodig/);
  await expectText(page, 'Opgeslagen.');
  await expectAccessible(page);
  await choose(page, 'Hoe woon je nu?', 'Vaste woonplek');
  await choose(page, 'Hoe is je inkomen geregeld?', 'Op orde, bijvoorbeeld loon of een uitkering');
  await choose(page, 'Hoe gaat het thuis en in je leven?', 'Rustig, het gaat goed');
  await choose(page, 'Is de zorg voor kinderen of anderen geregeld als je werkt?', 'Niet nodig');
  const debts = page.getByRole('group', { name: 'Schulden', exact: true });
  await debts.getByLabel('Speelt dit?').selectOption({ label: 'Ja, en het is duidelijk wat er speelt' });
  await debts.getByLabel('Wanneer is het geregeld?').selectOption({ label: 'Binnen drie maanden geregeld' });
  await debts.getByLabel(/^Toelichting/).fill('De kredietbank regelt het, met een plan');
  await page.getByLabel('Fiets', { exact: true }).check();
  await page.getByLabel('Openbaar vervoer').check();
  await clickButton(page, 'Opslaan en naar het overzicht');
  await expectText(page, 'Opgeslagen.');
}
