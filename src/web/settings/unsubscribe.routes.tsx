import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { changeSettings } from '../../modules/notifications/notification-settings.service';
import {
  mailLinkKey,
  type OptionalMail,
  readUnsubscribeToken,
} from '../../modules/notifications/unsubscribe-token';
import { User } from '../../modules/users/user.entity';
import { Heading1, Link, Paragraph } from '../layout/components';
import { SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings, WebContext, WebDependencies } from '../web-context';

const whatNl: Record<OptionalMail, string> = {
  dailyDigest: 'het dagelijkse overzicht van gesprekken',
  meetAndGreet: 'de agenda-mails van Meet & Greets',
};

async function readLink(c: WebContext, secret: string | undefined) {
  const code = c.req.query('code') ?? '';
  const key = await mailLinkKey(c.get('em'), secret);
  const read = await readUnsubscribeToken(key, code);
  if (!read) return null;
  const user = await c.get('em').findOne(User, { id: read.userId });
  return user ? { ...read, code, user } : null;
}

const BrokenLink = () => (
  <Page title="Deze link werkt niet">
    <Heading1>Deze link werkt niet</Heading1>
    <Paragraph>
      De link om je af te melden is niet compleet. Kopieer de hele link uit de e-mail, of log in en kies bij{' '}
      <Link href="/instellingen">Mijn instellingen</Link> welke e-mails je krijgt.
    </Paragraph>
  </Page>
);

/**
 * The unsubscribe link in every non-essential mail: works without signing in (the signed code is
 * the proof), shows a button first (a mail scanner that opens links unsubscribes nobody), and takes
 * the one-click POST of RFC 8058 from mail programs, which sends no cookie and no form token.
 */
export function unsubscribeRoutes(
  web: Hono<WebBindings>,
  deps: WebDependencies & { bodyLimitBytes: number },
) {
  const limit = bodyLimit({ maxSize: Math.min(deps.bodyLimitBytes, 8 * 1024) });
  const noTrace = (c: WebContext) => {
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
  };

  web.get('/afmelden', async (c) => {
    noTrace(c);
    const link = await readLink(c, deps.mailLinkSecret);
    if (!link) return c.html(<BrokenLink />, 400);
    return c.html(
      <Page title="Afmelden">
        <Heading1>Afmelden</Heading1>
        <Paragraph lead>Wil je {whatNl[link.mail]} niet meer per e-mail krijgen?</Paragraph>
        <form method="post" action={`/afmelden?code=${encodeURIComponent(link.code)}`}>
          <SubmitButton>Ja, meld mij af</SubmitButton>
        </form>
        <Paragraph>
          Je kunt dit later weer aanzetten bij <Link href="/instellingen">Mijn instellingen</Link>. Een e-mail
          om in te loggen krijg je altijd als je daarom vraagt.
        </Paragraph>
      </Page>,
    );
  });

  web.post('/afmelden', limit, async (c) => {
    noTrace(c);
    const link = await readLink(c, deps.mailLinkSecret);
    if (!link) return c.html(<BrokenLink />, 400);
    await changeSettings(c.get('em'), link.user.id, { [link.mail]: false }, 'unsubscribe_link');
    return c.html(
      <Page title="Je bent afgemeld">
        <Heading1>Je bent afgemeld</Heading1>
        <Paragraph lead>Je krijgt {whatNl[link.mail]} niet meer per e-mail.</Paragraph>
        <Paragraph>
          Toch weer aanzetten? Log in en kies bij <Link href="/instellingen">Mijn instellingen</Link> welke
          e-mails je krijgt.
        </Paragraph>
      </Page>,
    );
  });
}
