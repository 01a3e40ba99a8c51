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
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const record = await getOwnRecord(ctx);
    return c.html(
      <Page title={t.record.title} signedIn={me} section="record" language={language}>
        <Heading1>{t.record.title}</Heading1>
        <Paragraph lead>{t.record.lead}</Paragraph>
        <TableOfContents t={t} />
        <RecordSections record={record} catalogue={tools.deps.reference.catalogue} t={t} />
      </Page>,
    );
  });
}
