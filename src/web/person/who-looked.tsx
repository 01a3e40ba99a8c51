import type { Hono } from 'hono';
import { listWhoLookedAtMyData } from '../../modules/own-record/record-access.service';
import { Heading1, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { messagesFor } from './person-messages';
import { personContext } from './person-page';

/** "Wie heeft mijn gegevens bekeken": from the audit log, newest first, in words. */
export function whoLookedPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/wie-keek', ...tools.person, async (c) => {
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const x = t.whoLookedPage;
    const { items } = await listWhoLookedAtMyData(ctx);
    return c.html(
      <Page title={x.title} signedIn={me} section="whoLooked" language={language}>
        <Heading1>{x.title}</Heading1>
        <Paragraph lead>{x.lead}</Paragraph>
        {items.length ? (
          <>
            {x.linesInDutch ? <Paragraph>{x.linesInDutch}</Paragraph> : null}
            <ul class="access-log">
              {items.map((line) => (
                <li class="access-log__item">
                  <span class="access-log__day">{t.date(line.day)}</span>
                  <span class="access-log__text" lang="nl">
                    {line.who} {line.what}
                    {line.times > 1 ? messagesFor('nl').whoLookedPage.times(line.times) : ''}.
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>{x.nobody}</Paragraph>
        )}
        <Paragraph>{x.noNames}</Paragraph>
      </Page>,
    );
  });
}
