/**
 * Screenshots of the start-of-work money checklist on the demo data — the lifecoach's part of
 * "Na de start", Today, and the person's own page — at desktop width and at 375 px:
 * `npx tsx scripts/money-screenshots.ts [outDir]` (default /tmp/wrw-screenshots). Needs /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from '../seed/seed-demo';
import { startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { issuePrintedCode } from '../src/modules/person-access/person-account.service';
import { User } from '../src/modules/users/user.entity';
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
  const email = 'kees@warmrotterdam.example';
  const em = server.orm.em.fork();
  const person = await em.findOneOrFail(JobSeeker, { fullName: 'Esther Mensah' });
  const coach = await em.findOneOrFail(User, { email }, { populate: ['organisation'] });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const context = await newContext(browser, server.url, { width });
    const page = await context.newPage();
    await page.goto('/inloggen');
    await page.getByLabel('Je e-mailadres').fill(email);
    const mail = smtp.nextMailTo(email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.goto(signInLinkIn(await mail));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL('**/vandaag');
    await page.screenshot({ path: join(outDir, `money-today-${label}.png`), fullPage: true });
    await page.goto(`/werkzoekenden/${person.id}/na-de-start`);
    await page.locator('#geld-toeslagen summary').click();
    await page.locator('#geld').screenshot({ path: join(outDir, `money-heading-${label}.png`) });
    await page.screenshot({ path: join(outDir, `money-after-hire-${label}.png`), fullPage: true });
    await context.close();

    const letter = await issuePrintedCode(
      {
        em: server.orm.em.fork(),
        actor: {
          userId: coach.id,
          organisationId: coach.organisation.id,
          organisationKind: 'PROGRAMME',
          role: coach.role,
          jobSeekerId: null,
          tokenId: 'screenshots',
        },
        requestId: 'screenshots',
        now: new Date(),
      },
      person.id,
    );
    const own = await newContext(browser, server.url, { width });
    const personPage = await own.newPage();
    await personPage.goto(`/code?c=${letter.code}`);
    await personPage.getByRole('button', { name: 'Inloggen' }).click();
    await personPage.waitForURL((url) => url.pathname === '/mijn-gegevens');
    await personPage.goto('/mijn-gegevens/geld');
    await personPage.screenshot({ path: join(outDir, `money-person-${label}.png`), fullPage: true });
    await own.close();
  }
} finally {
  await browser.close();
  await server.close();
  await smtp.close();
}
