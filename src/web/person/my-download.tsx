import type { Hono } from 'hono';
import { say } from '../../http/messages';
import { getOwnConsents } from '../../modules/own-record/own-consent.service';
import { getOwnRecord } from '../../modules/own-record/own-record.service';
import { listWhoLookedAtMyData } from '../../modules/own-record/record-access.service';
import { formatDate, formatDateTime } from '../labels';
import { Heading1, Heading2, Paragraph } from '../layout/components';
import { ButtonLink } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { messagesFor } from './person-messages';
import { personContext } from './person-page';
import { RecordSections } from './record-sections';

/**
 * "Download je gegevens": everything in one JSON file (to take elsewhere: data portability) and on a
 * page to print (the right of access). Both are audited as an export.
 */
export function myDownloadPages(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/downloaden', ...tools.person, (c) => {
    const { me, t, language } = personContext(c, tools.deps);
    const x = t.downloadPage;
    return c.html(
      <Page title={x.title} signedIn={me} section="download" language={language}>
        <Heading1>{x.title}</Heading1>
        <Paragraph lead>{x.lead}</Paragraph>
        <Heading2>{x.printTitle}</Heading2>
        <Paragraph>{x.print}</Paragraph>
        <p class="utrecht-paragraph">
          <ButtonLink href="/mijn-gegevens/afdrukken" variant="primary">
            {x.printButton}
          </ButtonLink>
        </p>
        <Heading2>{x.fileTitle}</Heading2>
        <Paragraph>{x.file}</Paragraph>
        <p class="utrecht-paragraph">
          <ButtonLink href="/mijn-gegevens/downloaden/mijn-gegevens.json">{x.fileButton}</ButtonLink>
        </p>
      </Page>,
    );
  });

  web.get('/mijn-gegevens/downloaden/mijn-gegevens.json', ...tools.person, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    const record = await getOwnRecord(ctx, 'exported');
    const consents = await getOwnConsents(ctx);
    const whoLooked = await listWhoLookedAtMyData(ctx);
    const body = JSON.stringify(
      {
        about: say({
          nl: 'Alles wat Warm Rotterdam Werkt over jou bewaart',
          en: 'Everything Warm Rotterdam Werkt keeps about you',
        }),
        madeAt: ctx.now.toISOString(),
        record,
        consentTexts: consents.items,
        whoLookedAtYourData: whoLooked.items,
      },
      null,
      2,
    );
    return c.body(body, 200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="mijn-gegevens-${ctx.now.toISOString().slice(0, 10)}.json"`,
    });
  });

  web.get('/mijn-gegevens/afdrukken', ...tools.person, async (c) => {
    const { ctx, me } = personContext(c, tools.deps);
    const record = await getOwnRecord(ctx, 'exported');
    const whoLooked = await listWhoLookedAtMyData(ctx);
    return c.html(
      <Page title="Mijn gegevens om af te drukken" signedIn={me} section="download">
        <Heading1>Mijn gegevens bij Warm Rotterdam Werkt</Heading1>
        <Paragraph lead>Gemaakt op {formatDateTime(ctx.now)}.</Paragraph>
        <p class="utrecht-paragraph no-print">
          <button type="button" class="utrecht-button utrecht-button--primary-action" data-print hidden>
            Afdrukken
          </button>
        </p>
        <RecordSections record={record} catalogue={tools.deps.reference.catalogue} t={messagesFor('nl')} />
        <section class="record-section" aria-labelledby="wie-keek">
          <h2 class="utrecht-heading-2" id="wie-keek">
            Wie je gegevens heeft bekeken
          </h2>
          <ul class="utrecht-unordered-list record-list">
            {whoLooked.items.map((line) => (
              <li class="utrecht-unordered-list__item">
                {formatDate(line.day)}: {line.who} {line.what}
                {line.times > 1 ? ` (${line.times} keer)` : ''}.
              </li>
            ))}
          </ul>
        </section>
      </Page>,
    );
  });
}
