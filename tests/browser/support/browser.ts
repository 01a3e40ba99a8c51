import { writeFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';
import { type SmtpCapture, signInLinkIn } from './smtp';

/** Debian's Chromium; flags that keep it from reaching out to a network that is not there. */
export const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });

/** Contexts without JavaScript, and the JavaScript-enabled page axe checks their pages in. */
const checkerFor = new WeakMap<BrowserContext, () => Promise<Page>>();

export async function newContext(
  browser: Browser,
  baseURL: string,
  options: { javaScript?: boolean; width?: number } = {},
): Promise<BrowserContext> {
  const javaScript = options.javaScript ?? true;
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: javaScript,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'nl-NL',
  });
  if (!javaScript) {
    let checker: Page | undefined;
    checkerFor.set(context, async () => {
      if (!checker) {
        const checkerContext = await browser.newContext({
          viewport: { width: options.width ?? 1280, height: 900 },
        });
        context.on('close', () => void checkerContext.close());
        checker = await checkerContext.newPage();
      }
      return checker;
    });
  }
  return context;
}

/**
 * Every page a test visits: axe-core finds no serious or critical WCAG 2.1 A/AA violation. axe runs
 * as a script, so a page seen without JavaScript is checked as a copy of its HTML (with its own
 * stylesheets) in a page that runs scripts.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const checker = await checkerFor.get(page.context())?.();
  let target = page;
  if (checker) {
    const origin = new URL(page.url()).origin;
    const html = (await page.content()).replace('<head>', `<head><base href="${origin}/">`);
    await checker.setContent(html, { waitUntil: 'load' });
    target = checker;
  }
  const results = await new AxeBuilder({ page: target })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
    }));
  expect(serious, `axe on ${page.url()}`).toEqual([]);
}

/** Signs in as a person does: ask for a link, read the mail that arrives over SMTP, open the link. */
export async function signIn(page: Page, email: string, smtp: SmtpCapture): Promise<void> {
  await page.goto('/inloggen');
  await expectAccessible(page);
  await page.getByLabel('Je e-mailadres').fill(email);
  const mail = smtp.nextMailTo(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kijk in je e-mail');
  await expectAccessible(page);
  await page.goto(signInLinkIn(await mail));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}

/**
 * When BROWSER_TEST_ARTIFACTS names a folder, a failing test leaves a screenshot and the HTML of
 * the page it was on there, to see what the person would have seen.
 */
export function keepPageOnFailure(page: Page, name: string): void {
  const folder = process.env.BROWSER_TEST_ARTIFACTS;
  if (!folder) return;
  onTestFailed(async () => {
    const base = `${folder}/${name.replace(/[^a-z0-9]+/gi, '-')}`;
    await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
    await writeFile(`${base}.html`, await page.content().catch(() => '')).catch(() => undefined);
  });
}
