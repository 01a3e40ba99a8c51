import type { Hono } from 'hono';
import type { VacancyStatus } from '../../modules/vacancies/vacancy.entity';
import type { VacancyView } from '../../modules/vacancies/vacancy.schemas';
import {
  changeVacancyStatusSchema,
  createVacancySchema,
  updateVacancySchema,
} from '../../modules/vacancies/vacancy.schemas';
import {
  changeVacancyStatus,
  createVacancy,
  getVacancy,
  listVacancies,
  updateVacancy,
} from '../../modules/vacancies/vacancy.service';
import { canMoveVacancy, isEditable } from '../../modules/vacancies/vacancy-transitions';
import type { ReferenceData } from '../../reference/reference-data';
import { readForm } from '../form-input';
import { contractTypeLabels, formatEuros, requirementTierLabels } from '../labels';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import { ButtonLink, type FormValues, PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import { contractKindText, passendWerkText, workingTimesText } from '../vacancy-terms';
import type { SignedIn, WebBindings } from '../web-context';
import { candidatesPath, type EmployerTools, vacanciesPath, vacancyPath } from './employer-tools';
import {
  levelLabel,
  VacancyForm,
  vacancyFieldOf,
  vacancyInputOf,
  vacancyMessages,
  vacancyServiceMessages,
  valuesOfVacancy,
} from './vacancy-form';

export const vacancyStatusLabels: Record<VacancyStatus, string> = {
  DRAFT: 'Concept (nog niet zichtbaar)',
  OPEN: 'Open',
  FILLED: 'Vervuld',
  CLOSED: 'Gesloten',
};

const statusActions: Record<VacancyStatus, string> = {
  DRAFT: '',
  OPEN: 'Zet de vacature open',
  FILLED: 'Alle plaatsen zijn vervuld',
  CLOSED: 'Sluit de vacature',
};

const NOTICES: Record<string, string> = {
  gemaakt: 'De vacature is opgeslagen als concept. Zet hem open als hij klaar is.',
  gewijzigd: 'De wijzigingen zijn opgeslagen.',
  OPEN: 'De vacature is open. Lifecoaches zien hem nu bij hun werkzoekenden.',
  FILLED: 'De vacature staat op vervuld.',
  CLOSED: 'De vacature is gesloten.',
};

const hoursText = (vacancy: VacancyView) =>
  vacancy.hours.min === vacancy.hours.max
    ? `${vacancy.hours.max} uur per week`
    : `${vacancy.hours.min} tot ${vacancy.hours.max} uur per week`;

const payText = (vacancy: VacancyView) =>
  vacancy.pay
    ? `${formatEuros(vacancy.pay.min)} tot ${formatEuros(vacancy.pay.max)} bruto per ${vacancy.pay.per === 'HOUR' ? 'uur' : 'maand'}`
    : 'Nog niet ingevuld';

function VacancyList({ me, vacancies }: { me: SignedIn; vacancies: VacancyView[] }) {
  return (
    <Page title="Vacatures" signedIn={me} section="vacancies">
      <Heading1>Vacatures</Heading1>
      <Paragraph>
        <ButtonLink href={`${vacanciesPath}/nieuw`} variant="primary">
          Nieuwe vacature
        </ButtonLink>
      </Paragraph>
      {vacancies.length ? (
        <Table caption="Jullie vacatures" head={['Vacature', 'Status', 'Uren', 'Plaatsen', 'Kandidaten']}>
          {vacancies.map((vacancy) => (
            <Row>
              <Cell label="Vacature">
                <Link href={vacancyPath(vacancy.id)}>{vacancy.title}</Link>
              </Cell>
              <Cell label="Status">{vacancyStatusLabels[vacancy.status]}</Cell>
              <Cell label="Uren">{hoursText(vacancy)}</Cell>
              <Cell label="Plaatsen">{vacancy.positions}</Cell>
              <Cell label="Kandidaten">
                {vacancy.status === 'OPEN' ? (
                  <Link href={candidatesPath(vacancy.id)}>Bekijk kandidaten</Link>
                ) : (
                  '–'
                )}
              </Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er zijn nog geen vacatures. Maak uw eerste vacature.</Paragraph>
      )}
    </Page>
  );
}

/** How a lifecoach reads the vacancy: the same words, without what is for the employer only. */
function LifecoachPreview({ vacancy, reference }: { vacancy: VacancyView; reference: ReferenceData }) {
  const behaviours = reference.activeInstrument.sections.gedrag.items.filter((item) =>
    vacancy.behaviours.includes(item.id),
  );
  return (
    <section class="vacancy-preview" aria-labelledby="voorbeeld-titel">
      <Heading2 id="voorbeeld-titel">Zo leest een lifecoach deze vacature</Heading2>
      <div class="vacancy-preview__card">
        <h3 class="utrecht-heading-3">
          {vacancy.title} bij {vacancy.employerName}
        </h3>
        <Paragraph>{vacancy.description}</Paragraph>
        <Facts
          items={[
            ['Uren', `${hoursText(vacancy)}${vacancy.gradualBuildUp ? ', opbouwen mag' : ''}`],
            [
              'Contract',
              `${contractTypeLabels[vacancy.contractType]}${vacancy.permanentProspect ? ', met uitzicht op vast' : ''}${vacancy.underCao ? ', onder een cao' : ''}${vacancy.paid ? '' : ', onbetaald'}${vacancy.zeroHours ? ', geen vaste uren' : ''}`,
            ],
            ['Soort contract', contractKindText(vacancy.contractKind)],
            ['Werktijden', workingTimesText(vacancy.workingTimes)],
            ['Passend werk', passendWerkText(vacancy.passendWerk)],
            ['Loon', payText(vacancy)],
            ['Werkplek', `Postcode ${vacancy.postcode}`],
            ['Mentor', vacancy.mentorAvailable ? 'Ja, er is een mentor' : 'Nee'],
            ['Plaatsen', String(vacancy.positions)],
          ]}
        />
        <h4 class="utrecht-heading-4">Wat iemand moet kunnen</h4>
        <ul class="utrecht-unordered-list">
          {vacancy.requirements.map((requirement) => {
            const descriptor = reference.catalogue
              .competence(requirement.competenceCode)
              ?.levels.find((entry) => entry.level === requirement.level)?.descriptorNl;
            return (
              <li>
                <strong>{requirement.competenceLabel}</strong>: {levelLabel(requirement.level).toLowerCase()},{' '}
                {requirementTierLabels[requirement.tier].toLowerCase()}
                {descriptor ? <span class="requirement__descriptor"> – {descriptor}</span> : null}
              </li>
            );
          })}
        </ul>
        {vacancy.legalRequirements.length ? (
          <>
            <h4 class="utrecht-heading-4">Wat de wet vraagt</h4>
            <ul class="utrecht-unordered-list">
              {vacancy.legalRequirements.map((legal) => (
                <li>{'label' in legal ? legal.label : `Minimaal ${legal.minimumAge} jaar`}</li>
              ))}
            </ul>
          </>
        ) : null}
        {vacancy.dutchLevel ? (
          <Paragraph>
            Nederlands: spreken niveau {vacancy.dutchLevel.speaking}, lezen niveau{' '}
            {vacancy.dutchLevel.reading}, schrijven niveau {vacancy.dutchLevel.writing} (niveau 3 is ongeveer
            B1).
          </Paragraph>
        ) : null}
        {behaviours.length ? (
          <>
            <h4 class="utrecht-heading-4">Gedrag dat belangrijk is</h4>
            <ul class="utrecht-unordered-list">
              {behaviours.map((item) => (
                <li>{item.label}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}

function VacancyDetail({
  me,
  vacancy,
  reference,
  notice,
}: {
  me: SignedIn;
  vacancy: VacancyView;
  reference: ReferenceData;
  notice?: string | undefined;
}) {
  const moves = (['OPEN', 'FILLED', 'CLOSED'] as const).filter((to) => canMoveVacancy(vacancy.status, to));
  return (
    <Page title={vacancy.title} signedIn={me} section="vacancies">
      <Paragraph>
        <Link href={vacanciesPath}>Terug naar alle vacatures</Link>
      </Paragraph>
      <Heading1>{vacancy.title}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Facts items={[['Status', vacancyStatusLabels[vacancy.status]]]} />
      <div class="button-row">
        {vacancy.status === 'OPEN' ? (
          <ButtonLink href={candidatesPath(vacancy.id)} variant="primary">
            Bekijk kandidaten
          </ButtonLink>
        ) : null}
        {isEditable(vacancy.status) ? (
          <ButtonLink href={`${vacancyPath(vacancy.id)}/wijzigen`}>Wijzig de vacature</ButtonLink>
        ) : null}
      </div>
      {moves.length ? (
        <PostForm action={`${vacancyPath(vacancy.id)}/status`} csrfToken={me.csrfToken} class="button-row">
          <input type="hidden" name="version" value={String(vacancy.version)} />
          {moves.map((to) => (
            <SubmitButton name="status" value={to} variant={to === 'OPEN' ? 'primary' : 'secondary'}>
              {statusActions[to]}
            </SubmitButton>
          ))}
        </PostForm>
      ) : null}
      <LifecoachPreview vacancy={vacancy} reference={reference} />
    </Page>
  );
}

export function vacancyPages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.employer] as const;

  web.get(vacanciesPath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listVacancies(ctx, { limit: 100 }, deps.reference);
    return c.html(<VacancyList me={me} vacancies={page.items} />);
  });

  const formPage = (
    me: SignedIn,
    title: string,
    action: string,
    values: FormValues,
    errors = {},
    search = '',
  ) => (
    <Page title={title} signedIn={me} section="vacancies">
      <Paragraph>
        <Link href={vacanciesPath}>Terug naar alle vacatures</Link>
      </Paragraph>
      <Heading1>{title}</Heading1>
      <VacancyForm
        action={action}
        csrfToken={me.csrfToken}
        values={values}
        errors={errors}
        reference={deps.reference}
        search={search}
        submitLabel="Sla de vacature op"
      />
    </Page>
  );
  const queryValues = (query: Record<string, string>): FormValues =>
    Object.fromEntries(Object.entries(query).filter(([name]) => name !== 'zoek'));

  web.get(`${vacanciesPath}/nieuw`, ...guards, async (c) => {
    const { me } = pageContext(c, deps);
    const query = c.req.query();
    return c.html(
      formPage(me, 'Nieuwe vacature', `${vacanciesPath}/nieuw`, queryValues(query), {}, query.zoek ?? ''),
    );
  });

  web.post(`${vacanciesPath}/nieuw`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      createVacancySchema,
      vacancyInputOf(values, deps.reference),
      (input) => createVacancy(ctx, input, deps.reference),
      { fieldOf: vacancyFieldOf, messages: vacancyMessages, serviceMessages: vacancyServiceMessages },
    );
    if (!saved.ok) {
      return c.html(
        formPage(me, 'Nieuwe vacature', `${vacanciesPath}/nieuw`, values, saved.errors, values.zoek ?? ''),
        422,
      );
    }
    return c.redirect(withNotice(vacancyPath(saved.value.id), 'gemaakt'), 303);
  });

  web.get(`${vacanciesPath}/:id`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const vacancy = await getVacancy(ctx, idParam(c), deps.reference);
    return c.html(
      <VacancyDetail
        me={me}
        vacancy={vacancy}
        reference={deps.reference}
        notice={NOTICES[c.req.query('melding') ?? '']}
      />,
    );
  });

  web.get(`${vacanciesPath}/:id/wijzigen`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const vacancy = await getVacancy(ctx, idParam(c), deps.reference);
    const query = c.req.query();
    const values = Object.keys(queryValues(query)).length ? queryValues(query) : valuesOfVacancy(vacancy);
    return c.html(
      formPage(
        me,
        `Wijzig: ${vacancy.title}`,
        `${vacancyPath(vacancy.id)}/wijzigen`,
        values,
        {},
        query.zoek ?? '',
      ),
    );
  });

  web.post(`${vacanciesPath}/:id/wijzigen`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const vacancy = await getVacancy(ctx, idParam(c), deps.reference);
    const values = await readForm(c);
    const saved = await submitToService(
      ctx,
      updateVacancySchema,
      vacancyInputOf(values, deps.reference),
      (input) => updateVacancy(ctx, vacancy.id, input, deps.reference),
      { fieldOf: vacancyFieldOf, messages: vacancyMessages, serviceMessages: vacancyServiceMessages },
    );
    if (!saved.ok) {
      return c.html(
        formPage(me, `Wijzig: ${vacancy.title}`, `${vacancyPath(vacancy.id)}/wijzigen`, values, saved.errors),
        422,
      );
    }
    return c.redirect(withNotice(vacancyPath(vacancy.id), 'gewijzigd'), 303);
  });

  web.post(`${vacanciesPath}/:id/status`, ...guards, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const parsed = changeVacancyStatusSchema.safeParse({
      status: values.status,
      version: Number(values.version),
    });
    if (!parsed.success) return c.redirect(vacancyPath(id), 303);
    await changeVacancyStatus(ctx, id, parsed.data, deps.reference);
    return c.redirect(withNotice(vacancyPath(id), parsed.data.status), 303);
  });
}
