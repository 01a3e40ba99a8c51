/**
 * Screenshots of the lifecoach's pages on the demo data, at desktop width and at 375 px:
 * `npx tsx scripts/web-screenshots.ts [outDir]` (default /tmp/wrw-screenshots). Needs /usr/bin/chromium.
 * The README's pictures in docs/ come from here.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from '../seed/seed-demo';
import { startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { launchBrowser, newContext } from '../tests/browser/support/browser';
import { signInLinkIn, startSmtpServer } from '../tests/browser/support/smtp';

const outDir = process.argv[2] ?? '/tmp/wrw-screenshots';
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
try {
  const email = 'samira@warmrotterdam.example';
  const person = await server.orm.em
    .fork()
    .findOneOrFail(JobSeeker, { responsibleLifecoach: { email } }, { orderBy: { nameKey: 'asc' } });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const context = await newContext(browser, server.url, { width });
    const page = await context.newPage();
    const shot = async (name: string) =>
      page.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
    await page.goto('/inloggen');
    await shot('sign-in');
    await page.getByLabel('Je e-mailadres').fill(email);
    const mail = smtp.nextMailTo(email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.goto(signInLinkIn(await mail));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/vandaag');
    await shot('today');
    await page.goto('/werkzoekenden');
    await shot('caseload');
    await page.goto(`/werkzoekenden/${person.id}`);
    await shot('person');
    await page.goto(`/werkzoekenden/${person.id}/toestemming`);
    await shot('consent');
    await page.goto('/werkzoekenden/nieuw');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await shot('register-errors');
    await context.close();
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await smtp.close();
}
