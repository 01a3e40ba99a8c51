import type { Hono } from 'hono';
import { listPersonAuditTrail } from '../../modules/audit/person-audit-trail.service';
import { listJobSeekers } from '../../modules/job-seekers/job-seeker.service';
import { formatDateTime, roleLabels } from '../labels';
import { Cell, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import { SubmitButton, TextField } from '../layout/form';
import { Page } from '../layout/page';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { WebBindings } from '../web-context';
import type { ProgrammeTools } from './programme-tools';

export const whoSawPath = (jobSeekerId: string) => `/beheer/wie-keek/${jobSeekerId}`;

const roleWords = (role: string | null) =>
  role === null || role === 'SYSTEM' ? 'Het systeem' : (roleLabels[role as keyof typeof roleLabels] ?? role);

type Line = Awaited<ReturnType<typeof listPersonAuditTrail>>['items'][number];

/** The same thing done by the same person in the same minute is one line, with how often. Pure. */
export function groupLines(lines: readonly Line[]): (Line & { times: number; at: string })[] {
  const grouped = new Map<string, Line & { times: number; at: string }>();
  for (const line of lines) {
    const at = formatDateTime(line.occurredAt);
    const key = JSON.stringify([at, line.actorName, line.actorRole, line.organisationName, line.what]);
    const known = grouped.get(key);
    if (known) known.times++;
    else grouped.set(key, { ...line, times: 1, at });
  }
  return [...grouped.values()];
}

/** "Wie zag wat": choose a person, then the audit trail about that person in words, newest first. */
export function whoSawPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  web.get('/beheer/wie-keek', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const q = (c.req.query('q') ?? '').trim();
    const tooShort = q.length === 1;
    const found = q.length >= 2 ? await listJobSeekers(ctx, { q, limit: 25 }) : null;
    return c.html(
      <Page title="Wie zag wat" signedIn={me} section="home">
        <Heading1>Wie zag wat</Heading1>
        <Paragraph lead>
          Zoek een werkzoekende. Je ziet dan wie de gegevens van die persoon bekeek of veranderde: de naam, de
          organisatie, wat en wanneer.
        </Paragraph>
        <form method="get" action="/beheer/wie-keek" class="utrecht-form search-form">
          <TextField
            name="q"
            type="search"
            label="Naam of telefoonnummer"
            value={q}
            error={tooShort ? 'Typ minstens 2 tekens.' : undefined}
            quiet
          />
          <SubmitButton>Zoeken</SubmitButton>
        </form>
        {found ? (
          found.items.length ? (
            <Table caption={`Gevonden voor “${q}”`} head={['Naam', 'Lifecoach']}>
              {found.items.map((person) => (
                <Row>
                  <Cell label="Naam">
                    <Link href={whoSawPath(person.id)}>{person.fullName}</Link>
                  </Cell>
                  <Cell label="Lifecoach">
                    {person.view === 'SUMMARY' ? person.responsibleLifecoach.displayName : '—'}
                  </Cell>
                </Row>
              ))}
            </Table>
          ) : (
            <Paragraph>Niemand gevonden. Probeer een deel van de naam.</Paragraph>
          )
        ) : null}
      </Page>,
    );
  });

  web.get('/beheer/wie-keek/:id', tools.signedIn, tools.admin, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const cursor = c.req.query('cursor');
    const trail = await listPersonAuditTrail(ctx, id, { limit: 50, ...(cursor ? { cursor } : {}) });
    return c.html(
      <Page title={`Wie zag wat: ${trail.fullName}`} signedIn={me} section="home">
        <p class="utrecht-paragraph">
          <Link href="/beheer/wie-keek">Iemand anders zoeken</Link>
        </p>
        <Heading1>Wie zag wat: {trail.fullName}</Heading1>
        <Paragraph lead>
          Alles wat het logboek over deze persoon bewaart, het nieuwste eerst. De persoon ziet hetzelfde op de
          eigen pagina “Wie keek”, maar dan zonder de namen van medewerkers.
        </Paragraph>
        <Heading2>Logboek</Heading2>
        {trail.items.length ? (
          <Table
            caption={`Wie de gegevens van ${trail.fullName} bekeek of veranderde`}
            head={['Wanneer', 'Wie', 'Organisatie', 'Wat']}
          >
            {groupLines(trail.items).map((line) => (
              <Row>
                <Cell label="Wanneer">{line.at}</Cell>
                <Cell label="Wie">
                  {line.actorName ?? 'Het systeem'}
                  <span class="cell-note"> · {roleWords(line.actorRole)}</span>
                </Cell>
                <Cell label="Organisatie">{line.organisationName ?? '—'}</Cell>
                <Cell label="Wat">
                  {line.what}
                  {line.times > 1 ? ` (${line.times} keer)` : ''}
                </Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>Er staat nog niets in het logboek over deze persoon.</Paragraph>
        )}
        {trail.nextCursor ? (
          <Paragraph>
            <Link href={`${whoSawPath(id)}?cursor=${encodeURIComponent(trail.nextCursor)}`}>
              Oudere regels
            </Link>
          </Paragraph>
        ) : cursor ? (
          <Paragraph>
            <Link href={whoSawPath(id)}>Terug naar de nieuwste regels</Link>
          </Paragraph>
        ) : null}
      </Page>,
    );
  });
}
