import type { Hono } from 'hono';
import { raw } from 'hono/html';
import { AppError } from '../../http/problem';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import {
  INVITATION_LINK_DAYS,
  inviteByEmail,
  issuePrintedCode,
  personAccountState,
} from '../../modules/person-access/person-account.service';
import { SIGN_IN_CODE_DAYS } from '../../modules/person-access/sign-in-code';
import { formatDate, formatDateTime } from '../labels';
import { Alert, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import { qrCodeSvg } from '../person/qr-code';
import type { WebBindings } from '../web-context';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

export const invitePath = (jobSeekerId: string) => `${personPath(jobSeekerId)}/uitnodigen`;

/** The action on the person's page: a link to the invitation page below. */
export const InviteToOwnRecordLink = ({ jobSeekerId }: { jobSeekerId: string }) => (
  <Link href={invitePath(jobSeekerId)}>Uitnodigen voor Mijn gegevens</Link>
);

/**
 * "Uitnodigen voor Mijn gegevens": the lifecoach invites the person to read their own record, by
 * e-mail (a sign-in link valid a week) or with a printed letter carrying a one-time code and a QR
 * code. Printing a new letter ends the code on the old one.
 */
export function invitePersonPages(web: Hono<WebBindings>, tools: PageTools) {
  const { deps } = tools;

  web.get('/werkzoekenden/:id/uitnodigen', tools.signedIn, tools.caseworker, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const person = await getJobSeeker(ctx, idParam(c));
    const state = await personAccountState(ctx, person.id);
    const sent = c.req.query('verstuurd') !== undefined;
    return c.html(
      <PersonLayout signedIn={me} person={person} current="overview" title={`${person.fullName}: uitnodigen`}>
        <Heading2>Uitnodigen voor Mijn gegevens</Heading2>
        {sent ? (
          <Alert kind="ok" live>
            <Paragraph>
              De e-mail is verstuurd naar {person.email}. De link werkt {INVITATION_LINK_DAYS} dagen.
            </Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          In Mijn gegevens leest {person.fullName} alles wat wij over hem of haar bewaren, en wie dat heeft
          bekeken. Daar geeft of stopt de persoon zelf toestemming.
        </Paragraph>
        <Paragraph>
          {state.hasAccount
            ? state.lastSignedInAt
              ? `Laatst ingelogd: ${formatDateTime(state.lastSignedInAt)}.`
              : 'Al uitgenodigd, nog niet ingelogd.'
            : 'Nog niet uitgenodigd.'}
        </Paragraph>
        <section aria-labelledby="per-e-mail">
          <h3 class="utrecht-heading-3" id="per-e-mail">
            Per e-mail
          </h3>
          {person.email ? (
            <PostForm action={`${invitePath(person.id)}/e-mail`} csrfToken={me.csrfToken}>
              <Paragraph>
                Er gaat een e-mail met een link naar {person.email}. De link werkt {INVITATION_LINK_DAYS}{' '}
                dagen en één keer. Daarna logt de persoon in met dit e-mailadres.
              </Paragraph>
              <SubmitButton>Stuur de e-mail</SubmitButton>
            </PostForm>
          ) : (
            <Paragraph>Er is geen e-mailadres bekend. Geef een brief met een inlogcode.</Paragraph>
          )}
        </section>
        <section aria-labelledby="per-brief">
          <h3 class="utrecht-heading-3" id="per-brief">
            Met een brief
          </h3>
          <PostForm action={`${invitePath(person.id)}/brief`} csrfToken={me.csrfToken}>
            <Paragraph>
              Voor wie geen e-mail heeft of het lastig vindt online. Je drukt een brief af met een inlogcode
              en een QR-code, en geeft die zelf aan de persoon. De code werkt {SIGN_IN_CODE_DAYS} dagen en één
              keer. Een nieuwe brief maakt de code op een oude brief ongeldig.
            </Paragraph>
            <SubmitButton variant="secondary">Maak een brief met inlogcode</SubmitButton>
          </PostForm>
        </section>
      </PersonLayout>,
    );
  });

  web.post(
    '/werkzoekenden/:id/uitnodigen/e-mail',
    tools.signedIn,
    tools.caseworker,
    tools.csrf,
    async (c) => {
      const { ctx, me } = pageContext(c, deps);
      const id = idParam(c);
      try {
        const invitation = await inviteByEmail(ctx, id);
        const base = deps.publicBaseUrl();
        await deps.mail.send({
          to: invitation.to,
          subject: 'Je gegevens bij Warm Rotterdam Werkt',
          text: [
            `Hallo ${invitation.displayName},`,
            '',
            'Je lifecoach nodigt je uit voor Mijn gegevens. Daar lees je alles wat wij over jou bewaren.',
            'Je ziet ook wie je gegevens heeft bekeken. En je kiest zelf waarvoor je toestemming geeft.',
            '',
            'Open deze link om in te loggen:',
            `${base}/inloggen/link?code=${invitation.secret}`,
            '',
            `De link werkt ${INVITATION_LINK_DAYS} dagen, en maar één keer.`,
            `Daarna log je in op ${base}/inloggen met dit e-mailadres. Je hebt geen wachtwoord nodig.`,
            '',
            'Groet,',
            'Warm Rotterdam Werkt',
          ].join('\n'),
        });
        return c.redirect(`${invitePath(id)}?verstuurd`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.status === 404 || error.status === 403) throw error;
        const person = await getJobSeeker(ctx, id);
        const message = error.errors?.[0]?.message ?? error.detail;
        return c.html(
          <PersonLayout
            signedIn={me}
            person={person}
            current="overview"
            title={`${person.fullName}: uitnodigen`}
          >
            <Heading2>Uitnodigen voor Mijn gegevens</Heading2>
            <Alert kind="warning" live>
              <Paragraph>{message}</Paragraph>
            </Alert>
            <Paragraph>
              <Link href={invitePath(id)}>Terug naar uitnodigen</Link>
            </Paragraph>
          </PersonLayout>,
          error.status === 409 ? 409 : 422,
        );
      }
    },
  );

  // The letter is the answer to the POST: the code exists only on this page and on paper.
  web.post('/werkzoekenden/:id/uitnodigen/brief', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const printed = await issuePrintedCode(ctx, idParam(c));
    const base = deps.publicBaseUrl();
    const address = `${base}/code`;
    const qrTarget = `${address}?c=${printed.code}`;
    return c.html(
      <Page title={`Brief voor ${printed.fullName}`} signedIn={me} section="caseload">
        <div class="no-print">
          <Alert kind="info">
            <Paragraph>
              Druk deze brief nu af. De code staat alleen op deze brief: wij bewaren hem niet. Kwijt? Maak dan
              een nieuwe brief; deze code werkt dan niet meer.
            </Paragraph>
          </Alert>
          <p class="utrecht-paragraph">
            <button type="button" class="utrecht-button utrecht-button--primary-action" data-print hidden>
              Brief afdrukken
            </button>{' '}
            <Link href={invitePath(printed.jobSeekerId)}>Terug naar uitnodigen</Link>
          </p>
        </div>
        <article class="letter">
          <Heading1>Hallo {printed.fullName},</Heading1>
          <Paragraph lead>
            Op Mijn gegevens lees je alles wat Warm Rotterdam Werkt over jou bewaart. Je ziet wie je gegevens
            heeft bekeken. En je kiest zelf waarvoor je toestemming geeft.
          </Paragraph>
          <h2 class="utrecht-heading-2">Zo log je in</h2>
          <ol class="utrecht-ordered-list letter__steps">
            <li class="utrecht-ordered-list__item">
              Ga op je telefoon of computer naar <strong>{address}</strong>. Of scan de QR-code met de camera
              van je telefoon.
            </li>
            <li class="utrecht-ordered-list__item">
              Typ je inlogcode over. Hoofdletters of kleine letters maakt niet uit.
            </li>
            <li class="utrecht-ordered-list__item">Klik op Inloggen.</li>
          </ol>
          <p class="utrecht-paragraph letter__code-label">Je inlogcode:</p>
          <p class="letter__code">{printed.code}</p>
          <div class="letter__qr" role="img" aria-label="QR-code om in te loggen">
            {raw(qrCodeSvg(qrTarget))}
          </div>
          <Paragraph>
            De code werkt tot en met {formatDate(printed.expiresAt)}, en maar één keer. Lukt het niet, of is
            de code op? Vraag je lifecoach om een nieuwe brief. Je lifecoach helpt je ook graag met inloggen.
          </Paragraph>
          <Paragraph>Bewaar deze brief goed, en laat de code niet aan anderen zien.</Paragraph>
        </article>
      </Page>,
    );
  });
}
