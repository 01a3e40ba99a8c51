import type { Hono } from 'hono';
import { JobRun } from '../../modules/jobs/job-run.entity';
import { jobs } from '../../modules/jobs/jobs';
import { MailDelivery } from '../../modules/mail/mail-delivery.entity';
import { Cell, Heading1, Heading2, Paragraph, Row, Table } from '../layout/components';
import { Page } from '../layout/page';
import { requireSession } from '../session/session-middleware';
import type { SignedIn, WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { programmeOnly } from './programme-tools';

const statusNl = { RUNNING: 'Bezig', SUCCEEDED: 'Gelukt', FAILED: 'Mislukt' } as const;
const stateNl = {
  FAILED: 'Niet verstuurd',
  RETRY: 'Wordt opnieuw geprobeerd',
  SENDING: 'Versturen onzeker',
} as const;
const kindNl = {
  DAILY_DIGEST: 'Dagelijks overzicht',
  MEET_AND_GREET: 'Meet & Greet',
  DATA_RETENTION: 'Gegevens bewaren',
} as const;

const when = (date: Date | null | undefined) =>
  date
    ? date.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })
    : '—';
const jobLabel = (name: string) => (name in jobs ? jobs[name as keyof typeof jobs].descriptionNl : name);

/**
 * For programme staff: the last runs of the scheduled jobs and the mails that did not go out. The
 * address and subject are shown, never the mail's text.
 */
export function jobRunsRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  web.get('/beheer/taken', requireSession(deps, deps.clock), programmeOnly, async (c) => {
    const me = c.get('signedIn') as SignedIn;
    const em = c.get('em');
    const runs = await em.find(JobRun, {}, { orderBy: { startedAt: 'desc' }, limit: 50 });
    const stuckBefore = new Date(deps.clock().getTime() - 10 * 60_000);
    const problems = await em.find(
      MailDelivery,
      {
        $or: [
          { state: { $in: ['FAILED', 'RETRY'] } },
          { state: 'SENDING', nextAttemptAt: { $lt: stuckBefore } },
        ],
      },
      { orderBy: { createdAt: 'desc' }, limit: 100 },
    );
    return c.html(
      <Page title="Taken en e-mails" signedIn={me}>
        <Heading1>Taken en e-mails</Heading1>
        <Heading2>Laatste keren dat een taak liep</Heading2>
        {runs.length === 0 ? (
          <Paragraph>Er is nog geen taak gelopen.</Paragraph>
        ) : (
          <Table
            caption="De laatste 50 keer, de nieuwste eerst"
            head={['Taak', 'Voor', 'Begonnen', 'Uitkomst', 'Wat er gebeurde']}
          >
            {runs.map((run) => (
              <Row>
                <Cell>{jobLabel(run.jobName)}</Cell>
                <Cell>{run.periodKey}</Cell>
                <Cell>{when(run.startedAt)}</Cell>
                <Cell>{statusNl[run.status]}</Cell>
                <Cell>
                  {run.error
                    ? run.error
                    : Object.entries(run.summary ?? {})
                        .map(([key, value]) => `${key}: ${value}`)
                        .join(', ')}
                </Cell>
              </Row>
            ))}
          </Table>
        )}
        <Heading2>E-mails die (nog) niet zijn verstuurd</Heading2>
        {problems.length === 0 ? (
          <Paragraph>Alle e-mails zijn verstuurd.</Paragraph>
        ) : (
          <Table
            caption="Mislukt, of wacht op een nieuwe poging"
            head={['Soort', 'Aan', 'Pogingen', 'Stand', 'Foutmelding']}
          >
            {problems.map((mail) => (
              <Row>
                <Cell>{kindNl[mail.kind]}</Cell>
                <Cell>{mail.toAddress}</Cell>
                <Cell>{mail.attempts}</Cell>
                <Cell>{stateNl[mail.state as keyof typeof stateNl] ?? mail.state}</Cell>
                <Cell>{mail.lastError ?? '—'}</Cell>
              </Row>
            ))}
          </Table>
        )}
      </Page>,
    );
  });
}
