import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { readinessSegments } from '../../modules/job-seekers/job-seeker.entity';
import { listJobSeekersQuerySchema } from '../../modules/job-seekers/job-seeker.schemas';
import { listJobSeekers } from '../../modules/job-seekers/job-seeker.service';
import { formatDate, formatPhone, noSegmentLabel, segmentShortLabels } from '../labels';
import { Alert, Cell, Heading1, Link, Pagination, Paragraph, Row, Table } from '../layout/components';
import { type FieldErrors, SelectField, SubmitButton, TextField } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import { type PageTools, pageContext } from './page-tools';
import { personPath } from './person-sections';

const PAGE_SIZE = 25;

/** The filter form's values: what the person typed, kept in the address so a list can be bookmarked. */
type Filters = { q: string; segment: string; review: string };

const listAddress = (filters: Filters, cursor?: string) => {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.segment) params.set('segment', filters.segment);
  if (filters.review) params.set('review', filters.review);
  if (cursor) params.set('cursor', cursor);
  const query = params.toString();
  return `/werkzoekenden${query ? `?${query}` : ''}`;
};

const notices: Record<string, string> = {
  aangemeld: 'De aanmelding is opgeslagen. De lifecoach neemt contact op met deze persoon.',
  overgedragen: 'De persoon is overgedragen aan de nieuwe lifecoach. Die ziet nu je overdrachtsnotitie.',
};

/**
 * Caseload: search by name or phone, filter by segment and review due, 25 per page. Partner
 * workers follow their referrals in their own workspace (/partner).
 */
export function caseloadPage(web: Hono<WebBindings>, tools: PageTools) {
  web.get('/werkzoekenden', tools.signedIn, tools.registrar, async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    // Partner workers follow their referrals in their own workspace, with the status in plain words.
    if (me.user.role === Role.PartnerWorker) return c.redirect('/partner', 302);
    const filters: Filters = {
      q: (c.req.query('q') ?? '').trim(),
      segment: c.req.query('segment') ?? '',
      review: c.req.query('review') ?? '',
    };
    const errors: FieldErrors = {};
    const parsed = listJobSeekersQuerySchema.safeParse({
      limit: PAGE_SIZE,
      cursor: c.req.query('cursor') || undefined,
      q: filters.q || undefined,
      segment: (readinessSegments as readonly string[]).includes(filters.segment)
        ? filters.segment
        : undefined,
      reviewDue: filters.review === 'due' ? 'true' : undefined,
    });
    if (!parsed.success) errors.q = 'Typ minstens 2 letters of cijfers om te zoeken.';
    const page = parsed.success ? await listJobSeekers(ctx, parsed.data) : { items: [], nextCursor: null };
    const filtered = Boolean(filters.q || filters.segment || filters.review);
    const title = me.user.role === Role.Lifecoach ? 'Mijn werkzoekenden' : 'Werkzoekenden';
    const notice = notices[c.req.query('gelukt') ?? ''];

    return c.html(
      <Page title={title} signedIn={me} section="caseload">
        <Heading1>{title}</Heading1>
        {notice ? (
          <Alert kind="ok" live>
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
        <form
          method="get"
          action="/werkzoekenden"
          class="utrecht-form filters"
          aria-label="Zoeken en filteren"
        >
          <TextField
            name="q"
            label="Zoek op naam of telefoonnummer"
            type="search"
            value={filters.q}
            error={errors.q}
            optional
            quiet
          />
          <SelectField
            name="segment"
            label="Segment"
            value={filters.segment}
            optional
            quiet
            options={[
              { value: '', label: 'Alle segmenten' },
              ...readinessSegments.map((segment) => ({
                value: segment,
                label: segmentShortLabels[segment],
              })),
            ]}
          />
          <SelectField
            name="review"
            label="Opnieuw bekijken"
            value={filters.review}
            optional
            quiet
            options={[
              { value: '', label: 'Iedereen' },
              { value: 'due', label: 'Alleen wie nu aan de beurt is' },
            ]}
          />
          <SubmitButton variant="secondary">Zoeken</SubmitButton>
        </form>
        {page.items.length === 0 ? (
          <Paragraph>
            {filtered
              ? 'Niemand gevonden. Probeer een andere zoekterm of filter.'
              : 'Er staat nog niemand op je lijst.'}{' '}
            <Link href="/werkzoekenden/nieuw">Iemand aanmelden</Link>
          </Paragraph>
        ) : (
          <Table
            caption={filtered ? 'Gevonden' : title}
            head={['Naam', 'Telefoon', 'Segment', 'Opnieuw bekijken op']}
          >
            {page.items.map((person) => (
              <Row>
                <Cell label="Naam">
                  {person.view === 'REGISTRATION' ? (
                    person.fullName
                  ) : (
                    <Link href={personPath(person.id)}>{person.fullName}</Link>
                  )}
                </Cell>
                <Cell label="Telefoon">{formatPhone(person.phone)}</Cell>
                {person.view === 'SUMMARY' ? (
                  <>
                    <Cell label="Segment">
                      {person.segment.current ? segmentShortLabels[person.segment.current] : noSegmentLabel}
                    </Cell>
                    <Cell label="Opnieuw bekijken op">
                      {person.segment.reviewDate ? (
                        <>
                          {formatDate(person.segment.reviewDate)}
                          {person.segment.reviewDue ? <strong> · nu aan de beurt</strong> : null}
                        </>
                      ) : (
                        '—'
                      )}
                    </Cell>
                  </>
                ) : (
                  <Cell label="Aangemeld op">{formatDate(person.registeredAt)}</Cell>
                )}
              </Row>
            ))}
          </Table>
        )}
        <Pagination
          firstHref={c.req.query('cursor') ? listAddress(filters) : null}
          nextHref={page.nextCursor ? listAddress(filters, page.nextCursor) : null}
        />
      </Page>,
    );
  });
}
