import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LifecoachAssignment } from '../../src/modules/job-seekers/job-seeker.entity';
import { clickButton, expectText } from './support/assessment-steps';
import { expectAccessible, keepPageOnFailure, launchBrowser, newContext, signIn } from './support/browser';
import { type SmtpCapture, startSmtpServer } from './support/smtp';
import { startWebServer, type WebServer } from './support/web-server';

// A person referred two weeks ago whom the lifecoach has not met: on Today as "Nog geen eerste
// gesprek"; the lifecoach records the first conversation and the item is gone. Without JavaScript,
// at 375 px, with axe on every page.

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

describe('the first conversation on Today', () => {
  it('shows a person waiting for a first conversation until the lifecoach records it', async () => {
    const coach = await server.factory.user('LIFECOACH');
    const person = await server.factory.jobSeeker(coach.user, { fullName: 'Bilal Wachtend' });
    await server.orm.em
      .fork()
      .nativeUpdate(
        LifecoachAssignment,
        { jobSeeker: person.id },
        { startedAt: new Date(Date.now() - 14 * 86_400_000), firstContactAt: null },
      );

    const context = await newContext(browser, server.url, { javaScript: false, width: 375 });
    const page = await context.newPage();
    keepPageOnFailure(page, 'first-contact');
    await signIn(page, coach.user.email, smtp);
    await page.goto('/vandaag');
    await expectText(page, 'Nog geen eerste gesprek');
    await expectText(page, 'Bilal Wachtend: plan het eerste gesprek');
    await expectAccessible(page);

    await page.goto(`/werkzoekenden/${person.id}`);
    await expectText(page, 'Je hebt nog geen eerste gesprek met Bilal Wachtend vastgelegd.');
    await expectAccessible(page);
    await clickButton(page, 'Eerste gesprek vastleggen');
    await expectText(page, 'Het eerste gesprek is vastgelegd.');
    await expectAccessible(page);

    await page.goto('/vandaag');
    expect(await page.locator('main').textContent()).not.toContain('Bilal Wachtend: plan het eerste gesprek');
    await expectAccessible(page);
    await context.close();
  });
});
