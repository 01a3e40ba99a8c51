import type { Hono } from 'hono';
import { moveCandidacySchema } from '../../modules/candidacies/candidacy.schemas';
import { getCandidacy, listCandidacies, moveCandidacy } from '../../modules/candidacies/candidacy.service';
import {
  CANDIDACY_REASON_LABELS_NL,
  CANDIDACY_STATUS_LABELS_NL,
  type CandidacyStatus,
  notSelectedReasons,
  OPEN_CANDIDACY_STATUSES,
} from '../../modules/candidacies/candidacy-rules';
import { placementForHire } from '../../modules/placements/placement-from-hire';
import { readForm } from '../form-input';
import { contactRouteLabels, formatDateTime, formatPhone } from '../labels';
import { Alert, Facts, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import {
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
} from '../layout/form';
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings } from '../web-context';
import { candidacyPath, type EmployerTools, pipelinePath, placementPath } from './employer-tools';

type Candidacy = Awaited<ReturnType<typeof getCandidacy>>;
type CandidacyItem = Awaited<ReturnType<typeof listCandidacies>>['items'][number];

/** The employer's buttons, in words of what happens. */
const stepLabels: Partial<Record<CandidacyStatus, string>> = {
  INVITED: 'Nodig uit voor een sollicitatiegesprek',
  INTERVIEWED: 'Het gesprek is geweest',
  OFFERED: 'Bied de baan aan',
  HIRED: 'Aangenomen',
  NOT_SELECTED: 'We gaan niet verder',
};

const NOTICES: Record<string, string> = {
  INVITED:
    'De uitnodiging is verstuurd naar de lifecoach. U ziet wie het is zodra de persoon toestemming geeft.',
  INTERVIEWED: 'Het gesprek staat genoteerd.',
  OFFERED: 'Het aanbod staat genoteerd.',
  HIRED: 'De kandidaat is aangenomen. Vul nu de plaatsing in.',
  NOT_SELECTED: 'Genoteerd dat jullie niet verder gaan. Dank voor de reden.',
};

/** Name of the candidate: the candidate code, and the name only once the person agreed to share. */
const whoText = (candidacy: CandidacyItem | Candidacy) =>
  candidacy.view === 'EMPLOYER' && candidacy.identity
    ? `${candidacy.identity.fullName} (${candidacy.candidateCode})`
    : `Kandidaat ${candidacy.candidateCode}`;

function PipelineList({ me, items }: { me: SignedIn; items: CandidacyItem[] }) {
  const steps = [...OPEN_CANDIDACY_STATUSES, 'HIRED'] as const;
  const closed = items.filter((item) => !(steps as readonly string[]).includes(item.status));
  return (
    <Page title="Sollicitaties" signedIn={me} section="pipeline">
      <Heading1>Sollicitaties</Heading1>
      <Paragraph>Per stap wie er staat. Klik op een kandidaat om de volgende stap te zetten.</Paragraph>
      <div class="board">
        {steps.map((status) => {
          const here = items.filter((item) => item.status === status);
          return (
            <section class="board__column" aria-labelledby={`stap-${status}`}>
              <Heading2 id={`stap-${status}`}>
                {CANDIDACY_STATUS_LABELS_NL[status]} ({here.length})
              </Heading2>
              {here.length ? (
                <ul class="utrecht-unordered-list board__items">
                  {here.map((item) => (
                    <li>
                      <Link href={candidacyPath(item.id)}>{whoText(item)}</Link>
                      <br />
                      <span class="board__vacancy">{item.vacancyTitle}</span>
                    </li>
                  ))}
                </ul>
              ) : (
                <Paragraph>Niemand.</Paragraph>
              )}
            </section>
          );
        })}
      </div>
      {closed.length ? (
        <section aria-labelledby="gestopt">
          <Heading2 id="gestopt">Gestopt ({closed.length})</Heading2>
          <ul class="utrecht-unordered-list">
            {closed.map((item) => (
              <li>
                <Link href={candidacyPath(item.id)}>{whoText(item)}</Link> – {item.vacancyTitle}:{' '}
                {item.statusLabel}
                {item.reasonLabel ? ` (${item.reasonLabel})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

function CandidacyPage({
  me,
  candidacy,
  values = {},
  errors = {},
  notice,
}: {
  me: SignedIn;
  candidacy: Candidacy;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string | undefined;
}) {
  const identity = candidacy.view === 'EMPLOYER' ? candidacy.identity : null;
  const steps = candidacy.nextSteps.filter((step) => stepLabels[step]);
  const action = `${candidacyPath(candidacy.id)}/stap`;
  return (
    <Page title={whoText(candidacy)} signedIn={me} section="pipeline">
      <Paragraph>
        <Link href={pipelinePath}>Terug naar alle sollicitaties</Link>
      </Paragraph>
      <Heading1>{whoText(candidacy)}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          ['Vacature', candidacy.vacancyTitle],
          ['Stap', candidacy.statusLabel],
          ...(candidacy.reasonLabel ? [['Reden', candidacy.reasonLabel] as [string, string]] : []),
        ]}
      />
      <Heading2>Wie het is</Heading2>
      {identity ? (
        <Facts
          items={[
            ['Naam', identity.fullName],
            [
              'Contact',
              contactRouteLabels[identity.contact.route].replace('mij, de lifecoach', 'de lifecoach'),
            ],
            ...(identity.contact.phone
              ? [['Telefoon', formatPhone(identity.contact.phone)] as [string, string]]
              : []),
            ...(identity.contact.email ? [['E-mail', identity.contact.email] as [string, string]] : []),
            ['Lifecoach', `${identity.contact.lifecoach.displayName} (${identity.contact.lifecoach.email})`],
          ]}
        />
      ) : (
        <Paragraph>
          U ziet de naam en hoe u iemand bereikt pas als die persoon toestemming geeft om het profiel met u te
          delen. Dat regelt de lifecoach na uw uitnodiging.
        </Paragraph>
      )}
      {candidacy.view === 'EMPLOYER' && candidacy.invitation ? (
        <Paragraph>
          Uitgenodigd op {formatDateTime(candidacy.invitation.invitedAt)}: {candidacy.invitation.statusLabel}.
        </Paragraph>
      ) : null}
      {candidacy.placement ? (
        <Paragraph>
          <Link href={placementPath(candidacy.placement.id)}>Naar de plaatsing</Link>
        </Paragraph>
      ) : null}
      {steps.length ? (
        <>
          <Heading2>Volgende stap</Heading2>
          <PostForm action={action} csrfToken={me.csrfToken}>
            <input type="hidden" name="version" value={String(candidacy.version)} />
            {errors._form ? (
              <Alert kind="error">
                <Paragraph>{errors._form}</Paragraph>
              </Alert>
            ) : null}
            {steps.includes('INVITED') ? (
              <TextAreaField
                name="message"
                label="Bericht bij de uitnodiging"
                description="Wanneer en waar is het gesprek? De lifecoach geeft het door."
                value={values.message}
                error={errors.message}
                optional
              />
            ) : null}
            {steps.includes('NOT_SELECTED') ? (
              <RadioGroup
                name="reasonCode"
                label="Als jullie niet verder gaan: waarom? Het gaat om het werk, niet om de persoon."
                value={values.reasonCode}
                error={errors.reasonCode}
                options={notSelectedReasons.map((reason) => ({
                  value: reason,
                  label: CANDIDACY_REASON_LABELS_NL[reason],
                }))}
              />
            ) : null}
            <div class="button-row">
              {steps.map((step) => (
                <SubmitButton
                  name="to"
                  value={step}
                  variant={step === 'NOT_SELECTED' ? 'secondary' : 'primary'}
                >
                  {stepLabels[step]}
                </SubmitButton>
              ))}
            </div>
          </PostForm>
        </>
      ) : null}
      {candidacy.view === 'EMPLOYER' ? (
        <>
          <Heading2>Wat er gebeurde</Heading2>
          <ol class="utrecht-ordered-list">
            {candidacy.transitions.map((step) => (
              <li>
                {formatDateTime(step.at)}: {step.toLabel}
                {step.reasonLabel ? ` (${step.reasonLabel})` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </Page>
  );
}

export function pipelinePages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  const guards = [tools.signedIn, tools.employer] as const;

  web.get(pipelinePath, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const page = await listCandidacies(ctx, { limit: 100 });
    return c.html(<PipelineList me={me} items={page.items} />);
  });

  web.get(`${pipelinePath}/:id`, ...guards, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const candidacy = await getCandidacy(ctx, idParam(c));
    return c.html(
      <CandidacyPage me={me} candidacy={candidacy} notice={NOTICES[c.req.query('melding') ?? '']} />,
    );
  });

  web.post(`${pipelinePath}/:id/stap`, ...guards, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const current = await getCandidacy(ctx, id);
    const values = await readForm(c);
    const to = values.to ?? '';
    const input = {
      to,
      version: Number(values.version),
      ...(to === 'INVITED' && values.message?.trim() ? { message: values.message } : {}),
      ...(to === 'NOT_SELECTED' ? { reasonCode: values.reasonCode || null } : {}),
    };
    const saved = await submitToService(
      ctx,
      moveCandidacySchema,
      input,
      (data) =>
        moveCandidacy(ctx, id, data, {
          onHired: placementForHire(tools.deps.reference.activeMoneyChecklist),
        }),
      {
        messages: { reasonCode: 'Kies waarom jullie niet verder gaan.', to: 'Kies een stap.' },
        serviceMessages: { reasonCode: 'Kies waarom jullie niet verder gaan.' },
      },
    );
    if (!saved.ok) {
      return c.html(<CandidacyPage me={me} candidacy={current} values={values} errors={saved.errors} />, 422);
    }
    if (to === 'HIRED' && saved.value.placement) {
      return c.redirect(withNotice(placementPath(saved.value.placement.id), 'aangenomen'), 303);
    }
    return c.redirect(withNotice(candidacyPath(id), to), 303);
  });
}
