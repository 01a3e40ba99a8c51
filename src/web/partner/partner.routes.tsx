import type { Hono } from 'hono';
import { AppError, ProblemCode } from '../../http/problem';
import { registerJobSeekerSchema } from '../../modules/job-seekers/job-seeker.schemas';
import { listLifecoaches, registerJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { getReferral, listReferrals } from '../../modules/referrals/referral.service';
import { referralStatuses } from '../../modules/referrals/referral-status';
import { fieldErrorsFromService, fieldErrorsFromZod, isoDate, readForm, withoutEmpty } from '../form-input';
import { commonLanguages, formatDate, languageLabel } from '../labels';
import {
  Alert,
  Cell,
  Facts,
  Heading1,
  Heading2,
  Link,
  Pagination,
  Paragraph,
  Row,
  Table,
} from '../layout/components';
import {
  ButtonLink,
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
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { partnerHomePath, partnerReferPath, partnerReferralPath, partnerTools } from './partner-tools';

const PAGE_SIZE = 25;

/** The five status words, with a short line on what each means, for the page's legend. */
const STATUS_LEGEND: Record<(typeof referralStatuses)[number], string> = {
  RECEIVED: 'de aanmelding is binnen; de lifecoach neemt contact op',
  FIRST_CONVERSATION: 'de lifecoach heeft de persoon gesproken',
  WORKING_ON_IT: 'de persoon en de lifecoach werken samen aan de weg naar werk',
  AT_WORK: 'de persoon werkt of begint binnenkort',
  STOPPED: 'de persoon doet niet meer mee',
};
const STATUS_WORDS: Record<(typeof referralStatuses)[number], string> = {
  RECEIVED: 'Ontvangen',
  FIRST_CONVERSATION: 'Eerste gesprek gehad',
  WORKING_ON_IT: 'Mee bezig',
  AT_WORK: 'Aan het werk',
  STOPPED: 'Gestopt',
};

const FIELD_ORDER = [
  'fullName',
  'phone',
  'email',
  'postcode',
  'dateOfBirth',
  'preferredLanguage',
  'lifecoachId',
  'howToReach',
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
  howToReach: 'Schrijf hier hoogstens 500 tekens, of laat het leeg.',
  referralNote: 'Schrijf hier hoogstens 2000 tekens, of laat het leeg.',
};

type Duplicate = { existingJobSeekerId?: string; matchedOn?: 'phone' | 'nameAndDateOfBirth' };

function ReferForm({
  me,
  lifecoaches,
  values,
  errors,
  duplicate,
}: {
  me: SignedIn;
  lifecoaches: { id: string; displayName: string }[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  duplicate?: Duplicate | undefined;
}) {
  const languages = [...new Set([...commonLanguages, values.preferredLanguage ?? 'nl'])];
  return (
    <Page title="Iemand aanmelden" signedIn={me} section="refer">
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
              <Link href={partnerReferralPath(duplicate.existingJobSeekerId)}>
                Bekijk de aanmelding die er al is
              </Link>
            ) : (
              'Neem contact op met Warm Rotterdam Werkt: het programma helpt u verder.'
            )}
          </Paragraph>
        </Alert>
      ) : null}
      {errors ? <ErrorSummary errors={errors} order={FIELD_ORDER} /> : null}
      <Paragraph lead>
        Meld iemand aan die wil werken. Een lifecoach van Warm Rotterdam Werkt neemt daarna contact op.
        Schrijf op wat de persoon u al vertelde: dan hoeft die het verhaal niet opnieuw te vertellen.
      </Paragraph>
      <PostForm action={partnerReferPath} csrfToken={me.csrfToken}>
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
          description="Bijvoorbeeld 3011 AB."
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
        <SelectField
          name="lifecoachId"
          label="Lifecoach"
          description="Wie gaat deze persoon begeleiden? Vraag het Warm Rotterdam Werkt als u het niet weet."
          value={values.lifecoachId}
          error={errors?.lifecoachId}
          options={[
            { value: '', label: 'Kies een lifecoach' },
            ...lifecoaches.map((coach) => ({ value: coach.id, label: coach.displayName })),
          ]}
        />
        <TextAreaField
          name="howToReach"
          label="Hoe is de persoon het best te bereiken?"
          description="Bijvoorbeeld: na 16 uur bellen, of via onze inloop op dinsdagochtend. De persoon kan dit lezen."
          value={values.howToReach}
          error={errors?.howToReach}
          rows={2}
          optional
        />
        <TextAreaField
          name="referralNote"
          label="Wat heeft de persoon u al verteld?"
          description="Wat de lifecoach moet weten om goed te beginnen. Schrijf het zo dat de persoon kan meelezen: dat kan die ook."
          value={values.referralNote}
          error={errors?.referralNote}
          optional
        />
        <SubmitButton>Aanmelden</SubmitButton>
      </PostForm>
    </Page>
  );
}

/**
 * The partner's workspace under /partner: the people its organisation referred, each with the
 * status in one of five plain words, and the referral form. Never a segment, a profile or notes:
 * the service verbs (src/modules/referrals) give the partner nothing else.
 */
export function partnerRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools = partnerTools(deps);

  web.get(partnerHomePath, tools.signedIn, tools.partner, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const cursor = c.req.query('cursor') || undefined;
    const page = await listReferrals(ctx, { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
    const saved = c.req.query('gelukt') === 'aangemeld';
    return c.html(
      <Page title="Onze aanmeldingen" signedIn={me} section="home">
        <Heading1>Onze aanmeldingen</Heading1>
        {saved ? (
          <Alert kind="ok" live>
            <Paragraph>
              De aanmelding is opgeslagen. De lifecoach neemt contact op met deze persoon.
            </Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          Hier ziet u de mensen die uw organisatie aanmeldde, en hoe het met hun aanmelding gaat. Meer ziet u
          niet: wat de persoon met de lifecoach bespreekt, blijft van hen.
        </Paragraph>
        <p>
          <ButtonLink href={partnerReferPath} variant="primary">
            Iemand aanmelden
          </ButtonLink>
        </p>
        {page.items.length ? (
          <Table
            caption="Aanmeldingen van uw organisatie, nieuwste eerst"
            head={['Naam', 'Aangemeld op', 'Lifecoach', 'Hoe gaat het']}
          >
            {page.items.map((referral) => (
              <Row>
                <Cell label="Naam">
                  <Link href={partnerReferralPath(referral.id)}>{referral.fullName}</Link>
                </Cell>
                <Cell label="Aangemeld op">{formatDate(referral.referredAt)}</Cell>
                <Cell label="Lifecoach">{referral.lifecoach.displayName}</Cell>
                <Cell label="Hoe gaat het">
                  <strong>{STATUS_WORDS[referral.status]}</strong>
                </Cell>
              </Row>
            ))}
          </Table>
        ) : (
          <Paragraph>Uw organisatie heeft nog niemand aangemeld.</Paragraph>
        )}
        <Pagination
          firstHref={cursor ? partnerHomePath : null}
          nextHref={
            page.nextCursor ? `${partnerHomePath}?cursor=${encodeURIComponent(page.nextCursor)}` : null
          }
        />
        <Heading2 id="wat-betekent">Wat de woorden betekenen</Heading2>
        <dl class="facts">
          {referralStatuses.map((status) => (
            <div class="facts__row">
              <dt class="facts__label">{STATUS_WORDS[status]}</dt>
              <dd class="facts__value">{STATUS_LEGEND[status]}</dd>
            </div>
          ))}
        </dl>
      </Page>,
    );
  });

  const lifecoachesFor = async (ctx: Parameters<typeof listLifecoaches>[0]) =>
    (await listLifecoaches(ctx, { limit: 100 })).items;

  web.get(partnerReferPath, tools.signedIn, tools.partner, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    return c.html(<ReferForm me={me} lifecoaches={await lifecoachesFor(ctx)} values={{}} />);
  });

  web.post(partnerReferPath, tools.signedIn, tools.partner, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const values = await readForm(c);
    const again = async (status: 409 | 422, problems: { errors?: FieldErrors; duplicate?: Duplicate }) =>
      c.html(
        <ReferForm me={me} lifecoaches={await lifecoachesFor(ctx)} values={values} {...problems} />,
        status,
      );
    const input = withoutEmpty(values);
    if (input.dateOfBirth) input.dateOfBirth = isoDate(input.dateOfBirth);
    const parsed = registerJobSeekerSchema.safeParse(input);
    if (!parsed.success) return again(422, { errors: fieldErrorsFromZod(parsed.error, MESSAGES) });
    try {
      await registerJobSeeker(ctx, parsed.data, deps.reference.postcodes);
      return c.redirect(`${partnerHomePath}?gelukt=aangemeld`, 303);
    } catch (error) {
      if (error instanceof AppError && error.code === ProblemCode.Duplicate) {
        return again(409, { duplicate: (error.meta ?? {}) as Duplicate });
      }
      return again(422, { errors: fieldErrorsFromService(error, MESSAGES) });
    }
  });

  web.get(partnerReferralPath(':id'), tools.signedIn, tools.partner, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const referral = await getReferral(ctx, idParam(c));
    return c.html(
      <Page title={referral.fullName} signedIn={me} section="home">
        <p>
          <Link href={partnerHomePath}>Terug naar onze aanmeldingen</Link>
        </p>
        <Heading1>{referral.fullName}</Heading1>
        <Heading2 id="hoe-gaat-het">Hoe gaat het</Heading2>
        <Paragraph lead>
          <strong>{STATUS_WORDS[referral.status]}</strong>: {referral.statusExplanationNl}
        </Paragraph>
        <Facts
          items={[
            ['Aangemeld op', formatDate(referral.referredAt)],
            ['Lifecoach', referral.lifecoach.displayName],
            ['Zo is de persoon te bereiken', referral.howToReach ?? 'Niet ingevuld'],
          ]}
        />
        <Heading2 id="wat-u-meegaf">Wat u meegaf bij de aanmelding</Heading2>
        <Paragraph>{referral.referralNote ?? 'U gaf geen notitie mee.'}</Paragraph>
        <Paragraph>
          Wilt u iets doorgeven of weten hoe het gaat? Neem contact op met {referral.lifecoach.displayName},
          de lifecoach.
        </Paragraph>
      </Page>,
    );
  });
}
