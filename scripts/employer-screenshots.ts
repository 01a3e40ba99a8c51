/**
 * Screenshots of the employer's Meet & Greet and placement pages on the demo data, at desktop width
 * and at 375 px: `npx tsx scripts/employer-screenshots.ts [outDir]` (default /tmp/wrw-screenshots).
 * Needs /usr/bin/chromium. The README's employer pictures in docs/ come from here.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDemo } from '../seed/seed-demo';
import { startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { MeetAndGreet } from '../src/modules/meet-and-greets/meet-and-greet.entity';
import { Placement } from '../src/modules/placements/placement.entity';
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
  const em = server.orm.em.fork();
  const event = await em.findOneOrFail(MeetAndGreet, { title: 'Meet & Greet logistiek' });
  const placement = await em.findOneOrFail(
    Placement,
    { status: 'ACTIVE', employer: { name: 'Havenlogistiek Waalhaven' } },
    { populate: ['vacancy'] },
  );
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    // The recruiter's pages, then the manager's own workspace (the demo placement's manager).
    for (const [email, home] of [
      ['jeroen@havenlogistiek.example', '/werkgever'],
      ['erik@havenlogistiek.example', '/leidinggevende'],
    ] as const) {
      const context = await newContext(browser, server.url, { width });
      const page = await context.newPage();
      const shot = async (name: string) =>
        page.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
      await page.goto('/inloggen');
      await page.getByLabel('Je e-mailadres').fill(email);
      const mail = smtp.nextMailTo(email);
      await page.getByRole('button', { name: 'Stuur mij een link' }).click();
      await page.goto(signInLinkIn(await mail));
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL(`**${home}`);
      if (email.startsWith('jeroen')) {
        await page.goto(`/werkgever/meet-and-greets/${event.id}`);
        await shot('employer-meet-and-greet');
        await page.goto(`/werkgever/meet-and-greets/${event.id}/vacatures/${placement.vacancy.id}`);
        await shot('employer-shortlist');
        await page.goto(`/werkgever/meet-and-greets/${event.id}/gesprekkenlijst`);
        await page.emulateMedia({ media: 'print' });
        await shot('employer-day-list-print');
        await page.emulateMedia({ media: 'screen' });
        await page.goto('/werkgever/sollicitaties');
        await shot('employer-pipeline');
        await page.goto(`/werkgever/plaatsingen/${placement.id}`);
        await shot('employer-placement');
      } else {
        await shot('manager-home');
        await page.goto(`/leidinggevende/plaatsingen/${placement.id}`);
        await shot('manager-placement');
      }
      await context.close();
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await smtp.close();
}
