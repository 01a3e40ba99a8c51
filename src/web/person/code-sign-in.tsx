import type { Hono, MiddlewareHandler } from 'hono';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import { startSession } from '../../modules/auth/web-session.service';
import { redeemSignInCode } from '../../modules/person-access/person-account.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Link, Paragraph } from '../layout/components';
import { ErrorSummary, PostForm, SubmitButton, TextField } from '../layout/form';
import { Page } from '../layout/page';
import { writeSessionCookie } from '../session/cookies';
import { requireCsrf } from '../session/csrf';
import { homeFor } from '../session/home';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

type CodeDeps = WebRouteDependencies & { form: MiddlewareHandler<WebBindings> };

/** Ten tries per client per 15 minutes: plenty for typing over a code, useless for guessing one. */
const ATTEMPTS_PER_CLIENT = 10;

function CodeForm({
  csrfToken,
  code,
  problem,
}: {
  csrfToken: string;
  code?: string | undefined;
  problem?: 'wrong' | 'tooMany' | undefined;
}) {
  return (
    <Page title="Inloggen met je code">
      <Heading1>Inloggen met je code</Heading1>
      {problem === 'wrong' ? (
        <ErrorSummary errors={{ code: 'Deze code werkt niet. Kijk of je hem goed hebt overgetypt.' }} />
      ) : null}
      {problem === 'tooMany' ? (
        <Alert kind="warning" live>
          <Paragraph>Je hebt het vaak geprobeerd. Wacht een kwartier en probeer het dan opnieuw.</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>Je inlogcode staat op de brief van je lifecoach.</Paragraph>
      <PostForm action="/code" csrfToken={csrfToken}>
        <TextField
          name="code"
          label="Je inlogcode"
          description="Bijvoorbeeld ABCD-EFGH-JKLM"
          autocomplete="off"
          value={code}
          error={
            problem === 'wrong'
              ? 'Deze code werkt niet. Is hij al gebruikt of te oud? Vraag je lifecoach om een nieuwe brief.'
              : undefined
          }
        />
        <SubmitButton>Inloggen</SubmitButton>
      </PostForm>
      <Paragraph>
        Heb je een e-mailadres bij ons? Dan kun je ook <Link href="/inloggen">inloggen met je e-mail</Link>.
      </Paragraph>
    </Page>
  );
}

/**
 * Signing in with the printed code: /code (the QR code opens /code?c=… with the code filled in; only
 * the button uses it, so a link preview does not use the code up).
 */
export function codeSignInPages(web: Hono<WebBindings>, deps: CodeDeps) {
  const csrf = requireCsrf(deps);
  const attempts = new RateLimiterMemory({ points: ATTEMPTS_PER_CLIENT, duration: 15 * 60 });

  web.get('/code', deps.form, (c) =>
    c.html(<CodeForm csrfToken={c.get('csrfToken')} code={c.req.query('c')?.slice(0, 40)} />),
  );

  web.post('/code', deps.form, csrf, async (c) => {
    const { code = '' } = await readForm(c);
    const client = deps.clientAddress?.(c) ?? 'unknown';
    const allowed = await attempts.consume(client).then(
      () => true,
      (rejection: unknown) => {
        if (rejection instanceof Error) throw rejection;
        return false;
      },
    );
    if (!allowed)
      return c.html(<CodeForm csrfToken={c.get('csrfToken')} code={code} problem="tooMany" />, 429);
    const em = c.get('em');
    const now = deps.clock();
    const user = await redeemSignInCode(em, code, now);
    if (!user) return c.html(<CodeForm csrfToken={c.get('csrfToken')} code={code} problem="wrong" />, 400);
    const { secret } = await startSession(em, user, now, deps.sessionRules);
    writeSessionCookie(c, deps, secret);
    return c.redirect(homeFor(user.role), 303);
  });
}
