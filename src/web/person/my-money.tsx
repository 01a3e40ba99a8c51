import type { Hono } from 'hono';
import { getOwnMoneyChecklists } from '../../modules/placements/money-checklist.service';
import { Facts, Heading1, Heading2, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';

/**
 * "Geld bij de start": the person's own start-of-work money checklist per placement — what is done,
 * what is still to do, who does it and the named contact — in the texts the checklist file writes
 * for them. Read only: the person and their lifecoach go through it together.
 */
export function myMoneyPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/geld', ...tools.person, async (c) => {
    const { ctx, me, t, lang, language } = personContext(c, tools.deps);
    const x = t.money;
    const { items: checklists } = await getOwnMoneyChecklists(ctx, tools.deps.reference, lang);
    return c.html(
      <Page title={x.title} signedIn={me} section="record" language={language}>
        <Heading1>{x.title}</Heading1>
        {checklists.length ? (
          checklists.map((checklist) => (
            <section class="record-card" aria-labelledby={`geld-${checklist.placementId}`}>
              <Heading2 id={`geld-${checklist.placementId}`}>
                {t.record.workTitle(checklist.job, checklist.employer)}
              </Heading2>
              <Paragraph lead>{checklist.intro}</Paragraph>
              <Paragraph>
                {x.progress(checklist.progress.done + checklist.progress.notNeeded, checklist.progress.total)}{' '}
                {x.employerNever}
              </Paragraph>
              <ol class="card-list money-items">
                {checklist.items.map((item) => (
                  <li class={`card money-item money-item--${item.status.toLowerCase().replace('_', '-')}`}>
                    <h3 class="utrecht-heading-3 card__title">{item.title}</h3>
                    <p class="card__meta">
                      <strong>{x.status[item.status]}</strong>
                    </p>
                    <p class="card__text">{item.explanation}</p>
                    <Facts
                      items={[
                        ...(item.actor
                          ? ([
                              [
                                x.whoLabel,
                                item.actor === 'OTHER' ? (item.actorName ?? x.who.OTHER) : x.who[item.actor],
                              ],
                            ] as [string, string][])
                          : []),
                        ...(item.date ? ([[x.dateLabel, t.date(item.date)]] as [string, string][]) : []),
                        ...(item.contactLabel && item.contactName
                          ? ([[item.contactLabel, item.contactName]] as [string, string][])
                          : []),
                        ...(item.note ? ([[x.note, item.note]] as [string, string][]) : []),
                      ]}
                    />
                  </li>
                ))}
              </ol>
            </section>
          ))
        ) : (
          <Paragraph lead>{x.noChecklist}</Paragraph>
        )}
        <Paragraph>{x.noCalculation}</Paragraph>
        <Paragraph>{x.questions}</Paragraph>
      </Page>,
    );
  });
}
