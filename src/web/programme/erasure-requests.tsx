import type { Hono } from 'hono';
import { AppError, ProblemCode } from '../../http/problem';
import type { ErasureStatus } from '../../modules/erasure/erasure.entity';
import { explainNotYetSchema } from '../../modules/erasure/erasure.schemas';
import {
  confirmErasure,
  type ErasureRequestListItem,
  explainNotYet,
  listErasureRequests,
} from '../../modules/erasure/erasure.service';
import { fieldErrorsFromZod, readForm } from '../form-input';
import { formatDate } from '../labels';
import { Alert, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { ErrorSummary, type FieldErrors, PostForm, SubmitButton, TextAreaField } from '../layout/form';
import { Page } from '../layout/page';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import type { ProgrammeTools } from './programme-tools';

export const ERASURE_REQUESTS_PATH = '/beheer/verwijderverzoeken';

const originWords: Record<ErasureRequestListItem['origin'], string> = {
  PERSON: 'De persoon vroeg het zelf op Mijn gegevens.',
  LIFECOACH: 'De lifecoach vroeg het namens de persoon.',
  CONSENT_WITHDRAWN: 'De toestemming om mee te doen is ingetrokken.',
  RETENTION: 'Er was lang niets gebeurd: de gegevens zijn vanzelf gewist.',
};

const statusWords: Record<ErasureStatus, string> = {
  REQUESTED: 'Wacht op jou',
  NOT_YET: 'Nog niet: uitgelegd waarom',
  ERASED: 'Gewist',
  WITHDRAWN: 'Ingetrokken: de persoon doet weer mee',
};

const notices: Record<string, { kind: 'ok' | 'warning'; text: string }> = {
  gewist: {
    kind: 'ok',
    text: 'De gegevens zijn gewist. De rapportages tellen de persoon nog mee, zonder naam.',
  },
  uitgelegd: { kind: 'ok', text: 'Je uitleg is bewaard. De persoon en de lifecoach lezen hem.' },
  veranderd: {
    kind: 'warning',
    text: 'Iemand anders heeft dit verzoek net veranderd. Kijk hieronder wat er nu staat.',
  },
};

type Shown = { status: 'OPEN' | ErasureStatus };
const views: { status: Shown['status']; label: string }[] = [
  { status: 'OPEN', label: 'Open verzoeken' },
  { status: 'ERASED', label: 'Gewist' },
  { status: 'WITHDRAWN', label: 'Ingetrokken' },
];

function RequestCard({
  item,
  me,
  form,
}: {
  item: ErasureRequestListItem;
  me: SignedIn;
  form?: { values: Record<string, string>; errors: FieldErrors; waits?: string[] } | undefined;
}) {
  const open = item.status === 'REQUESTED' || item.status === 'NOT_YET';
  const headingId = `verzoek-${item.id}`;
  const waits = form?.waits ?? item.blockers.map((blocker) => blocker.messageNl);
  return (
    <li class="programme-parts__item" id={headingId}>
      <h2 class="utrecht-heading-2">{item.fullName}</h2>
      <Paragraph>
        {statusWords[item.status]}. Gevraagd op {formatDate(item.requestedAt)}. {originWords[item.origin]}
        {item.erasedAt ? ` Gewist op ${formatDate(item.erasedAt)}.` : ''}
      </Paragraph>
      {item.notYetReason ? (
        <Paragraph>
          Jouw uitleg: <q class="record-quote">{item.notYetReason}</q>
        </Paragraph>
      ) : null}
      {open && waits.length ? (
        <Alert kind="warning">
          {waits.map((text) => (
            <Paragraph>{text}</Paragraph>
          ))}
        </Alert>
      ) : null}
      {open ? (
        <>
          {form?.errors && Object.keys(form.errors).length ? <ErrorSummary errors={form.errors} /> : null}
          {waits.length ? null : (
            <PostForm action={`${ERASURE_REQUESTS_PATH}/${item.id}/bevestigen`} csrfToken={me.csrfToken}>
              <input type="hidden" name="version" value={String(item.version)} />
              <Paragraph>
                Wissen kan niet ongedaan worden gemaakt. Naam, contactgegevens, geboortedatum, adres, notities
                en bewijs verdwijnen. De rapportages tellen de persoon nog mee, zonder naam.
              </Paragraph>
              <SubmitButton>Gegevens van {item.fullName} wissen</SubmitButton>
            </PostForm>
          )}
          <details class="fold" open={form?.errors.reason ? true : undefined}>
            <summary>Uitleggen waarom het nog niet kan</summary>
            <PostForm action={`${ERASURE_REQUESTS_PATH}/${item.id}/nog-niet`} csrfToken={me.csrfToken}>
              <input type="hidden" name="version" value={String(item.version)} />
              <TextAreaField
                name="reason"
                label="Waarom kan het nog niet?"
                description="Minstens 10 tekens. De werkzoekende kan dit lezen."
                value={form?.values.reason}
                error={form?.errors.reason}
              />
              <SubmitButton variant="secondary">Uitleg bewaren</SubmitButton>
            </PostForm>
          </details>
        </>
      ) : null}
    </li>
  );
}

/**
 * "Verwijderverzoeken": people who asked to stop (or for whom it was asked). Programme staff confirm,
 * and the erasure runs in the same request, or explain why it cannot be done yet.
 */
export function erasureRequestPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  const render = async (
    c: WebContext,
    options: {
      status?: Shown['status'];
      failed?: { id: string; values: Record<string, string>; errors: FieldErrors; waits?: string[] };
    } = {},
    httpStatus: 200 | 409 | 422 = 200,
  ) => {
    const { ctx, me } = pageContext(c, deps);
    const asked = c.req.query('status');
    const status = options.status ?? views.find((view) => view.status === asked)?.status ?? 'OPEN';
    const page = await listErasureRequests(ctx, { status, limit: 100 });
    const notice = notices[c.req.query('gelukt') ?? c.req.query('fout') ?? ''];
    return c.html(
      <Page title="Verwijderverzoeken" signedIn={me} section="home">
        <Heading1>Verwijderverzoeken</Heading1>
        {notice ? (
          <Alert kind={notice.kind} live>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          Deze mensen willen stoppen met Warm Rotterdam Werkt en hun gegevens laten wissen. Wis de gegevens,
          of leg uit waarom het nog niet kan. Loopt er nog een plaatsing? Dan wacht het wissen tot die is
          afgesloten.
        </Paragraph>
        <nav aria-label="Welke verzoeken">
          <ul class="site-nav__list">
            {views.map((view) => (
              <li>
                <a
                  class="utrecht-link"
                  href={`${ERASURE_REQUESTS_PATH}?status=${view.status}`}
                  aria-current={view.status === status ? 'page' : undefined}
                >
                  {view.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Heading2>{views.find((view) => view.status === status)?.label ?? ''}</Heading2>
        {page.items.length === 0 ? (
          <Paragraph>Er zijn hier geen verzoeken.</Paragraph>
        ) : (
          <ul class="programme-parts">
            {page.items.map((item) => (
              <RequestCard
                item={item}
                me={me}
                form={options.failed?.id === item.id ? options.failed : undefined}
              />
            ))}
          </ul>
        )}
        <Paragraph>
          <Link href="/beheer">Terug naar beheer</Link>
        </Paragraph>
      </Page>,
      httpStatus,
    );
  };

  web.get(ERASURE_REQUESTS_PATH, tools.signedIn, tools.admin, (c) => render(c));

  web.post(`${ERASURE_REQUESTS_PATH}/:id/bevestigen`, tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const version = Number(values.version);
    if (!Number.isInteger(version) || version < 1)
      return c.redirect(`${ERASURE_REQUESTS_PATH}?fout=veranderd`, 303);
    try {
      await confirmErasure(ctx, id, { version });
    } catch (error) {
      if (error instanceof AppError && error.code === ProblemCode.Conflict && error.meta?.blockers) {
        const waits = (error.meta.blockers as { messageNl: string }[]).map((blocker) => blocker.messageNl);
        return render(c, { status: 'OPEN', failed: { id, values, errors: {}, waits } }, 409);
      }
      if (error instanceof AppError && error.code !== ProblemCode.NotFound) {
        return c.redirect(`${ERASURE_REQUESTS_PATH}?fout=veranderd`, 303);
      }
      throw error;
    }
    return c.redirect(`${ERASURE_REQUESTS_PATH}?status=ERASED&gelukt=gewist`, 303);
  });

  web.post(`${ERASURE_REQUESTS_PATH}/:id/nog-niet`, tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const parsed = explainNotYetSchema.safeParse({
      reason: values.reason ?? '',
      version: Number(values.version),
    });
    if (!parsed.success) {
      const errors = fieldErrorsFromZod(parsed.error, {});
      return render(c, { status: 'OPEN', failed: { id, values, errors } }, 422);
    }
    try {
      await explainNotYet(ctx, id, parsed.data);
    } catch (error) {
      if (error instanceof AppError && error.code !== ProblemCode.NotFound) {
        return c.redirect(`${ERASURE_REQUESTS_PATH}?fout=veranderd`, 303);
      }
      throw error;
    }
    return c.redirect(`${ERASURE_REQUESTS_PATH}?gelukt=uitgelegd`, 303);
  });
}
