import type { Hono } from 'hono';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import {
  createOutsideHelpReferralSchema,
  type OutsideHelpReferralView,
  outsideHelpArrivalSchema,
} from '../../modules/outside-help/outside-help.schemas';
import {
  createOutsideHelpReferral,
  listOutsideHelpReferrals,
  recordOutsideHelpArrival,
} from '../../modules/outside-help/outside-help.service';
import {
  DEFAULT_ARRIVAL_CHECK_DAYS,
  OUTSIDE_HELP_KIND_LABELS_NL,
  outsideHelpKinds,
} from '../../modules/outside-help/outside-help-rules';
import { programmeToday } from '../../modules/readiness/review-dates';
import { isoDate, readForm, typedDate, withoutEmpty } from '../form-input';
import { formatDate } from '../labels';
import { Alert, Facts, Heading2, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import type { SignedIn, WebBindings } from '../web-context';
import { submitToService, withNotice } from './form-submit';
import { idParam, type PageTools, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';

const NOTICES: Record<string, string> = {
  verwezen:
    'De doorverwijzing is opgeslagen. Op de dag van de controle staat de vraag “Is de persoon aangekomen?” bij Vandaag.',
  aangekomen: 'Opgeslagen: de persoon is aangekomen.',
  'later-kijken': 'Opgeslagen: je kijkt op de nieuwe dag opnieuw.',
  'gaat-niet-door': 'Opgeslagen: deze doorverwijzing gaat niet door.',
};

const REFERRAL_ORDER = [
  'kind',
  'organisationName',
  'contactName',
  'contactDetails',
  'referredOn',
  'checkOn',
  'note',
];
const REFERRAL_MESSAGES: Record<string, string> = {
  kind: 'Kies waar de persoon heen gaat.',
  organisationName: 'Vul de naam van de organisatie in (minstens 2 tekens).',
  contactName: 'Vul in wie daar het aanspreekpunt is (minstens 2 tekens).',
  contactDetails: 'Schrijf hier hoogstens 200 tekens, of laat het leeg.',
  referredOn: 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 02-12-2026.',
  checkOn: 'Vul de datum in als dag-maand-jaar, of laat het leeg.',
  note: 'Schrijf hier hoogstens 1000 tekens, of laat het leeg.',
};
const ARRIVAL_MESSAGES: Record<string, string> = {
  outcome: 'Kies wat er gebeurd is.',
  arrivedOn: 'Vul de dag in waarop de persoon er was, als dag-maand-jaar.',
  checkAgainOn: 'Vul de dag in waarop je opnieuw kijkt, als dag-maand-jaar.',
};

export const outsideHelpPath = (jobSeekerId: string) => `${personPath(jobSeekerId)}/hulp`;

type PageProps = {
  me: SignedIn;
  person: { id: string; fullName: string };
  referrals: OutsideHelpReferralView[];
  today: string;
  values?: FormValues;
  errors?: FieldErrors;
  /** The referral whose arrival form came back with errors. */
  check?: { referralId: string; values: FormValues; errors: FieldErrors };
  notice?: string | undefined;
};

function ArrivalForm({
  me,
  person,
  referral,
  values = {},
  errors,
}: {
  me: SignedIn;
  person: { id: string; fullName: string };
  referral: OutsideHelpReferralView;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const suffix = referral.id.slice(0, 8);
  return (
    <PostForm action={`${outsideHelpPath(person.id)}/${referral.id}/aangekomen`} csrfToken={me.csrfToken}>
      <input type="hidden" name="version" value={String(referral.version)} />
      {errors ? (
        <ErrorSummary
          errors={Object.fromEntries(
            Object.entries(errors).map(([field, message]) => [`${field}-${suffix}`, message]),
          )}
          order={['outcome', 'arrivedOn', 'checkAgainOn'].map((field) => `${field}-${suffix}`)}
        />
      ) : null}
      <RadioGroup
        name={`outcome-${suffix}`}
        label={`Is ${person.fullName} aangekomen bij ${referral.organisationName}?`}
        value={values.outcome}
        error={errors?.outcome}
        options={[
          { value: 'ARRIVED', label: 'Ja, de persoon is er geweest' },
          { value: 'NOT_YET', label: 'Nog niet: ik kijk later opnieuw' },
          { value: 'NOT_GOING', label: 'Het gaat niet door' },
        ]}
      />
      <TextField
        name={`arrivedOn-${suffix}`}
        label="Wanneer was de persoon er?"
        description="Alleen bij ja. Dag-maand-jaar."
        size="date"
        inputmode="numeric"
        value={values.arrivedOn}
        error={errors?.arrivedOn}
        optional
      />
      <TextField
        name={`checkAgainOn-${suffix}`}
        label="Wanneer kijk je opnieuw?"
        description="Alleen bij nog niet. Dag-maand-jaar, na vandaag."
        size="date"
        inputmode="numeric"
        value={values.checkAgainOn}
        error={errors?.checkAgainOn}
        optional
      />
      <SubmitButton variant="secondary">Sla het antwoord op</SubmitButton>
    </PostForm>
  );
}

function OutsideHelpPage({ me, person, referrals, today, values = {}, errors, check, notice }: PageProps) {
  return (
    <PersonLayout signedIn={me} person={person} current="outsideHelp">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Heading2 id="doorverwijzingen">Hulp buiten het werk</Heading2>
      <Paragraph lead>
        Verwijs je {person.fullName} door naar schuldhulp, Werk en Inkomen, zorg of wonen? Schrijf op
        waarheen, wie daar het aanspreekpunt is en wanneer je kijkt of {person.fullName} is aangekomen. Alleen
        jij en het programma zien dit. Een werkgever ziet het nooit.
      </Paragraph>
      {referrals.length ? (
        <ul class="card-list">
          {referrals.map((referral) => (
            <li class={`card${referral.arrivalCheckDue ? ' follow-up follow-up--overdue' : ''}`}>
              <p class="card__title">
                {referral.kindLabelNl}: {referral.organisationName}
              </p>
              <Facts
                items={[
                  [
                    'Aanspreekpunt',
                    [referral.contactName, referral.contactDetails].filter(Boolean).join(', '),
                  ],
                  ['Doorverwezen op', formatDate(referral.referredOn)],
                  [
                    'Aangekomen?',
                    referral.status === 'ARRIVED' && referral.arrivedOn
                      ? `Ja, op ${formatDate(referral.arrivedOn)}`
                      : referral.status === 'NOT_GOING'
                        ? 'Gaat niet door'
                        : referral.arrivalCheckDue
                          ? `Nog niet bevestigd: kijk het na (controle op ${formatDate(referral.checkOn)})`
                          : `Controle op ${formatDate(referral.checkOn)}`,
                  ],
                  ...(referral.note ? ([['Waarvoor', referral.note]] as [string, string][]) : []),
                ]}
              />
              {referral.status === 'WAITING' ? (
                <ArrivalForm
                  me={me}
                  person={person}
                  referral={referral}
                  values={check?.referralId === referral.id ? check.values : {}}
                  errors={check?.referralId === referral.id ? check.errors : undefined}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er is nog geen doorverwijzing naar hulp buiten het werk.</Paragraph>
      )}

      <Heading2 id="nieuwe-doorverwijzing">Nieuwe doorverwijzing</Heading2>
      {errors ? <ErrorSummary errors={errors} order={REFERRAL_ORDER} /> : null}
      <PostForm action={outsideHelpPath(person.id)} csrfToken={me.csrfToken}>
        <SelectField
          name="kind"
          label="Waar gaat de persoon heen?"
          value={values.kind}
          error={errors?.kind}
          options={[
            { value: '', label: 'Kies een soort hulp' },
            ...outsideHelpKinds.map((kind) => ({ value: kind, label: OUTSIDE_HELP_KIND_LABELS_NL[kind] })),
          ]}
        />
        <TextField
          name="organisationName"
          label="Organisatie"
          description="Bijvoorbeeld: Schuldhulpverlening Rotterdam Zuid"
          value={values.organisationName}
          error={errors?.organisationName}
        />
        <TextField
          name="contactName"
          label="Aanspreekpunt"
          description="Wie is daar het aanspreekpunt?"
          value={values.contactName}
          error={errors?.contactName}
        />
        <TextField
          name="contactDetails"
          label="Telefoon of e-mail van het aanspreekpunt"
          value={values.contactDetails}
          error={errors?.contactDetails}
          optional
        />
        <TextField
          name="referredOn"
          label="Datum van de doorverwijzing"
          description="Dag-maand-jaar."
          size="date"
          inputmode="numeric"
          value={values.referredOn ?? typedDate(today)}
          error={errors?.referredOn}
        />
        <TextField
          name="checkOn"
          label="Wanneer kijk je of de persoon is aangekomen?"
          description={`Dag-maand-jaar. Leeg: ${DEFAULT_ARRIVAL_CHECK_DAYS} dagen na de doorverwijzing.`}
          size="date"
          inputmode="numeric"
          value={values.checkOn}
          error={errors?.checkOn}
          optional
        />
        <TextAreaField
          name="note"
          label="Waarvoor?"
          description="Kort en in gewone woorden: zo dat je het samen met de persoon kunt lezen."
          value={values.note}
          error={errors?.note}
          optional
        />
        <SubmitButton>Sla de doorverwijzing op</SubmitButton>
      </PostForm>
    </PersonLayout>
  );
}

/** "Hulp": referrals to outside help on the person's page, and the "did they arrive?" answer. */
export function outsideHelpPages(web: Hono<WebBindings>, tools: PageTools) {
  const { deps } = tools;

  const load = async (c: Parameters<typeof pageContext>[0]) => {
    const { ctx, me } = pageContext(c, deps);
    const person = await getJobSeeker(ctx, idParam(c));
    const { items } = await listOutsideHelpReferrals(ctx, person.id);
    return { ctx, me, person, referrals: items, today: programmeToday(ctx.now) };
  };

  web.get('/werkzoekenden/:id/hulp', tools.signedIn, tools.caseworker, async (c) => {
    const page = await load(c);
    return c.html(<OutsideHelpPage {...page} notice={NOTICES[c.req.query('melding') ?? '']} />);
  });

  web.post('/werkzoekenden/:id/hulp', tools.signedIn, tools.caseworker, tools.csrf, async (c) => {
    const values = await readForm(c);
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const input: Record<string, string> = withoutEmpty(values);
    delete input._csrf;
    if (input.referredOn) input.referredOn = isoDate(input.referredOn);
    if (input.checkOn) input.checkOn = isoDate(input.checkOn);
    const saved = await submitToService(
      ctx,
      createOutsideHelpReferralSchema,
      input,
      (data) => createOutsideHelpReferral(ctx, id, data),
      { messages: REFERRAL_MESSAGES },
    );
    if (!saved.ok)
      return c.html(<OutsideHelpPage {...(await load(c))} values={values} errors={saved.errors} />, 422);
    return c.redirect(withNotice(outsideHelpPath(id), 'verwezen'), 303);
  });

  web.post(
    '/werkzoekenden/:id/hulp/:referralId/aangekomen',
    tools.signedIn,
    tools.caseworker,
    tools.csrf,
    async (c) => {
      const form = await readForm(c);
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const referralId = idParam(c, 'referralId');
      const suffix = referralId.slice(0, 8);
      const values: FormValues = {
        outcome: form[`outcome-${suffix}`] ?? '',
        arrivedOn: form[`arrivedOn-${suffix}`] ?? '',
        checkAgainOn: form[`checkAgainOn-${suffix}`] ?? '',
      };
      const input: Record<string, unknown> = { outcome: values.outcome, version: Number(form.version) };
      if (values.outcome === 'ARRIVED') input.arrivedOn = values.arrivedOn ? isoDate(values.arrivedOn) : '';
      if (values.outcome === 'NOT_YET')
        input.checkAgainOn = values.checkAgainOn ? isoDate(values.checkAgainOn) : '';
      const saved = await submitToService(
        ctx,
        outsideHelpArrivalSchema,
        input,
        (data) => recordOutsideHelpArrival(ctx, referralId, data),
        {
          messages: ARRIVAL_MESSAGES,
          fieldOf: (path) => String(path[0] === 'outcome' || path.length === 0 ? 'outcome' : path[0]),
        },
      );
      if (!saved.ok) {
        return c.html(
          <OutsideHelpPage {...(await load(c))} check={{ referralId, values, errors: saved.errors }} />,
          422,
        );
      }
      const notice = { ARRIVED: 'aangekomen', WAITING: 'later-kijken', NOT_GOING: 'gaat-niet-door' }[
        saved.value.status
      ];
      return c.redirect(withNotice(outsideHelpPath(id), notice), 303);
    },
  );
}
