import type { Hono } from 'hono';
import { type OrganisationKind, organisationKinds } from '../../access/roles';
import { AppError, ProblemCode } from '../../http/problem';
import {
  createOrganisationSchema,
  updateOrganisationSchema,
} from '../../modules/organisations/organisation.schemas';
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  updateOrganisation,
} from '../../modules/organisations/organisation.service';
import { createUserSchema } from '../../modules/users/user.schemas';
import { createUser, inviteUser, listUsers } from '../../modules/users/user.service';
import { readForm } from '../form-input';
import { roleLabels } from '../labels';
import { Alert, Cell, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextField,
} from '../layout/form';
import { Page } from '../layout/page';
import { submitToService, withNotice } from '../lifecoach/form-submit';
import { idParam, pageContext } from '../lifecoach/page-tools';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import type { ProgrammeTools } from './programme-tools';
import {
  invitationMail,
  organisationKindLabels,
  organisationKindShortLabels,
  roleOptions,
} from './programme-words';

export const organisationPath = (id: string) => `/beheer/organisaties/${id}`;
export const userPath = (id: string) => `/beheer/gebruikers/${id}`;

const notices: Record<string, string> = {
  gemaakt: 'De organisatie is gemaakt. Nodig nu de eerste gebruiker uit.',
  hernoemd: 'De nieuwe naam is opgeslagen.',
};

const kindOptions = organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }));

function NewOrganisationForm({
  me,
  values,
  errors,
}: {
  me: SignedIn;
  values: FormValues;
  errors: FieldErrors;
}) {
  return (
    <PostForm action="/beheer/organisaties" csrfToken={me.csrfToken}>
      <ErrorSummary errors={errors} order={['name', 'kind']} />
      <TextField name="name" label="Naam van de organisatie" value={values.name} error={errors.name} />
      <RadioGroup
        name="kind"
        label="Wat voor organisatie is het?"
        description="Dit bepaalt welke rollen de gebruikers kunnen krijgen, en wat ze zien."
        value={values.kind}
        options={kindOptions}
        error={errors.kind}
      />
      <SubmitButton>Organisatie maken</SubmitButton>
    </PostForm>
  );
}

async function organisationsList(
  c: WebContext,
  tools: ProgrammeTools,
  form?: { values: FormValues; errors: FieldErrors },
) {
  const { ctx, me } = pageContext(c, tools.deps);
  const kind = c.req.query('soort');
  const filter = organisationKinds.includes(kind as OrganisationKind)
    ? (kind as OrganisationKind)
    : undefined;
  const cursor = c.req.query('cursor');
  const page = await listOrganisations(ctx, {
    limit: 50,
    ...(filter ? { kind: filter } : {}),
    ...(cursor ? { cursor } : {}),
  });
  const base = `/beheer/organisaties${filter ? `?soort=${filter}` : ''}`;
  return c.html(
    <Page title="Organisaties" signedIn={me} section="organisations">
      <Heading1>Organisaties</Heading1>
      <Paragraph lead>
        Elke gebruiker hoort bij één organisatie. Open een organisatie om mensen uit te nodigen en hun rol te
        veranderen.
      </Paragraph>
      <nav aria-label="Soort organisatie" class="filter-links">
        <ul class="filter-links__list">
          <li>
            {filter ? <Link href="/beheer/organisaties">Alle</Link> : <span aria-current="page">Alle</span>}
          </li>
          {organisationKinds.map((option) => (
            <li>
              {filter === option ? (
                <span aria-current="page">{organisationKindShortLabels[option]}</span>
              ) : (
                <Link href={`/beheer/organisaties?soort=${option}`}>
                  {organisationKindShortLabels[option]}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {page.items.length ? (
        <Table
          caption={filter ? organisationKindLabels[filter] : 'Alle organisaties, op naam'}
          head={['Naam', 'Soort']}
        >
          {page.items.map((organisation) => (
            <Row>
              <Cell label="Naam">
                <Link href={organisationPath(organisation.id)}>{organisation.name}</Link>
              </Cell>
              <Cell label="Soort">{organisationKindShortLabels[organisation.kind]}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er zijn nog geen organisaties van deze soort.</Paragraph>
      )}
      {page.nextCursor ? (
        <Paragraph>
          <Link href={`${base}${filter ? '&' : '?'}cursor=${encodeURIComponent(page.nextCursor)}`}>
            Volgende pagina
          </Link>
        </Paragraph>
      ) : null}
      <Heading2 id="nieuw">Nieuwe organisatie</Heading2>
      <NewOrganisationForm me={me} values={form?.values ?? {}} errors={form?.errors ?? {}} />
    </Page>,
    form ? 422 : 200,
  );
}

async function organisationPage(
  c: WebContext,
  tools: ProgrammeTools,
  id: string,
  forms: {
    invite?: { values: FormValues; errors: FieldErrors };
    rename?: { values: FormValues; errors: FieldErrors };
  } = {},
) {
  const { ctx, me } = pageContext(c, tools.deps);
  const organisation = await getOrganisation(ctx, id);
  const users = await listUsers(ctx, { limit: 100, organisationId: id });
  const staff = users.items.filter((user) => user.role !== 'JOB_SEEKER');
  const notice = notices[c.req.query('melding') ?? ''];
  const invite = forms.invite ?? { values: {}, errors: {} };
  const rename = forms.rename ?? { values: { name: organisation.name }, errors: {} };
  const options = roleOptions(organisation.kind);
  return c.html(
    <Page title={organisation.name} signedIn={me} section="organisations">
      <p class="utrecht-paragraph">
        <Link href="/beheer/organisaties">Alle organisaties</Link>
      </p>
      <Heading1>{organisation.name}</Heading1>
      <Paragraph lead>{organisationKindLabels[organisation.kind]}</Paragraph>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Heading2 id="gebruikers">Gebruikers</Heading2>
      {staff.length ? (
        <Table
          caption={`Gebruikers van ${organisation.name}`}
          head={['Naam', 'E-mailadres', 'Rol', 'Account']}
        >
          {staff.map((user) => (
            <Row>
              <Cell label="Naam">
                <Link href={userPath(user.id)}>{user.displayName}</Link>
              </Cell>
              <Cell label="E-mailadres">{user.email}</Cell>
              <Cell label="Rol">{roleLabels[user.role]}</Cell>
              <Cell label="Account">{user.active ? 'Aan' : 'Uit'}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er zijn nog geen gebruikers.</Paragraph>
      )}
      <Heading2 id="uitnodigen">Iemand uitnodigen</Heading2>
      <Paragraph>
        De persoon krijgt een e-mail met een link om in te loggen. Er is geen wachtwoord: daarna logt de
        persoon in met het e-mailadres.
      </Paragraph>
      <PostForm action={`${organisationPath(id)}/uitnodigen`} csrfToken={me.csrfToken}>
        <ErrorSummary errors={invite.errors} order={['displayName', 'email', 'role']} />
        <TextField
          name="displayName"
          label="Naam"
          value={invite.values.displayName}
          error={invite.errors.displayName}
          autocomplete="off"
        />
        <TextField
          name="email"
          type="email"
          label="E-mailadres (van het werk)"
          value={invite.values.email}
          error={invite.errors.email}
          autocomplete="off"
        />
        <RadioGroup
          name="role"
          label="Rol"
          value={invite.values.role ?? (options.length === 1 ? options[0]?.value : undefined)}
          options={options}
          error={invite.errors.role}
        />
        <SubmitButton>Uitnodigen</SubmitButton>
      </PostForm>
      <Heading2 id="naam">Naam veranderen</Heading2>
      <PostForm action={`${organisationPath(id)}/naam`} csrfToken={me.csrfToken}>
        <ErrorSummary errors={rename.errors} order={['name']} />
        <input type="hidden" name="version" value={String(organisation.version)} />
        <TextField name="name" label="Nieuwe naam" value={rename.values.name} error={rename.errors.name} />
        <SubmitButton variant="secondary">Naam opslaan</SubmitButton>
      </PostForm>
    </Page>,
    forms.invite || forms.rename ? 422 : 200,
  );
}

const nameMessage = 'Geef een naam van 2 tot 200 tekens.';

/** Organisations of every kind, and inviting their users. */
export function organisationPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  web.get('/beheer/organisaties', tools.signedIn, tools.admin, (c) => organisationsList(c, tools));

  web.post('/beheer/organisaties', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const values = await readForm(c);
    const result = await submitToService(
      ctx,
      createOrganisationSchema,
      { name: values.name ?? '', kind: values.kind },
      (input) => createOrganisation(ctx, input),
      { messages: { name: nameMessage, kind: 'Kies wat voor organisatie het is.' } },
    );
    if (!result.ok) return organisationsList(c, tools, { values, errors: result.errors });
    return c.redirect(withNotice(organisationPath(result.value.id), 'gemaakt'), 303);
  });

  web.get('/beheer/organisaties/:id', tools.signedIn, tools.admin, (c) =>
    organisationPage(c, tools, idParam(c)),
  );

  web.post('/beheer/organisaties/:id/naam', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const result = await submitToService(
      ctx,
      updateOrganisationSchema,
      { name: values.name ?? '', version: Number(values.version) },
      (input) => updateOrganisation(ctx, id, input),
      { messages: { name: nameMessage } },
    );
    if (!result.ok) return organisationPage(c, tools, id, { rename: { values, errors: result.errors } });
    return c.redirect(withNotice(organisationPath(id), 'hernoemd'), 303);
  });

  web.post('/beheer/organisaties/:id/uitnodigen', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    await getOrganisation(ctx, id);
    const values = await readForm(c);
    let result: Awaited<
      ReturnType<typeof submitToService<typeof createUserSchema, Awaited<ReturnType<typeof createUser>>>>
    >;
    try {
      result = await submitToService(
        ctx,
        createUserSchema,
        {
          organisationId: id,
          displayName: values.displayName ?? '',
          email: values.email ?? '',
          role: values.role,
        },
        (input) => createUser(ctx, input),
        {
          messages: {
            displayName: nameMessage,
            email: 'Geef een e-mailadres, zoals naam@organisatie.nl.',
            role: 'Kies een rol.',
          },
          serviceMessages: {
            role: 'Deze rol past niet bij deze organisatie. Kies een van de rollen hieronder.',
          },
        },
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== ProblemCode.Duplicate) throw error;
      ctx.em.clear();
      result = { ok: false, errors: { email: 'Er is al een account met dit e-mailadres.' } };
    }
    if (!result.ok) return organisationPage(c, tools, id, { invite: { values, errors: result.errors } });
    const invitation = await inviteUser(ctx, result.value.id);
    const base = deps.publicBaseUrl();
    await deps.mail.send(invitationMail(invitation, `${base}/inloggen/link?code=${invitation.secret}`, base));
    return c.redirect(withNotice(userPath(result.value.id), 'uitgenodigd'), 303);
  });
}
