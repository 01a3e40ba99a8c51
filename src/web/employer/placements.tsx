import type { Hono } from 'hono';
import { howItsGoingValues } from '../../modules/placements/cadence';
import { recordCheckInSchema } from '../../modules/placements/check-in.schemas';
import { listCheckIns, recordCheckIn } from '../../modules/placements/check-in.service';
import { getOnboardingPlan } from '../../modules/placements/onboarding-plan.service';
import { getPlacement, listPlacements } from '../../modules/placements/placement.service';
import { isoDate, readForm } from '../form-input';
import { contractTypeLabels, formatDate, howItsGoingLabels } from '../labels';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import { type EmployerTools, placementPath, placementsPath } from './employer-tools';

type Placement = Awaited<ReturnType<typeof getPlacement>>;
type Plan = Awaited<ReturnType<typeof getOnboardingPlan>>;
type CheckIns = Awaited<ReturnType<typeof listCheckIns>>['items'];

const NOTICES: Record<string, string> = {
  aangenomen: 'De kandidaat is aangenomen. Hieronder staat de plaatsing.',
  feedback: 'Het feedbackgesprek is opgeslagen.',
};

const who = (person: Placement['person']) =>
  person.fullName ? `${person.fullName} (${person.candidateCode})` : `Kandidaat ${person.candidateCode}`;

function PlacementPage({
  me,
  placement,
  plan,
  checkIns,
  values = {},
  errors = {},
  notice,
}: {
  me: SignedIn;
  placement: Placement;
  plan: Plan;
  checkIns: CheckIns;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string | undefined;
}) {
  const isManager = placement.yourRoles.includes('MANAGER') || placement.yourRoles.includes('RECRUITER');
  const today = new Date().toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' }).replace(/\//g, '-');
  return (
    <Page title={`Plaatsing: ${placement.vacancy.title}`} signedIn={me} section="placements">
      <Paragraph>
        <Link href={placementsPath}>Terug naar alle plaatsingen</Link>
      </Paragraph>
      <Heading1>
        {who(placement.person)}: {placement.vacancy.title}
      </Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          ['Status', placement.statusLabelNl],
          [
            'Begint of begon op',
            placement.startDate ? formatDate(placement.startDate) : 'Nog niet vastgelegd',
          ],
          [
            'Contract',
            `${contractTypeLabels[placement.contract.type]}, ${placement.contract.hoursPerWeek} uur per week${placement.contract.endDate ? `, tot ${formatDate(placement.contract.endDate)}` : ''}`,
          ],
          ['Mentor', placement.mentor?.displayName ?? 'Nog niet gekozen'],
          ['Leidinggevende', placement.manager?.displayName ?? 'Nog niet gekozen'],
          ['Lifecoach', `${placement.lifecoach.displayName} (${placement.lifecoach.email})`],
        ]}
      />
      <Heading2>Uren opbouwen</Heading2>
      {placement.hours.schedule.length ? (
        <ul class="utrecht-unordered-list">
          {placement.hours.schedule.map((step) => (
            <li>
              Vanaf week {step.fromWeek}: {step.hours} uur per week
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Nog geen opbouw afgesproken.</Paragraph>
      )}
      {placement.hours.currentWeek ? (
        <Paragraph>
          Nu week {placement.hours.currentWeek}: {placement.hours.agreedHoursThisWeek} uur afgesproken.
        </Paragraph>
      ) : null}

      <Heading2>Gesprekken</Heading2>
      {placement.followUp.length ? (
        <ul class="utrecht-unordered-list">
          {placement.followUp.map((item) => (
            <li>
              {item.kindLabelNl}:{' '}
              {item.state === 'OVERDUE'
                ? `te laat, had op ${formatDate(item.dueDate)} moeten zijn (${item.daysOverdue} dagen geleden)`
                : `volgende uiterlijk ${formatDate(item.dueDate)}`}
            </li>
          ))}
        </ul>
      ) : null}
      {placement.worryFlags.length ? (
        <Alert kind="warning">
          <Paragraph>Er zijn zorgen genoemd in andere gesprekken:</Paragraph>
          <ul class="utrecht-unordered-list">
            {placement.worryFlags.map((flag) => (
              <li>
                {formatDate(flag.date)}, {flag.kindLabelNl}: {flag.howItsGoingLabelNl}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {checkIns.length ? (
        <Table caption="Vastgelegde gesprekken" head={['Datum', 'Soort', 'Hoe gaat het', 'Verslag']}>
          {checkIns.map((checkIn) => (
            <Row>
              <Cell label="Datum">{formatDate(checkIn.date)}</Cell>
              <Cell label="Soort">{checkIn.kindLabelNl}</Cell>
              <Cell label="Hoe gaat het">{checkIn.howItsGoingLabelNl}</Cell>
              <Cell label="Verslag">{checkIn.report}</Cell>
            </Row>
          ))}
        </Table>
      ) : null}

      <Heading2>Inwerkplan</Heading2>
      {plan.items.length ? (
        <ul class="utrecht-unordered-list">
          {plan.items.map((item) => (
            <li>
              {item.title}: {item.statusLabelNl}
              {item.comments.length
                ? ` (${item.comments.length} opmerking${item.comments.length === 1 ? '' : 'en'})`
                : ''}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Het inwerkplan is nog leeg.</Paragraph>
      )}

      {isManager && placement.status === 'ACTIVE' ? (
        <section aria-labelledby="feedback-titel">
          <Heading2 id="feedback-titel">Feedbackgesprek van de leidinggevende</Heading2>
          <Paragraph>
            Minstens elke twee weken. Schrijf het verslag zoals u het aan de medewerker vertelt.
          </Paragraph>
          <PostForm action={`${placementPath(placement.id)}/feedback`} csrfToken={me.csrfToken}>
            <ErrorSummary errors={errors} />
            <TextField
              name="date"
              label="Datum van het gesprek"
              description="Bijvoorbeeld 14-03-2027."
              value={values.date ?? today}
              error={errors.date}
              size="date"
            />
            <RadioGroup
              name="howItsGoing"
              label="Hoe gaat het?"
              value={values.howItsGoing}
              error={errors.howItsGoing}
              options={howItsGoingValues.map((value) => ({ value, label: howItsGoingLabels[value] }))}
            />
            <TextAreaField name="report" label="Kort verslag" value={values.report} error={errors.report} />
            <TextAreaField
              name="agreedActions"
              label="Afspraken"
              description="Eén afspraak per regel."
              value={values.agreedActions}
              error={errors.agreedActions}
              optional
            />
            <SubmitButton>Sla het gesprek op</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
}

export function placementPages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.employer] as const;

  web.get(placementsPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listPlacements(ctx, { limit: 100 });
    return c.html(
      <Page title="Plaatsingen" signedIn={me} section="placements">
        <Heading1>Plaatsingen</Heading1>
        {page.items.length ? (
          <Table
            caption="Nieuwe collega's via Warm Rotterdam Werkt"
            head={['Wie', 'Vacature', 'Status', 'Start']}
          >
            {page.items.map((placement) => (
              <Row>
                <Cell label="Wie">
                  <Link href={placementPath(placement.id)}>{who(placement.person)}</Link>
                </Cell>
                <Cell label="Vacature">{placement.vacancy.title}</Cell>
                <Cell label="Status">{placement.statusLabelNl}</Cell>
                <Cell label="Start">{placement.startDate ? formatDate(placement.startDate) : '–'}</Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>Nog niemand aangenomen via het programma.</Paragraph>
        )}
      </Page>,
    );
  });

  const load = async (c: WebContext, id: string) => {
    const { ctx } = pageContext(c, deps);
    const placement = await getPlacement(ctx, deps.placementCadence, id);
    const plan = await getOnboardingPlan(ctx, deps.reference, id);
    const checkIns = (await listCheckIns(ctx, id, { limit: 50 })).items;
    return { placement, plan, checkIns };
  };

  web.get(`${placementsPath}/:id`, ...guards, async (c) => {
    const { me } = pageContext(c, deps);
    const data = await load(c, idParam(c));
    return c.html(<PlacementPage me={me} {...data} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post(`${placementsPath}/:id/feedback`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    await getPlacement(ctx, deps.placementCadence, id);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      recordCheckInSchema,
      {
        kind: 'MANAGER_FEEDBACK',
        date: isoDate(values.date ?? ''),
        report: values.report ?? '',
        howItsGoing: values.howItsGoing,
        agreedActions: (values.agreedActions ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      },
      (input) => recordCheckIn(ctx, id, input),
      {
        messages: {
          date: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
          report: 'Schrijf een kort verslag van minstens 10 tekens.',
          howItsGoing: 'Kies hoe het gaat.',
          agreedActions: 'Schrijf elke afspraak in minstens 3 tekens.',
        },
      },
    );
    if (!saved.ok) {
      const data = await load(c, id);
      return c.html(<PlacementPage me={me} {...data} values={values} errors={saved.errors} />, 422);
    }
    return c.redirect(withNotice(placementPath(id), 'feedback'), 303);
  });
}
