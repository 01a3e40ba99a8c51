import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Logger } from '../../http/logger';
import { issueSignInLink, redeemSignInLink, SIGN_IN_LINK_MINUTES } from '../../modules/auth/sign-in.service';
import { randomUrlSafeSecret } from '../../modules/auth/token-secret';
import { endSession, startSession } from '../../modules/auth/web-session.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Link, Paragraph } from '../layout/components';
import { ErrorSummary, type FieldErrors, PostForm, SubmitButton, TextField } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings, WebDependencies } from '../web-context';
import { clearSessionCookie, readFormCookie, writeFormCookie, writeSessionCookie } from './cookies';
import { requireCsrf } from './csrf';
import { homeFor } from './home';
import { requireSession } from './session-middleware';
import { signInMail } from './sign-in-mail';
import type { SignInThrottle } from './sign-in-throttle';

type SignInDeps = WebDependencies & {
  logger: Logger;
  clock: () => Date;
  bodyLimitBytes: number;
  throttle: SignInThrottle;
};

/** Before sign-in there is no session: the forms' token is a random value in a cookie of its own. */
export const formToken =
  (deps: Pick<WebDependencies, 'publicBaseUrl' | 'sessionRules'>): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    let token = readFormCookie(c, deps);
    if (!token && c.req.method === 'GET') {
      token = randomUrlSafeSecret();
      writeFormCookie(c, deps, token);
    }
    c.set('csrfToken', token ?? '');
    await next();
  };

const emailSchema = z.string().trim().max(320).pipe(z.email());

function SignInForm({
  csrfToken,
  email,
  errors,
  notice,
}: {
  csrfToken: string;
  email?: string | undefined;
  errors?: FieldErrors;
  notice?: 'signedOut' | 'linkFailed' | 'tooMany' | undefined;
}) {
  return (
    <Page title="Inloggen">
      <Heading1>Inloggen</Heading1>
      {notice === 'signedOut' ? (
        <Alert kind="ok" live>
          <Paragraph>Je bent uitgelogd.</Paragraph>
        </Alert>
      ) : null}
      {notice === 'tooMany' ? (
        <Alert kind="warning" live>
          <Paragraph>
            Er is de afgelopen 15 minuten te vaak een link gevraagd. Wacht een kwartier en probeer het dan
            opnieuw.
          </Paragraph>
        </Alert>
      ) : null}
      {errors ? <ErrorSummary errors={errors} /> : null}
      <Paragraph lead>
        Vul je e-mailadres in. Je krijgt dan een e-mail met een link. Met die link log je in. Je hebt geen
        wachtwoord nodig.
      </Paragraph>
      <PostForm action="/inloggen" csrfToken={csrfToken}>
        <TextField
          name="email"
          label="Je e-mailadres"
          type="email"
          autocomplete="email"
          inputmode="email"
          value={email}
          error={errors?.email}
        />
        <SubmitButton>Stuur mij een link</SubmitButton>
      </PostForm>
    </Page>
  );
}

export function signInRoutes(web: Hono<WebBindings>, deps: SignInDeps) {
  const signedIn = requireSession(deps, deps.clock);
  const form = formToken(deps);
  const csrf = requireCsrf(deps);

  web.get('/', signedIn, (c) => {
    const user = c.get('signedIn')?.user;
    return c.redirect(user ? homeFor(user.role) : '/inloggen', 303);
  });

  web.get('/inloggen', form, (c) =>
    c.html(
      <SignInForm
        csrfToken={c.get('csrfToken')}
        notice={c.req.query('uitgelogd') !== undefined ? 'signedOut' : undefined}
      />,
    ),
  );

  web.post('/inloggen', form, csrf, async (c) => {
    const { email = '' } = await readForm(c);
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) {
      const errors = { email: 'Vul je e-mailadres in, bijvoorbeeld naam@voorbeeld.nl' };
      return c.html(<SignInForm csrfToken={c.get('csrfToken')} email={email} errors={errors} />, 422);
    }
    const client = deps.clientAddress?.(c) ?? 'unknown';
    if (!(await deps.throttle.allow(parsed.data, client))) {
      return c.html(<SignInForm csrfToken={c.get('csrfToken')} email={email} notice="tooMany" />, 429);
    }
    const issued = await issueSignInLink(c.get('em'), parsed.data, deps.clock());
    if (issued) {
      const link = `${deps.publicBaseUrl()}/inloggen/link?code=${issued.secret}`;
      const requestId = c.get('requestId');
      // Not awaited: an address that is known must not answer slower than one that is not.
      deps.mail.send(signInMail(issued.user, link)).catch((error: unknown) => {
        deps.logger.error('sign-in mail not sent', {
          requestId,
          error: error instanceof Error ? error.message : String(error),
        });
      });
    }
    return c.redirect('/inloggen/verstuurd', 303);
  });

  web.get('/inloggen/verstuurd', (c) =>
    c.html(
      <Page title="Kijk in je e-mail">
        <Heading1>Kijk in je e-mail</Heading1>
        <Paragraph lead>
          Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail met een link om
          in te loggen.
        </Paragraph>
        <Paragraph>
          De link werkt {SIGN_IN_LINK_MINUTES} minuten, en maar één keer. Geen e-mail gekregen? Kijk ook bij
          ongewenste e-mail (spam), of <Link href="/inloggen">vraag een nieuwe link</Link>.
        </Paragraph>
      </Page>,
    ),
  );

  // The link in the e-mail only shows a button: a mail scanner that opens links does not use it up.
  web.get('/inloggen/link', form, (c) => {
    const code = c.req.query('code') ?? '';
    return c.html(
      <Page title="Inloggen">
        <Heading1>Inloggen bij Warm Rotterdam Werkt</Heading1>
        <Paragraph lead>Klik op de knop om in te loggen.</Paragraph>
        <PostForm action="/inloggen/link" csrfToken={c.get('csrfToken')}>
          <input type="hidden" name="code" value={code} />
          <SubmitButton>Inloggen</SubmitButton>
        </PostForm>
      </Page>,
    );
  });

  web.post('/inloggen/link', form, csrf, async (c) => {
    const { code = '' } = await readForm(c);
    const em = c.get('em');
    const now = deps.clock();
    const user = await redeemSignInLink(em, code, now);
    if (!user) {
      return c.html(
        <Page title="Deze link werkt niet meer">
          <Heading1>Deze link werkt niet meer</Heading1>
          <Paragraph lead>
            Een link om in te loggen werkt {SIGN_IN_LINK_MINUTES} minuten, en maar één keer. Deze link is al
            gebruikt of te oud.
          </Paragraph>
          <Paragraph>
            <Link href="/inloggen">Vraag een nieuwe link</Link>
          </Paragraph>
        </Page>,
        400,
      );
    }
    const { secret } = await startSession(em, user, now, deps.sessionRules);
    writeSessionCookie(c, deps, secret);
    return c.redirect(homeFor(user.role), 303);
  });

  web.post('/uitloggen', signedIn, csrf, async (c) => {
    const session = c.get('signedIn')?.session;
    if (session) await endSession(c.get('em'), session, deps.clock());
    clearSessionCookie(c, deps);
    return c.redirect('/inloggen?uitgelogd', 303);
  });

  web.get('/welkom', signedIn, (c) =>
    c.html(
      <Page title="Welkom" signedIn={c.get('signedIn')}>
        <Heading1>Welkom</Heading1>
        <Paragraph lead>
          De web-app is er nu voor lifecoaches, partnerorganisaties en de medewerkers van het programma. Voor
          uw werk komt er binnenkort een eigen deel bij.
        </Paragraph>
      </Page>,
    ),
  );
}
