import type { Hono } from 'hono';
import { listWhoLookedAtMyData } from '../../modules/own-record/record-access.service';
import { formatDate } from '../labels';
import { Heading1, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';

/** "Wie heeft mijn gegevens bekeken": from the audit log, newest first, in words. */
export function whoLookedPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/wie-keek', ...tools.person, async (c) => {
    const { ctx, me } = personContext(c, tools.deps);
    const { items } = await listWhoLookedAtMyData(ctx);
    return c.html(
      <Page title="Wie heeft mijn gegevens bekeken" signedIn={me} section="whoLooked">
        <Heading1>Wie heeft mijn gegevens bekeken</Heading1>
        <Paragraph lead>
          Elke keer dat iemand je gegevens bekijkt of verandert, schrijven wij dat op. Hier zie je wie dat
          was: welke organisatie, en wat die persoon daar doet. De nieuwste staan bovenaan.
        </Paragraph>
        {items.length ? (
          <ul class="access-log">
            {items.map((line) => (
              <li class="access-log__item">
                <span class="access-log__day">{formatDate(line.day)}</span>
                <span class="access-log__text">
                  {line.who} {line.what}
                  {line.times > 1 ? ` (${line.times} keer)` : ''}.
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph>Nog niemand heeft je gegevens bekeken.</Paragraph>
        )}
        <Paragraph>
          Wij noemen geen namen van medewerkers, alleen hun organisatie en wat ze doen. Wil je weten wie het
          was? Vraag het je lifecoach.
        </Paragraph>
      </Page>,
    );
  });
}
