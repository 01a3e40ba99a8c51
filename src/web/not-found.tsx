import type { Context } from 'hono';
import { ErrorPage } from './layout/error-pages';

/** A browser asking for a page gets the Dutch "not found" page; API clients keep problem+json. */
export const wantsHtml = (c: Context): boolean =>
  !c.req.path.startsWith('/api/') && (c.req.header('accept') ?? '').includes('text/html');

export const renderNotFoundPage = (c: Context) =>
  c.html(<ErrorPage kind="notFound" requestId={c.get('requestId')} />, 404);
