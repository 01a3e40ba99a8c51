import type { Hono } from 'hono';
import { getErasureStateFor, requestErasureFor } from '../../modules/erasure/erasure.service';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { formatDate } from '../labels';
import { Alert, Heading2, Link, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import type { WebBindings } from '../web-context';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

export const stopPath = (jobSeekerId: string) => `${personPath(jobSeekerId)}/stoppen`;

/** The action on the person's page: a link to the page below. */
export const StopRequestLink = ({ jobSeekerId }: { jobSeekerId: string }) => (
  <Link href={stopPath(jobSeekerId)}>Stoppen en gegevens laten wissen</Link>
);

/**
 * "Stoppen": the lifecoach files the person's request to leave and be erased on their behalf (for
 * someone who does not use Mijn gegevens). Programme staff confirm it.
 */
export function stopRequestPages(web: Hono<WebBindings>, tools: PageTools) {
  const { deps } = tools;

  web.get('/werkzoekenden/:id/stoppen', tools.signedIn, tools.caseworker, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const person = await getJobSeeker(ctx, idParam(c));
    const state = await getErasureStateFor(ctx, person.id);
    const open = state.request?.status === 'REQUESTED' || state.request?.status === 'NOT_YET';
    return c.html(
      <PersonLayout signedIn={me} person={person} current="overview" title={`${person.fullName}: stoppen`}>
        <Heading2>Stoppen en gegevens laten wissen</Heading2>
        {c.req.query('gevraagd') !== undefined && open ? (
          <Alert kind="ok" live>
            <Paragraph>Het verzoek is doorgegeven aan het programma.</Paragraph>
          </Alert>
        ) : null}
        {open && state.request ? (
          <>
            <Paragraph lead>
              {person.fullName} wil stoppen. Het verzoek is op {formatDate(state.request.requestedAt)} gedaan.{' '}
              {person.fullName} staat vanaf toen niet meer in lijsten voor werkgevers. Iemand van het
              programma wist de gegevens.
            </Paragraph>
            {state.request.notYetReason ? (
              <Paragraph>
                Het programma legt uit waarom het nog niet kan:{' '}
                <q class="record-quote">{state.request.notYetReason}</q>
              </Paragraph>
            ) : null}
            {state.blockers.map((blocker) => (
              <Alert kind="warning">
                <Paragraph>{blocker.messageNl}</Paragraph>
              </Alert>
            ))}
            <Paragraph>
              Wil {person.fullName} toch blijven? Leg dan opnieuw toestemming vast om mee te doen.
            </Paragraph>
          </>
        ) : (
          <>
            <Paragraph lead>
              Wil {person.fullName} stoppen met Warm Rotterdam Werkt? Dat mag altijd, zonder reden en zonder
              gevolgen. Vraag het hier aan namens de persoon.
            </Paragraph>
            <Paragraph>
              Daarna staat {person.fullName} meteen niet meer in lijsten voor werkgevers. Iemand van het
              programma wist de naam, contactgegevens, geboortedatum, het adres, de notities en het bewijs.
              Loopt er nog een plaatsing? Dan wacht het wissen tot die is afgesloten. De rapportages tellen de
              persoon nog mee, zonder naam.
            </Paragraph>
            <PostForm action={stopPath(person.id)} csrfToken={me.csrfToken}>
              <SubmitButton variant="secondary">Stoppen aanvragen voor {person.fullName}</SubmitButton>
            </PostForm>
          </>
        )}
      </PersonLayout>,
    );
  });

  web.post('/werkzoekenden/:id/stoppen', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await requestErasureFor(ctx, id);
    return c.redirect(`${stopPath(id)}?gevraagd`, 303);
  });
}
