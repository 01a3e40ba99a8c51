import type { Hono } from 'hono';
import { notFound } from '../../http/problem';
import { ownSegmentReactionSchema } from '../../modules/own-record/own-record.schemas';
import { getOwnRecord, type OwnRecord } from '../../modules/own-record/own-record.service';
import { reactToOwnSegmentDecision } from '../../modules/readiness/segment-reaction.service';
import { readForm } from '../form-input';
import { Alert, Heading1, Paragraph } from '../layout/components';
import { ErrorSummary, type FieldErrors, PostForm, SubmitButton, TextAreaField } from '../layout/form';
import { Page } from '../layout/page';
import type { SignedIn, WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import type { PersonMessages } from './person-messages';
import { type pageLanguage, personContext } from './person-page';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Decision = OwnRecord['segmentDecisions'][number];

function ReactionPage(props: {
  me: SignedIn;
  t: PersonMessages;
  language: ReturnType<typeof pageLanguage>;
  decision: Decision;
  value?: string | undefined;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  const { me, t, decision } = props;
  const x = t.reaction;
  const errors = props.errors ?? {};
  return (
    <Page title={x.title} signedIn={me} section="record" language={props.language}>
      <Heading1>{x.title}</Heading1>
      {props.sent ? (
        <Alert kind="ok" live>
          <Paragraph>{x.sent}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{x.lead}</Paragraph>
      <section class="record-card" aria-labelledby="het-besluit">
        <h2 class="utrecht-heading-2" id="het-besluit">
          {x.decision}: {t.segment[decision.segment]}
        </h2>
        <Paragraph>{t.record.decided(t.date(decision.decidedAt), t.date(decision.reviewDate))}</Paragraph>
        {decision.overrideJustification ? (
          <Paragraph>
            {t.record.whyOverride} <q class="record-quote">{decision.overrideJustification}</q>
          </Paragraph>
        ) : null}
        {decision.reactions.map((reaction) => (
          <div class="record-reaction">
            <p class="utrecht-paragraph">
              {t.record.reactionYou(t.date(reaction.writtenAt))} <q class="record-quote">{reaction.text}</q>
            </p>
            {reaction.answer ? (
              <p class="utrecht-paragraph record-reaction__answer">
                {t.record.reactionAnswer(
                  reaction.answeredBy ?? (t.authorRole.LIFECOACH ?? '').toLowerCase(),
                  t.date(reaction.answeredAt ?? ''),
                )}{' '}
                <q class="record-quote">{reaction.answer}</q>
              </p>
            ) : (
              <p class="utrecht-paragraph record-empty">{t.record.reactionWaiting}</p>
            )}
          </div>
        ))}
      </section>
      {Object.keys(errors).length ? <ErrorSummary errors={errors} title={x.errorSummary} /> : null}
      <PostForm action={`/mijn-gegevens/segment/${decision.id}/reageren`} csrfToken={me.csrfToken}>
        <TextAreaField
          name="text"
          label={x.label}
          description={x.hint}
          value={props.value}
          error={errors.text}
          rows={5}
        />
        <SubmitButton>{x.send}</SubmitButton>
      </PostForm>
      <Paragraph>
        <a class="utrecht-link" href={`/mijn-gegevens#besluit-${decision.id}`}>
          {t.record.parts.segment}
        </a>
      </Paragraph>
    </Page>
  );
}

/**
 * The person's own view on a segment decision: a short reaction or objection, kept with the
 * decision; the lifecoach answers it, and the answer shows here and on "Mijn gegevens".
 */
export function mySegmentReactionPages(web: Hono<WebBindings>, tools: PersonPageTools) {
  const load = async (c: Parameters<typeof personContext>[0]) => {
    const context = personContext(c, tools.deps);
    const id = c.req.param('id') ?? '';
    if (!UUID.test(id)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    const record = await getOwnRecord(context.ctx);
    const decision = record.segmentDecisions.find((candidate) => candidate.id === id);
    if (!decision) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    return { ...context, decision };
  };

  web.get('/mijn-gegevens/segment/:id/reageren', ...tools.person, async (c) => {
    const { me, t, language, decision } = await load(c);
    return c.html(
      <ReactionPage
        me={me}
        t={t}
        language={language}
        decision={decision}
        sent={c.req.query('verstuurd') !== undefined}
      />,
    );
  });

  web.post('/mijn-gegevens/segment/:id/reageren', ...tools.person, tools.csrf, async (c) => {
    const { ctx, me, t, language, decision } = await load(c);
    const values = await readForm(c);
    const parsed = ownSegmentReactionSchema.safeParse({ text: values.text ?? '' });
    if (!parsed.success) {
      const text = (values.text ?? '').trim();
      return c.html(
        <ReactionPage
          me={me}
          t={t}
          language={language}
          decision={decision}
          value={values.text}
          errors={{ text: text.length ? t.reaction.tooLong : t.reaction.empty }}
        />,
        422,
      );
    }
    await reactToOwnSegmentDecision(ctx, decision.id, parsed.data);
    return c.redirect(`/mijn-gegevens/segment/${decision.id}/reageren?verstuurd`, 303);
  });
}
