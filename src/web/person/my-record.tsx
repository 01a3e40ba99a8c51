import type { Hono } from 'hono';
import { getOwnRecord } from '../../modules/own-record/own-record.service';
import { Heading1, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';
import { RecordSections, TableOfContents } from './record-sections';

/** "Mijn gegevens": everything recorded about the person, in words. */
export function myRecordPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens', ...tools.person, async (c) => {
    const { ctx, me } = personContext(c, tools.deps);
    const record = await getOwnRecord(ctx);
    return c.html(
      <Page title="Mijn gegevens" signedIn={me} section="record">
        <Heading1>Mijn gegevens</Heading1>
        <Paragraph lead>
          Hier staat alles wat Warm Rotterdam Werkt over jou bewaart. Je mag het altijd lezen. Heb je een
          vraag? Vraag het je lifecoach.
        </Paragraph>
        <TableOfContents />
        <RecordSections record={record} catalogue={tools.deps.reference.catalogue} />
      </Page>,
    );
  });
}
