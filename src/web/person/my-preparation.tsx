import type { Hono } from 'hono';
import { getOwnPreparationPlan } from '../../modules/preparation/preparation-plan.service';
import { Facts, Heading1, Heading2, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { personContext } from './person-page';

/** "Mijn plan": the person's own preparation plan, in their words ("je"), read only. */
export function myPreparationPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/voorbereiding', ...tools.person, async (c) => {
    const { ctx, me, t, language } = personContext(c, tools.deps);
    const x = t.preparationPage;
    const { plan } = await getOwnPreparationPlan(ctx, tools.deps.preparation);
    return c.html(
      <Page title={x.title} signedIn={me} section="preparation" language={language}>
        <Heading1>{x.title}</Heading1>
        <Paragraph lead>{x.lead}</Paragraph>
        {plan ? (
          <>
            <Facts
              items={[
                [x.start, t.date(plan.startDate)],
                [x.length, x.weeks(plan.plannedWeeks, t.date(plan.plannedEndDate))],
                [
                  x.progress,
                  x.progressText(
                    plan.progress.modulesDone,
                    plan.progress.modulesCounted,
                    Math.max(1, plan.progress.weeksUnderway),
                    plan.plannedWeeks,
                  ),
                ],
                [x.meet, plan.readyToMeetDate ? t.date(plan.readyToMeetDate) : x.meetNotYet],
              ]}
            />
            {plan.modules.length ? (
              <section class="record-card" aria-labelledby="je-trainingen">
                <h2 class="utrecht-heading-2" id="je-trainingen">
                  {x.trainings}
                </h2>
                <ul class="utrecht-unordered-list">
                  {plan.modules.map((module) => (
                    <li>
                      <strong>{x.status[module.status]}</strong>:{' '}
                      {x.trainingLine(
                        module.title,
                        module.providerName,
                        module.hoursPerWeek,
                        module.durationWeeks,
                      )}{' '}
                      {x.practise}:{' '}
                      {module.competences.map((competence) => competence.label.toLowerCase()).join(', ')}.
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {plan.focusCompetences.length ? (
              <>
                <Heading2>{x.focus}</Heading2>
                <Paragraph>
                  {plan.focusCompetences.map((competence) => competence.label).join(', ')}.
                </Paragraph>
              </>
            ) : null}
          </>
        ) : (
          <Paragraph>{x.none}</Paragraph>
        )}
      </Page>,
    );
  });
}
