import type { Hono } from 'hono';
import { AppError, notFound } from '../../http/problem';
import { issueTokenSchema } from '../../modules/auth/token.schemas';
import { issueToken, listTokens, revokeToken } from '../../modules/auth/token.service';
import { getOrganisation } from '../../modules/organisations/organisation.service';
import { updateUserSchema } from '../../modules/users/user.schemas';
import { getUser, inviteUser, updateUser } from '../../modules/users/user.service';
import { readForm } from '../form-input';
import { formatDate, formatDateTime, roleLabels } from '../labels';
import { Alert, Cell, Facts, Heading1, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
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
import type { WebBindings, WebContext } from '../web-context';
import { organisationPath, userPath } from './organisations';
import type { ProgrammeTools } from './programme-tools';
import { invitationMail, organisationKindShortLabels, roleOptions } from './programme-words';

const notices: Record<string, string> = {
  uitgenodigd: 'De uitnodiging is verstuurd. De link in de e-mail werkt 7 dagen, en één keer.',
  rol: 'De nieuwe rol is opgeslagen. Die geldt meteen.',
  uit: 'Het account staat uit. De persoon is overal uitgelogd, en API-sleutels werken niet meer.',
  aan: 'Het account staat weer aan. Stuur eventueel een nieuwe uitnodiging.',
  ingetrokken: 'De API-sleutel werkt niet meer.',
};

type Forms = {
  role?: { values: FormValues; errors: FieldErrors };
  token?: { values: FormValues; errors: FieldErrors };
  problem?: string;
};

async function userPage(c: WebContext, tools: ProgrammeTools, id: string, forms: Forms = {}) {
  const { ctx, me } = pageContext(c, tools.deps);
  const user = await getUser(ctx, id);
  const organisation = await getOrganisation(ctx, user.organisationId);
  const tokens = await listTokens(ctx, id);
  const notice = notices[c.req.query('melding') ?? ''];
  const isSelf = user.id === me.user.id;
  const isPerson = user.role === 'JOB_SEEKER';
  const role = forms.role ?? { values: { role: user.role }, errors: {} };
  const token = forms.token ?? { values: { expiresInDays: '90' }, errors: {} };
  const now = tools.deps.clock();
  return c.html(
    <Page title={user.displayName} signedIn={me} section="organisations">
      <p class="utrecht-paragraph">
        <Link href={organisationPath(organisation.id)}>Terug naar {organisation.name}</Link>
      </p>
      <Heading1>{user.displayName}</Heading1>
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {forms.problem ? (
        <Alert kind="warning" live>
          <Paragraph>{forms.problem}</Paragraph>
        </Alert>
      ) : null}
      <Facts
        items={[
          ['E-mailadres', user.email],
          [
            'Organisatie',
            `${organisation.name} (${organisationKindShortLabels[organisation.kind].toLowerCase()})`,
          ],
          ['Rol', roleLabels[user.role]],
          ['Account', user.active ? 'Aan' : 'Uit: kan niet inloggen'],
          ['Gemaakt op', formatDate(user.createdAt)],
        ]}
      />
      {isPerson ? (
        <Paragraph>
          Dit is het eigen account van een werkzoekende. De lifecoach nodigt de persoon uit; de rol verandert
          niet.
        </Paragraph>
      ) : (
        <>
          {user.active ? (
            <section aria-labelledby="uitnodiging">
              <Heading2 id="uitnodiging">Uitnodiging opnieuw sturen</Heading2>
              <Paragraph>Een nieuwe e-mail met een link om in te loggen, die 7 dagen werkt.</Paragraph>
              <PostForm action={`${userPath(id)}/uitnodigen`} csrfToken={me.csrfToken}>
                <SubmitButton variant="secondary">Stuur de uitnodiging opnieuw</SubmitButton>
              </PostForm>
            </section>
          ) : null}
          <section aria-labelledby="rol">
            <Heading2 id="rol">Rol</Heading2>
            {isSelf ? (
              <Paragraph>Je eigen rol kan een andere medewerker van het programma veranderen.</Paragraph>
            ) : roleOptions(organisation.kind).length === 1 ? (
              <Paragraph>Bij deze soort organisatie is er maar één rol.</Paragraph>
            ) : (
              <PostForm action={`${userPath(id)}/rol`} csrfToken={me.csrfToken}>
                <ErrorSummary errors={role.errors} order={['role']} />
                <input type="hidden" name="version" value={String(user.version)} />
                <RadioGroup
                  name="role"
                  label="Welke rol krijgt deze persoon?"
                  description={`Alleen de rollen die bij een organisatie van deze soort passen.`}
                  value={role.values.role}
                  options={roleOptions(organisation.kind)}
                  error={role.errors.role}
                />
                <SubmitButton variant="secondary">Rol opslaan</SubmitButton>
              </PostForm>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="account">
        <Heading2 id="account">Account aan of uit</Heading2>
        {isSelf ? (
          <Paragraph>Je kunt je eigen account niet uitzetten.</Paragraph>
        ) : (
          <PostForm
            action={`${userPath(id)}/${user.active ? 'uitzetten' : 'aanzetten'}`}
            csrfToken={me.csrfToken}
          >
            <input type="hidden" name="version" value={String(user.version)} />
            <Paragraph>
              {user.active
                ? 'Zet het account uit als iemand niet meer bij de organisatie werkt. De persoon wordt meteen overal uitgelogd, en de API-sleutels werken niet meer. Wat de persoon deed, blijft bewaard.'
                : 'Zet het account weer aan. De persoon kan dan weer inloggen; API-sleutels die nog geldig zijn, werken weer.'}
            </Paragraph>
            <SubmitButton variant="secondary">
              {user.active ? 'Account uitzetten' : 'Account aanzetten'}
            </SubmitButton>
          </PostForm>
        )}
      </section>
      {isPerson ? null : (
        <section aria-labelledby="sleutels">
          <Heading2 id="sleutels">API-sleutels voor koppelingen</Heading2>
          <Paragraph>
            Een API-sleutel is voor een ander computersysteem dat met Warm Rotterdam Werkt werkt, met dezelfde
            rechten als deze gebruiker. Je ziet de sleutel maar één keer, meteen na het maken.
          </Paragraph>
          {tokens.length ? (
            <Table
              caption="Sleutels van deze gebruiker, de nieuwste eerst"
              head={['Naam', 'Begint met', 'Gemaakt', 'Geldig tot', 'Stand', '']}
            >
              {tokens.map((item) => {
                const state = item.revokedAt
                  ? `Ingetrokken op ${formatDateTime(item.revokedAt)}`
                  : new Date(item.expiresAt) <= now
                    ? 'Verlopen'
                    : 'Werkt';
                return (
                  <Row>
                    <Cell label="Naam">{item.label}</Cell>
                    <Cell label="Begint met">
                      <code>wrw_{item.prefix}_…</code>
                    </Cell>
                    <Cell label="Gemaakt">{formatDate(item.createdAt)}</Cell>
                    <Cell label="Geldig tot">{formatDate(item.expiresAt)}</Cell>
                    <Cell label="Stand">{state}</Cell>
                    <Cell label="">
                      {state === 'Werkt' ? (
                        <PostForm
                          action={`${userPath(id)}/sleutels/${item.id}/intrekken`}
                          csrfToken={me.csrfToken}
                        >
                          <SubmitButton variant="secondary">
                            Intrekken<span class="visually-hidden"> ({item.label})</span>
                          </SubmitButton>
                        </PostForm>
                      ) : null}
                    </Cell>
                  </Row>
                );
              })}
            </Table>
          ) : (
            <Paragraph>Deze gebruiker heeft geen API-sleutels.</Paragraph>
          )}
          <PostForm action={`${userPath(id)}/sleutels`} csrfToken={me.csrfToken}>
            <ErrorSummary errors={token.errors} order={['label', 'expiresInDays']} />
            <TextField
              name="label"
              label="Waarvoor is de sleutel?"
              description="Bijvoorbeeld: koppeling met het systeem van de partner."
              value={token.values.label}
              error={token.errors.label}
            />
            <TextField
              name="expiresInDays"
              label="Hoeveel dagen werkt de sleutel?"
              description="Van 1 tot 730 dagen."
              inputmode="numeric"
              value={token.values.expiresInDays}
              error={token.errors.expiresInDays}
            />
            <SubmitButton>Sleutel maken</SubmitButton>
          </PostForm>
        </section>
      )}
    </Page>,
    forms.role || forms.token || forms.problem ? 422 : 200,
  );
}

/** One user: invitation, role within the rules of the organisation kind, (de)activation, API tokens. */
export function userPages(web: Hono<WebBindings>, tools: ProgrammeTools) {
  const { deps } = tools;

  web.get('/beheer/gebruikers/:id', tools.signedIn, tools.admin, (c) => userPage(c, tools, idParam(c)));

  web.post('/beheer/gebruikers/:id/uitnodigen', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    try {
      const invitation = await inviteUser(ctx, id);
      const base = deps.publicBaseUrl();
      await deps.mail.send(
        invitationMail(invitation, `${base}/inloggen/link?code=${invitation.secret}`, base),
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.status === 404) throw error;
      ctx.em.clear();
      return userPage(c, tools, id, { problem: error.errors?.[0]?.message ?? error.detail });
    }
    return c.redirect(withNotice(userPath(id), 'uitgenodigd'), 303);
  });

  web.post('/beheer/gebruikers/:id/rol', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const result = await submitToService(
      ctx,
      updateUserSchema,
      { role: values.role, version: Number(values.version) },
      (input) => updateUser(ctx, id, input),
      { messages: { role: 'Kies een rol.' } },
    );
    if (!result.ok) return userPage(c, tools, id, { role: { values, errors: result.errors } });
    return c.redirect(withNotice(userPath(id), 'rol'), 303);
  });

  for (const [path, active] of [
    ['uitzetten', false],
    ['aanzetten', true],
  ] as const) {
    web.post(`/beheer/gebruikers/:id/${path}`, tools.signedIn, tools.admin, tools.csrf, async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const values = await readForm(c);
      const result = await submitToService(
        ctx,
        updateUserSchema,
        { active, version: Number(values.version) },
        (input) => updateUser(ctx, id, input),
      );
      if (!result.ok) return userPage(c, tools, id, { problem: Object.values(result.errors).join(' ') });
      return c.redirect(withNotice(userPath(id), active ? 'aan' : 'uit'), 303);
    });
  }

  // The secret is in this answer only: it is shown once and never stored.
  web.post('/beheer/gebruikers/:id/sleutels', tools.signedIn, tools.admin, tools.csrf, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    const id = idParam(c);
    const values = await readForm(c);
    const days = values.expiresInDays?.trim() ?? '';
    const result = await submitToService(
      ctx,
      issueTokenSchema,
      { label: values.label ?? '', expiresInDays: /^\d{1,4}$/.test(days) ? Number(days) : days },
      (input) => issueToken(ctx, id, input, 90),
      {
        messages: {
          label: 'Schrijf op waarvoor de sleutel is (hooguit 100 tekens).',
          expiresInDays: 'Geef een aantal dagen van 1 tot 730.',
        },
      },
    );
    if (!result.ok) return userPage(c, tools, id, { token: { values, errors: result.errors } });
    const user = await getUser(ctx, id);
    return c.html(
      <Page title="Nieuwe API-sleutel" signedIn={me} section="organisations">
        <Heading1>Nieuwe API-sleutel</Heading1>
        <Alert kind="warning">
          <Paragraph>
            Kopieer de sleutel nu en bewaar hem veilig, bijvoorbeeld in de instellingen van de koppeling. Je
            ziet hem maar één keer: wij bewaren hem niet. Kwijt? Trek hem in en maak een nieuwe.
          </Paragraph>
        </Alert>
        <Facts
          items={[
            ['Voor', user.displayName],
            ['Waarvoor', result.value.label],
            ['Geldig tot', formatDate(result.value.expiresAt)],
          ]}
        />
        <p class="utrecht-paragraph">
          <label class="utrecht-form-label" for="sleutel">
            De sleutel
          </label>
        </p>
        <p class="utrecht-paragraph">
          <input
            id="sleutel"
            class="utrecht-textbox utrecht-textbox--html-input token-secret"
            readonly
            value={result.value.token}
          />
        </p>
        <Paragraph>
          <Link href={`${userPath(id)}#sleutels`}>Klaar: terug naar {user.displayName}</Link>
        </Paragraph>
      </Page>,
      201,
    );
  });

  web.post(
    '/beheer/gebruikers/:id/sleutels/:tokenId/intrekken',
    tools.signedIn,
    tools.admin,
    tools.csrf,
    async (c) => {
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const tokens = await listTokens(ctx, id);
      const tokenId = idParam(c, 'tokenId');
      // Only a token of the user whose page this is: any other id is simply not found here.
      if (!tokens.some((token) => token.id === tokenId)) throw notFound({ nl: 'Dit token', en: 'Token' });
      await revokeToken(ctx, tokenId);
      return c.redirect(withNotice(userPath(id), 'ingetrokken'), 303);
    },
  );
}
