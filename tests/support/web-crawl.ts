import type { TestApp } from './test-app';
import { getPage, type PageResponse, type WebSession } from './web-page-session';

export type CrawledPage = { path: string; status: number; html: string };

/** Links a page offers that a crawl follows: same-site pages, not files, assets, the API or signing out. */
function linksIn(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/href="([^"#]*)(?:#[^"]*)?"/g)) {
    const href = (match[1] ?? '').replace(/&amp;/g, '&');
    if (!href.startsWith('/') || href.startsWith('//')) continue;
    if (/^\/(api|web\/assets|docs|openapi\.json|uitloggen|afmelden)/.test(href)) continue;
    if (/\.(ics|json|csv|css|js|png|svg)(\?|$)/.test(href) || href.includes('/taal?')) continue;
    found.add(href);
  }
  return [...found];
}

/**
 * Every page a signed-in browser reaches by following links from `start` (GET only, breadth first,
 * at most `limit` pages), with what each answered. Redirects are followed once.
 */
export async function crawlPages(
  t: TestApp,
  session: WebSession,
  start: readonly string[],
  limit = 150,
): Promise<CrawledPage[]> {
  const seen = new Set<string>(start);
  const queue = [...start];
  const pages: CrawledPage[] = [];
  while (queue.length && pages.length < limit) {
    const path = queue.shift() as string;
    let page: PageResponse = await getPage(t, session, path);
    if (page.status >= 300 && page.status < 400 && page.location?.startsWith('/')) {
      page = await getPage(t, session, page.location);
    }
    pages.push({ path, status: page.status, html: page.html });
    if (page.status !== 200) continue;
    for (const link of linksIn(page.html)) {
      if (seen.has(link)) continue;
      seen.add(link);
      queue.push(link);
    }
  }
  return pages;
}
