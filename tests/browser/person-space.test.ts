import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateListSchema } from '../../src/modules/matching/matching.schemas';
import type { TestUser } from '../support/factories';
import { openVacancy, personReadyForMeetAndGreet } from '../support/meet-and-greet-setup';
import type { TestApp } from '../support/test-app';
import { expectAccessible, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, signInLinkIn, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

let smtp: SmtpCapture;
let server: WebServer;
let browser: Browser;

/** The API helpers of the integration tests, over HTTP against the running server. */
function apiOver(web: WebServer): TestApp {
  async function request(method: string, path: string, options: { token?: string; body?: unknown } = {}) {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${web.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const json =
      /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json, text };
  }
  return { request, factory: web.factory } as unknown as TestApp;
}

let t: TestApp;
let coach: TestUser;
let recruiter: TestUser;
let vacancyId: string;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startWebServer(smtp.url);
  browser = await launchBrowser();
  t = apiOver(server);
  const programme = await server.factory.organisation('PROGRAMME', 'Warm Rotterdam');
  coach = await server.factory.user('LIFECOACH', programme);
  const employer = await server.factory.organisation('EMPLOYER', 'Havenlogistiek');
  recruiter = await server.factory.user('EMPLOYER_RECRUITER', employer);
  vacancyId = await openVacancy(t, recruiter.token);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await smtp?.close();
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

async function candidateCodes(): Promise<string[]> {
  const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiter.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return candidateListSchema.parse(res.json).items.map((item) => item.candidateCode);
}

/** The lifecoach opens the invitation page of the person and prints a letter; answers the code on it. */
async function printLetter(page: Page, jobSeekerId: string): Promise<string> {
  await page.goto(`/werkzoekenden/${jobSeekerId}/uitnodigen`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Maak een brief met inlogcode' }).click();
  await expect.poll(() => heading(page)).toMatch(/^Hallo /);
  await expectAccessible(page);
  expect(await page.locator('.letter__qr svg').count()).toBe(1);
  return (await page.locator('.letter__code').textContent()) ?? '';
}

describe('the person’s own space', () => {
  it('signs in with a printed code, reads the record, sees the employer who looked, withdraws matching and downloads it all', async () => {
    const personId = await personReadyForMeetAndGreet(t, coach, 'Fatima Ouali');
    // The employer looks at the candidates: the person is among them, by code.
    const [code] = await candidateCodes();
    expect(code).toMatch(/^K-/);

    const coachContext = await newContext(browser, server.url);
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    const letterCode = await printLetter(coachPage, personId);
    expect(letterCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    for (const width of [375, 320]) {
      const context = await newContext(browser, server.url, { width });
      const page = await context.newPage();
      if (width === 375) {
        await page.goto('/code');
        await expectAccessible(page);
        await page.getByLabel('Je inlogcode').fill(letterCode.toLowerCase());
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.waitForURL((url) => url.pathname === '/mijn-gegevens');
      } else {
        // The code works once: the second time it is refused, and a new letter is needed.
        await page.goto('/code');
        await page.getByLabel('Je inlogcode').fill(letterCode);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await expect.poll(() => page.getByText('Deze code werkt niet.').first().isVisible()).toBe(true);
        await expectAccessible(page);
        const second = await printLetter(coachPage, personId);
        await page.goto(`/code?c=${second}`);
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await page.waitForURL((url) => url.pathname === '/mijn-gegevens');
      }
      expect(await heading(page)).toBe('Mijn gegevens');
      const body = (await page.locator('main').textContent()) ?? '';
      expect(body).toContain('Fatima Ouali');
      expect(body).toContain(coach.user.displayName);
      expect(body).toContain('Klaar voor werk binnen drie maanden');
      expect(body).toContain(`Havenlogistiek kent je als ${code}`);
      expect(body).not.toMatch(/\bREADY\b|\bMATCHING\b|P-SCHOONMAKEN/);
      await expectAccessible(page);
      const scrollWidth = await page.evaluate('document.documentElement.scrollWidth');
      expect(scrollWidth, `no sideways scrolling at ${width}px`).toBeLessThanOrEqual(width);

      await page.getByRole('link', { name: 'Wie keek' }).click();
      await expect.poll(() => heading(page)).toBe('Wie heeft mijn gegevens bekeken');
      const log = (await page.locator('.access-log').textContent()) ?? '';
      expect(log).toContain(`Een werkgever (Havenlogistiek) zag je profiel met code ${code}`);
      expect(log).toContain('Een lifecoach (Warm Rotterdam)');
      expect(log).not.toContain(coach.user.displayName);
      expect(log).not.toContain(recruiter.user.displayName);
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Toestemming' }).click();
      await expect.poll(() => heading(page)).toBe('Je toestemming');
      await expectAccessible(page);

      if (width === 375) {
        const matching = page.getByRole('region', { name: 'Zoeken naar werk dat bij je past' });
        expect(await matching.textContent()).toContain('Een werkgever ziet eerst alleen je talenten');
        await matching.getByRole('button', { name: 'Nee, stop hiermee' }).click();
        await expect.poll(() => page.getByText('Gelukt. Je keuze is opgeslagen').isVisible()).toBe(true);
        await expectAccessible(page);
        // The very next request of the employer: the person is no longer a candidate.
        expect(await candidateCodes()).not.toContain(code);
      }

      await page.getByRole('link', { name: 'Downloaden' }).click();
      await expect.poll(() => heading(page)).toBe('Je gegevens downloaden');
      await expectAccessible(page);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download het bestand' }).click(),
      ]);
      const file = JSON.parse(await streamText(await download.createReadStream()));
      expect(file.record.registration.fullName).toBe('Fatima Ouali');
      expect(file.record.employersWhoKnowYourCode[0].code).toBe(code);
      expect(file.record.consents.history[0]).toMatchObject({
        purpose: 'MATCHING',
        given: false,
        byThePersonThemselves: true,
      });
      await page.goto('/mijn-gegevens/afdrukken');
      expect(await heading(page)).toBe('Mijn gegevens bij Warm Rotterdam Werkt');
      await expectAccessible(page);
      if (process.env.SCREENSHOT_DIR) {
        for (const path of [
          '/mijn-gegevens',
          '/mijn-gegevens/wie-keek',
          '/mijn-gegevens/toestemming',
          '/code',
        ]) {
          await page.goto(path);
          const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
          await page.screenshot({
            path: `${process.env.SCREENSHOT_DIR}/${name}-${width}.png`,
            fullPage: true,
          });
        }
      }

      // Staff pages do not exist for the person's account, nor does anyone else's record.
      const other = await server.factory.jobSeeker(coach.user, { fullName: 'Iemand Anders' });
      const response = await page.goto(`/werkzoekenden/${other.id}`);
      expect(response?.status()).toBe(404);
      expect(await heading(page)).toBe('Deze pagina is er niet');
      await context.close();
    }
    await coachContext.close();
  }, 120_000);

  it('signs in through the e-mail invitation of the lifecoach', async () => {
    const email = `sanne-${crypto.randomUUID().slice(0, 6)}@voorbeeld.example`;
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Sanne de Vries', email });
    const coachContext = await newContext(browser, server.url);
    const coachPage = await coachContext.newPage();
    await signIn(coachPage, coach.user.email, smtp);
    await coachPage.goto(`/werkzoekenden/${person.id}/uitnodigen`);
    const mail = smtp.nextMailTo(email);
    await coachPage.getByRole('button', { name: 'Stuur de e-mail' }).click();
    await expect.poll(() => coachPage.getByText('De e-mail is verstuurd').isVisible()).toBe(true);
    await expectAccessible(coachPage);

    const received = await mail;
    expect(received.text).toContain('Je lifecoach nodigt je uit voor Mijn gegevens');
    const context = await newContext(browser, server.url, { width: 320 });
    const page = await context.newPage();
    await page.goto(signInLinkIn(received));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === '/mijn-gegevens');
    expect(await page.locator('main').textContent()).toContain('Sanne de Vries');
    expect(await page.locator('main').textContent()).toContain('Er is nog geen talentenprofiel');
    await expectAccessible(page);
    await context.close();

    // Later the person asks for a link with their own address, like anyone else.
    const again = await newContext(browser, server.url);
    const againPage = await again.newPage();
    await signIn(againPage, email, smtp);
    expect(new URL(againPage.url()).pathname).toBe('/mijn-gegevens');
    await again.close();
    await coachContext.close();
  }, 60_000);
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
