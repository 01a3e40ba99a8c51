import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type request from 'supertest';
import { createLogger } from '../../src/http/logger';
import type { MailMessage } from '../../src/modules/mail/mail-message';
import type { WebDependencies } from '../../src/web/web-context';
import { defaultWebDependencies } from '../../src/web/web-defaults';
import type { TestApp } from './test-app';

/** A clock a test can move forward (idle timeout, absolute lifetime, link expiry). */
export function testClock(start = new Date()) {
  let now = start.getTime();
  return {
    now: () => new Date(now),
    advanceMinutes(minutes: number) {
      now += minutes * 60_000;
    },
  };
}

/** Web settings for tests: mail is kept in `outbox` instead of sent. */
export function testWeb(overrides: Partial<WebDependencies> = {}) {
  const outbox: MailMessage[] = [];
  const web: WebDependencies = {
    ...defaultWebDependencies(createLogger('silent')),
    mail: {
      async send(message) {
        outbox.push(message);
      },
    },
    ...overrides,
  };
  return { web, outbox };
}

/** The anti-forgery token of the (first) form on a page. */
export function formToken(html: string): string {
  const token = /name="_csrf" value="([^"]*)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('no anti-forgery field on this page');
  return token;
}

export const signInCode = (mail: MailMessage | undefined): string => {
  const code = /\/inloggen\/link\?code=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
  if (!code) throw new Error('no sign-in link in the mail');
  return code;
};

/** The app on a real Node HTTP server, as supertest agents (which keep cookies) see it. */
export function webServer(t: Pick<TestApp, 'app'>): Server {
  return createAdaptorServer({ fetch: t.app.fetch }) as Server;
}

export type Agent = ReturnType<typeof request.agent>;

/** Asks for a sign-in link as a person does (form page, then POST with its token). */
export async function requestLink(agent: Agent, email: string) {
  const form = await agent.get('/inloggen');
  return agent
    .post('/inloggen')
    .type('form')
    .send({ _csrf: formToken(form.text), email });
}

/** Uses a sign-in link: opens it and presses the button. */
export async function useLink(agent: Agent, code: string) {
  const page = await agent.get(`/inloggen/link?code=${code}`);
  return agent
    .post('/inloggen/link')
    .type('form')
    .send({ _csrf: formToken(page.text), code });
}

/** The whole sign-in; answers the agent's anti-forgery token for the signed-in pages. */
export async function signIn(agent: Agent, email: string, outbox: MailMessage[]): Promise<string> {
  await requestLink(agent, email);
  const used = await useLink(agent, signInCode(outbox.filter((mail) => mail.to === email).at(-1)));
  if (used.status !== 303) throw new Error(`sign-in failed with ${used.status}`);
  const page = await agent.get(used.headers.location ?? '/');
  return formToken(page.text);
}
