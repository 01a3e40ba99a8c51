/**
 * Screenshots of the mentor's and the trajectory coordinator's workspaces on the demo data:
 * `npx tsx scripts/workspace-screenshots.ts [outDir]` (default /tmp/wrw-workspaces). Needs
 * /usr/bin/chromium. The README's pictures docs/mentor-*.png and docs/roffabriek-*.png come from here.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seedDemo } from '../seed/seed-demo';
import { startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { Placement } from '../src/modules/placements/placement.entity';
import { TrajectoryOffering } from '../src/modules/trajectories/trajectory-offering.entity';
import { TrajectoryPlacement } from '../src/modules/trajectories/trajectory-placement.entity';
import { launchBrowser, newContext } from '../tests/browser/support/browser';
import { signInLinkIn, startSmtpServer } from '../tests/browser/support/smtp';

const outDir = process.argv[2] ?? '/tmp/wrw-workspaces';
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
  const mentorPlacement = await em.findOneOrFail(Placement, {
    mentor: { email: 'ruud@zorggroepzuidplein.example' },
  });
  const roffabriek = { provider: { name: 'Roffabriek' } };
  const proposal = await em.findOneOrFail(TrajectoryPlacement, { ...roffabriek, status: 'PROPOSED' });
  const inProgress = await em.findOneOrFail(
    TrajectoryPlacement,
    { ...roffabriek, status: 'STARTED' },
    { orderBy: { actualStartDate: 'asc' } },
  );
  const offering = await em.findOneOrFail(TrajectoryOffering, {
    ...roffabriek,
    title: 'Werken in een bedrijf',
  });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 375],
  ] as const) {
    const context = await newContext(browser, server.url, { width });
    const page = await context.newPage();
    const shot = (name: string) =>
      page.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
    await signIn(page, 'ruud@zorggroepzuidplein.example');
    await shot('mentor-home');
    await page.goto(`/begeleider/plaatsingen/${mentorPlacement.id}`);
    await shot('mentor-placement');
    await context.close();

    const coordinator = await newContext(browser, server.url, { width });
    const other = await coordinator.newPage();
    const shotOther = (name: string) =>
      other.screenshot({ path: join(outDir, `${name}-${label}.png`), fullPage: true });
    await signIn(other, 'priya@roffabriek.example');
    await shotOther('roffabriek-home');
    await other.goto('/roffabriek/aanbod');
    await shotOther('roffabriek-offerings');
    await other.goto(`/roffabriek/aanbod/${offering.id}`);
    await shotOther('roffabriek-offering');
    await other.goto('/roffabriek/voorstellen');
    await shotOther('roffabriek-proposals');
    await other.goto(`/roffabriek/deelnemers/${proposal.id}`);
    await shotOther('roffabriek-proposal');
    await other.goto(`/roffabriek/deelnemers/${inProgress.id}`);
    await shotOther('roffabriek-progress');
    await coordinator.close();
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
  await smtp.close();
}
