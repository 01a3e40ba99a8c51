import type { Hono } from 'hono';
import type { Logger } from '../../http/logger';
import {
  changeSettings,
  type NotificationSettings,
  settingsOf,
} from '../../modules/notifications/notification-settings.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Paragraph } from '../layout/components';
import { fieldId, PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { SignedIn, WebBindings, WebDependencies } from '../web-context';

type SettingsDeps = WebDependencies & { logger: Logger; clock: () => Date; bodyLimitBytes: number };

const choices: { name: keyof NotificationSettings; label: string; description: string }[] = [
  {
    name: 'dailyDigest',
    label: 'Dagelijks overzicht van gesprekken',
    description:
      'Een e-mail op een dag dat er een gesprek voor je klaarstaat of te laat is. Anders krijg je niets.',
  },
  {
    name: 'meetAndGreet',
    label: 'Agenda van een Meet & Greet',
    description:
      'Een e-mail met de tijden en een agenda-bestand als het rooster vaststaat, en als het verandert.',
  },
];

function SettingsPage({
  signedIn,
  settings,
  saved,
}: {
  signedIn: SignedIn;
  settings: NotificationSettings;
  saved: boolean;
}) {
  return (
    <Page title="Mijn instellingen" signedIn={signedIn}>
      <Heading1>Mijn instellingen</Heading1>
      {saved ? (
        <Alert kind="ok" live>
          <Paragraph>Je keuze is opgeslagen.</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>Kies welke e-mails je van Warm Rotterdam Werkt krijgt.</Paragraph>
      <PostForm action="/instellingen" csrfToken={signedIn.csrfToken}>
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-label">E-mails die ik wil krijgen</legend>
          {choices.map((choice) => (
            <div class="utrecht-form-field utrecht-form-field--checkbox">
              <input
                class="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                id={fieldId(choice.name)}
                name={choice.name}
                value="ja"
                checked={settings[choice.name]}
                aria-describedby={`${fieldId(choice.name)}-uitleg`}
              />
              <label class="utrecht-form-label utrecht-form-label--checkbox" for={fieldId(choice.name)}>
                {choice.label}
              </label>
              <div class="utrecht-form-field-description" id={`${fieldId(choice.name)}-uitleg`}>
                {choice.description}
              </div>
            </div>
          ))}
        </fieldset>
        <Paragraph>Een e-mail om in te loggen krijg je altijd als je daarom vraagt.</Paragraph>
        <SubmitButton>Opslaan</SubmitButton>
      </PostForm>
    </Page>
  );
}

/** "Mijn instellingen": which mails a signed-in person gets, for every role. */
export function settingsRoutes(web: Hono<WebBindings>, deps: SettingsDeps) {
  const signedIn = requireSession(deps, deps.clock);
  const csrf = requireCsrf(deps);

  web.get('/instellingen', signedIn, async (c) => {
    const me = c.get('signedIn') as SignedIn;
    const settings = await settingsOf(c.get('em'), me.user.id);
    return c.html(
      <SettingsPage signedIn={me} settings={settings} saved={c.req.query('opgeslagen') !== undefined} />,
    );
  });

  web.post('/instellingen', signedIn, csrf, async (c) => {
    const me = c.get('signedIn') as SignedIn;
    const form = await readForm(c);
    // An unticked checkbox is not sent at all: absent means "off".
    await changeSettings(
      c.get('em'),
      me.user.id,
      { dailyDigest: form.dailyDigest === 'ja', meetAndGreet: form.meetAndGreet === 'ja' },
      'settings_page',
    );
    return c.redirect('/instellingen?opgeslagen', 303);
  });
}
