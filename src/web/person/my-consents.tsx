import type { Hono } from 'hono';
import { z } from 'zod';
import {
  decideOwnConsent,
  getOwnConsents,
  ownConsentPurposes,
} from '../../modules/own-record/own-consent.service';
import { readForm } from '../form-input';
import { formatDate } from '../labels';
import { Alert, Heading1, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';
import { ownConsentTitles } from './record-words';

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
    const { ctx, me } = personContext(c, tools.deps);
    const { items } = await getOwnConsents(ctx);
    const changed = c.req.query('veranderd') !== undefined;
    return c.html(
      <Page title="Je toestemming" signedIn={me} section="consent">
        <Heading1>Je toestemming</Heading1>
        {changed ? (
          <Alert kind="ok" live>
            <Paragraph>Gelukt. Je keuze is opgeslagen en telt vanaf nu.</Paragraph>
          </Alert>
        ) : null}
        <Paragraph lead>
          Jij bepaalt wat wij met je gegevens doen. Je mag altijd ja zeggen, en altijd weer stoppen. Dat heeft
          geen gevolgen voor hoe wij met je omgaan.
        </Paragraph>
        {items.map((item) => {
          const title = `${ownConsentTitles[item.purpose]}${item.employerName ? `: ${item.employerName}` : ''}`;
          const headingId = `toestemming-${item.purpose.toLowerCase()}${item.employerOrganisationId ? `-${item.employerOrganisationId}` : ''}`;
          return (
            <section class="consent-card" aria-labelledby={headingId}>
              <h2 class="utrecht-heading-2" id={headingId}>
                {title}
              </h2>
              <p class="utrecht-paragraph consent-card__answer">
                {item.given === null
                  ? 'Je hebt hier nog niets over gezegd. Dat betekent: nee.'
                  : item.given
                    ? `Je zei ja, op ${formatDate(item.decidedAt ?? '')}.`
                    : `Je zei nee, op ${formatDate(item.decidedAt ?? '')}.`}
              </p>
              <blockquote class="consent-card__text">
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
                      Nee, stop hiermee
                    </SubmitButton>
                  ) : (
                    <SubmitButton name="given" value="ja">
                      Ja, dat is goed
                    </SubmitButton>
                  )}
                </PostForm>
              ) : (
                <Paragraph>Wil je stoppen met Warm Rotterdam Werkt? Zeg het tegen je lifecoach.</Paragraph>
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
