import type { Hono } from 'hono';
import { z } from 'zod';
import {
  decideOwnConsent,
  getOwnConsents,
  ownConsentPurposes,
} from '../../modules/own-record/own-consent.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';

const decisionSchema = z
  .object({
    purpose: z.enum(ownConsentPurposes),
    given: z.enum(['ja', 'nee']).transform((answer) => answer === 'ja'),
    textVersion: z.string().min(1).max(60),
    employerOrganisationId: z.uuid().optional(),
  })
  .strict();

/**
 * Consent in the person's own hands: per purpose (per employer for sharing the profile) the text
 * they agree to, their current answer, and one button to change it. A change counts from the next
 * request everywhere.
 */
export function myConsentsPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/toestemming', ...tools.person, async (c) => {
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const x = t.consentPage;
    const { items } = await getOwnConsents(ctx);
    const changed = c.req.query('veranderd') !== undefined;
    return c.html(
      <Page title={x.title} signedIn={me} section="consent" language={language}>
        <Heading1>{x.title}</Heading1>
        {changed ? (
          <Alert kind="ok" live>
            <Paragraph>{x.saved}</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>{x.lead}</Paragraph>
        {x.textInDutch ? <Paragraph>{x.textInDutch}</Paragraph> : null}
        {items.map((item) => {
          const title = `${t.consentTitles[item.purpose]}${item.employerName ? `: ${item.employerName}` : ''}`;
          const headingId = `toestemming-${item.purpose.toLowerCase()}${item.employerOrganisationId ? `-${item.employerOrganisationId}` : ''}`;
          return (
            <section class="consent-card" aria-labelledby={headingId}>
              <h2 class="utrecht-heading-2" id={headingId}>
                {title}
              </h2>
              <p class="utrecht-paragraph consent-card__answer">
                {item.given === null
                  ? x.nothingYet
                  : item.given
                    ? x.saidYes(t.date(item.decidedAt ?? ''))
                    : x.saidNo(t.date(item.decidedAt ?? ''))}
              </p>
              <blockquote class="consent-card__text" lang="nl">
                <p class="utrecht-paragraph">{item.currentText.text}</p>
              </blockquote>
              {item.decidable ? (
                <PostForm action="/mijn-gegevens/toestemming" csrfToken={me.csrfToken}>
                  <input type="hidden" name="purpose" value={item.purpose} />
                  <input type="hidden" name="textVersion" value={item.currentText.version} />
                  {item.employerOrganisationId ? (
                    <input type="hidden" name="employerOrganisationId" value={item.employerOrganisationId} />
                  ) : null}
                  {item.given ? (
                    <SubmitButton variant="secondary" name="given" value="nee">
                      {x.stop}
                    </SubmitButton>
                  ) : (
                    <SubmitButton name="given" value="ja">
                      {x.give}
                    </SubmitButton>
                  )}
                </PostForm>
              ) : (
                <Paragraph>
                  {x.leave}{' '}
                  <a class="utrecht-link" href="/mijn-gegevens/stoppen">
                    {x.leaveLink}
                  </a>
                </Paragraph>
              )}
            </section>
          );
        })}
      </Page>,
    );
  });

  web.post('/mijn-gegevens/toestemming', ...tools.person, tools.csrf, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    const parsed = decisionSchema.safeParse(await readForm(c));
    if (!parsed.success) return renderError(c, 'badRequest');
    await decideOwnConsent(ctx, parsed.data);
    return c.redirect('/mijn-gegevens/toestemming?veranderd', 303);
  });
}
