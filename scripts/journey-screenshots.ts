/**
 * Screenshots of the partner's workspace and the lifecoach's "Hulp" page on the demo data:
 * `npx tsx scripts/journey-screenshots.ts [outDir]` (default /tmp/wrw-journey). Needs /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedDemo } from '../seed/seed-demo';
import { startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { launchBrowser, newContext } from '../tests/browser/support/browser';
import { signInLinkIn, startSmtpServer } from '../tests/browser/support/smtp';

const outDir = process.argv[2] ?? '/tmp/wrw-journey';
await mkdir(outDir, { recursive: true });
const smtp = await startSmtpServer();
const server = await startServer(
  loadEnv({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: 'memory://',
    SEED_DEMO: 'never',
    LOG_LEVEL: 'warn',
    SMTP_URL: smtp.url,
  }),
  { beforeListen: async (orm, reference) => void (await seedDemo(orm.em.fork(), reference)) },
);
const browser = await launchBrowser();

async function signIn(page: Page, email: string) {
  await page.goto('/inloggen');
  await page.getByLabel('Je e-mailadres').fill(email);
  const mail = smtp.nextMailTo(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await page.goto(signInLinkIn(await mail));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

try {
  const em = server.orm.em.fork();
  const rachid = await em.findOneOrFail(JobSeeker, { fullName: 'Rachid Benali' });
  const yvonne = await em.findOneOrFail(JobSeeker, { fullName: 'Yvonne Hoek' });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const context = await newContext(browser, server.url, { width });
    const page = await context.newPage();
    const shot = (name: string) =>
      page.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
    await signIn(page, 'ingrid@buurtkracht.example');
    await shot('partner-home');
    await page.goto(`/partner/aanmeldingen/${rachid.id}`);
    await shot('partner-referral');
    await page.goto('/partner/aanmelden');
    await shot('partner-refer');
    await context.close();

    const coach = await newContext(browser, server.url, { width });
    const other = await coach.newPage();
    const shotOther = (name: string) =>
      other.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
    await signIn(other, 'samira@warmrotterdam.example');
    await shotOther('lifecoach-today');
    await other.goto(`/werkzoekenden/${yvonne.id}/hulp`);
    await shotOther('lifecoach-outside-help');
    await coach.close();
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await smtp.close();
}
