import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { AppError, ProblemCode } from '../../http/problem';
import { registerJobSeekerSchema } from '../../modules/job-seekers/job-seeker.schemas';
import { listLifecoaches, registerJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { fieldErrorsFromService, fieldErrorsFromZod, isoDate, readForm, withoutEmpty } from '../form-input';
import { commonLanguages, languageLabel } from '../labels';
import { Alert, Heading1, Heading2, Link, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import { Page } from '../layout/page';
import type { SignedIn, WebBindings } from '../web-context';
import { type PageTools, pageContext } from './page-tools';
import { personPath } from './person-sections';

const FIELD_ORDER = [
  'fullName',
  'phone',
  'email',
  'postcode',
  'dateOfBirth',
  'preferredLanguage',
  'lifecoachId',
  'referralNote',
];

const MESSAGES: Record<string, string> = {
  fullName: 'Vul de naam in (minstens 2 letters).',
  phone: 'Vul een telefoonnummer in, bijvoorbeeld 06 12345678 of 010 1234567.',
  email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat het leeg.',
  postcode: 'Vul een postcode in, bijvoorbeeld 3011 AB of 3011.',
  dateOfBirth:
    'Vul de geboortedatum in als dag-maand-jaar, bijvoorbeeld 23-04-1985 (15 tot 100 jaar oud), of laat het leeg.',
  preferredLanguage: 'Kies een taal.',
  lifecoachId: 'Kies de lifecoach die deze persoon gaat begeleiden.',
  referralNote: 'Schrijf hier hoogstens 2000 tekens.',
};

/** A likely duplicate: the service refused it; the page says so in plain words, with the way on. */
type Duplicate = { existingJobSeekerId?: string; matchedOn?: 'phone' | 'nameAndDateOfBirth' };

function RegisterForm({
  me,
  lifecoaches,
  values,
  errors,
  duplicate,
}: {
  me: SignedIn;
  lifecoaches: { id: string; displayName: string }[];
  values: FormValues;
  errors?: FieldErrors;
  duplicate?: Duplicate;
}) {
  const partner = me.user.role === Role.PartnerWorker;
  const choosesLifecoach = me.user.role !== Role.Lifecoach;
  const languages = [...new Set([...commonLanguages, values.preferredLanguage ?? 'nl'])];
  return (
    <Page title="Iemand aanmelden" signedIn={me} section="register">
      <Heading1>Iemand aanmelden</Heading1>
      {duplicate ? (
        <Alert kind="warning">
          <Heading2>Deze persoon is waarschijnlijk al aangemeld</Heading2>
          <Paragraph>
            {duplicate.matchedOn === 'nameAndDateOfBirth'
              ? 'Er is al iemand met dezelfde naam en geboortedatum.'
              : 'Er is al iemand met hetzelfde telefoonnummer.'}{' '}
            We maken geen tweede aanmelding, zodat niemand zijn verhaal twee keer hoeft te vertellen.
          </Paragraph>
          <Paragraph>
            {duplicate.existingJobSeekerId ? (
              <Link href={personPath(duplicate.existingJobSeekerId)}>Bekijk de aanmelding die er al is</Link>
            ) : (
              'Deze persoon is aangemeld bij een andere lifecoach of organisatie. Neem contact op met Warm Rotterdam Werkt: het programma helpt je verder.'
            )}
          </Paragraph>
          <Paragraph>
            Is het toch iemand anders? Kijk dan of het telefoonnummer en de geboortedatum goed zijn.
          </Paragraph>
        </Alert>
      ) : null}
      {errors ? <ErrorSummary errors={errors} order={FIELD_ORDER} /> : null}
      <Paragraph lead>
        {partner
          ? 'Meld iemand aan die wil werken. Een lifecoach van Warm Rotterdam Werkt neemt daarna contact op.'
          : 'Vul in wat je van de persoon weet. De rest vraag je later, in het gesprek.'}
      </Paragraph>
      <PostForm action="/werkzoekenden/nieuw" csrfToken={me.csrfToken}>
        <TextField
          name="fullName"
          label="Naam"
          autocomplete="off"
          value={values.fullName}
          error={errors?.fullName}
        />
        <TextField
          name="phone"
          label="Telefoonnummer"
          type="tel"
          autocomplete="off"
          inputmode="tel"
          size="phone"
          description="Bijvoorbeeld 06 12345678"
          value={values.phone}
          error={errors?.phone}
        />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          autocomplete="off"
          value={values.email}
          error={errors?.email}
          optional
        />
        <TextField
          name="postcode"
          label="Postcode"
          size="postcode"
          autocomplete="off"
          description="Bijvoorbeeld 3011 AB. Geen vast adres? Vul de postcode in van de plek waar de persoon post krijgt."
          value={values.postcode}
          error={errors?.postcode}
        />
        <TextField
          name="dateOfBirth"
          label="Geboortedatum"
          size="date"
          inputmode="numeric"
          autocomplete="off"
          description="Dag-maand-jaar, bijvoorbeeld 23-04-1985. Helpt om dubbele aanmeldingen te voorkomen."
          value={values.dateOfBirth}
          error={errors?.dateOfBirth}
          optional
        />
        <SelectField
          name="preferredLanguage"
          label="Taal om contact in op te nemen"
          value={values.preferredLanguage ?? 'nl'}
          error={errors?.preferredLanguage}
          options={languages.map((code) => ({ value: code, label: languageLabel(code) }))}
        />
        {choosesLifecoach ? (
          <SelectField
            name="lifecoachId"
            label="Lifecoach"
            description="Wie gaat deze persoon begeleiden?"
            value={values.lifecoachId}
            error={errors?.lifecoachId}
            options={[
              { value: '', label: 'Kies een lifecoach' },
              ...lifecoaches.map((coach) => ({ value: coach.id, label: coach.displayName })),
            ]}
          />
        ) : null}
        {choosesLifecoach ? (
          <TextAreaField
            name="referralNote"
            label="Wat moet de lifecoach al weten?"
            description="Wat de persoon je al vertelde en hoe je de persoon het best bereikt, zodat die het verhaal niet opnieuw hoeft te vertellen. De werkzoekende kan dit lezen."
            value={values.referralNote}
            error={errors?.referralNote}
            optional
          />
        ) : null}
        <SubmitButton>Aanmelden</SubmitButton>
      </PostForm>
    </Page>
  );
}

/** Register a person (lifecoach, programme staff) or refer one (partner worker): the same form. */
export function registerPage(web: Hono<WebBindings>, tools: PageTools) {
  const lifecoachesFor = async (ctx: Parameters<typeof listLifecoaches>[0], me: SignedIn) =>
    me.user.role === Role.Lifecoach ? [] : (await listLifecoaches(ctx, { limit: 100 })).items;

  web.get('/werkzoekenden/nieuw', tools.signedIn, tools.registrar, async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    if (me.user.role === Role.PartnerWorker) return c.redirect('/partner/aanmelden', 302);
    return c.html(<RegisterForm me={me} lifecoaches={await lifecoachesFor(ctx, me)} values={{}} />);
  });

  web.post('/werkzoekenden/nieuw', tools.signedIn, tools.registrar, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, tools.deps);
    const values = await readForm(c);
    const again = async (status: 409 | 422, problems: { errors?: FieldErrors; duplicate?: Duplicate }) =>
      c.html(
        <RegisterForm me={me} lifecoaches={await lifecoachesFor(ctx, me)} values={values} {...problems} />,
        status,
      );

    const input = withoutEmpty(values);
    if (input.dateOfBirth) input.dateOfBirth = isoDate(input.dateOfBirth);
    const parsed = registerJobSeekerSchema.safeParse(input);
    if (!parsed.success) return again(422, { errors: fieldErrorsFromZod(parsed.error, MESSAGES) });
    try {
      const person = await registerJobSeeker(ctx, parsed.data, tools.deps.reference.postcodes);
      return c.redirect(
        me.user.role === Role.PartnerWorker
          ? '/partner?gelukt=aangemeld'
          : `${personPath(person.id)}?gelukt=aangemeld`,
        303,
      );
    } catch (error) {
      if (error instanceof AppError && error.code === ProblemCode.Duplicate) {
        return again(409, { duplicate: (error.meta ?? {}) as Duplicate });
      }
      return again(422, { errors: fieldErrorsFromService(error, MESSAGES) });
    }
  });
}
