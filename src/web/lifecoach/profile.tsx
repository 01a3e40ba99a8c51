import type { Hono } from 'hono';
import { can, Permission } from '../../access/policy';
import { AppError, ProblemCode } from '../../http/problem';
import type { InstrumentFormView } from '../../modules/assessments/instrument.schemas';
import {
  describeActiveInstrument,
  describeInstrumentVersion,
} from '../../modules/assessments/instrument.service';
import type { TalentProfileView } from '../../modules/assessments/talent-profile.schemas';
import { getCurrentProfile } from '../../modules/assessments/talent-profile.service';
import { readinessSegments } from '../../modules/job-seekers/job-seeker.entity';
import type { JobSeekerRecordView } from '../../modules/job-seekers/job-seeker.schemas';
import { getJobSeeker } from '../../modules/job-seekers/job-seeker.service';
import { answerSegmentReactionSchema } from '../../modules/own-record/own-record.schemas';
import {
  type SegmentDecisionView,
  segmentOverrideSchema,
} from '../../modules/readiness/segment-decision.schemas';
import { listSegmentDecisions, overrideSegment } from '../../modules/readiness/segment-decision.service';
import {
  answerSegmentReaction,
  listSegmentReactions,
  type SegmentReactionView,
} from '../../modules/readiness/segment-reaction.service';
import type { SegmentReason } from '../../modules/readiness/segmentation';
import { readForm } from '../form-input';
import { evidenceKindLabels, formatDate, segmentLabels } from '../labels';
import { Alert, Cell, Facts, Heading2, Link, Paragraph, Row, Table } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import { submitToService, withNotice } from './form-submit';
import type { PageTools } from './page-tools';
import { idParam, pageContext } from './page-tools';
import { PersonLayout } from './person-layout';
import { personPath } from './person-sections';
import { itemOf, optionsInWords, reasonInWords, scoreInWords, workStyleInWords } from './profile-words';

type Person = { id: string; fullName: string };

const NOTICES: Record<string, string> = {
  afgerond:
    'Het assessment is afgerond. Hieronder zie je het segment met de redenen, en het talentenprofiel.',
  afgeweken: 'Het segment is aangepast. Je uitleg is bewaard bij het besluit.',
  beantwoord: 'Je antwoord is bewaard bij de reactie. De persoon kan het lezen.',
  'al-beantwoord': 'Deze reactie had intussen al een antwoord. Hieronder zie je het.',
};

const profilePath = (personId: string, rest = '') => `${personPath(personId, 'profile')}${rest}`;

async function loadProfilePage(c: WebContext, tools: PageTools) {
  const { ctx, me } = pageContext(c, tools.deps);
  const { reference } = tools.deps;
  const person = await getJobSeeker(ctx, idParam(c));
  const decisions = (await listSegmentDecisions(ctx, person.id, { limit: 50 })).items;
  const reactions = (await listSegmentReactions(ctx, person.id)).items;
  let profile: TalentProfileView | null = null;
  try {
    profile = await getCurrentProfile(ctx, person.id);
  } catch (error) {
    // The person is in scope (getJobSeeker above): "not found" here means no profile yet.
    if (!(error instanceof AppError && error.code === ProblemCode.NotFound)) throw error;
  }
  const instrument = profile
    ? describeInstrumentVersion(ctx, reference, profile.instrumentVersion)
    : describeActiveInstrument(ctx, reference);
  return {
    ctx,
    me,
    person: { id: person.id, fullName: person.fullName },
    record: person,
    decisions,
    reactions,
    profile,
    instrument,
    mayOverride: can(ctx.actor, Permission.OverrideSegments),
  };
}

// ---------------------------------------------------------------------------------------------
// The segment

/** The checks of one segment, one card each: readable on a phone as well as on paper. */
function ReasonList({
  title,
  reasons,
  instrument,
}: {
  title: string;
  reasons: SegmentReason[];
  instrument: InstrumentFormView;
}) {
  return (
    <section class="reasons" aria-label={title}>
      <h3 class="utrecht-heading-3">{title}</h3>
      <ul class="reason-list">
        {reasons.map((reason) => {
          const words = reasonInWords(instrument, reason);
          return (
            <li class={`reason reason--${reason.met ? 'met' : 'open'}`}>
              <p class="reason__title">{reason.labelNl}</p>
              <dl class="reason__facts">
                <div>
                  <dt>Nu</dt>
                  <dd>{words.now}</dd>
                </div>
                <div>
                  <dt>Nodig</dt>
                  <dd>{words.needed}</dd>
                </div>
              </dl>
              <p class={`met met--${reason.met ? 'yes' : 'no'}`}>
                {reason.met ? 'Gehaald' : 'Nog niet gehaald'}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CurrentSegment({
  decision,
  record,
  instrument,
}: {
  decision: SegmentDecisionView;
  record: JobSeekerRecordView;
  instrument: InstrumentFormView;
}) {
  const reviewDue = record.view === 'FULL' && record.segment.reviewDue;
  const forReady = decision.reasons.filter((reason) => reason.forSegment === 'READY');
  const forLater = decision.reasons.filter((reason) => reason.forSegment === 'LATER');
  return (
    <>
      <p class="segment-now">
        <span class="segment-now__label">Segment nu:</span>{' '}
        <strong class="segment-now__value">{segmentLabels[decision.segment]}</strong>
      </p>
      <Facts
        items={[
          ['Besloten op', formatDate(decision.decidedAt)],
          ['Door', decision.decidedBy.displayName ?? 'Een medewerker'],
          [
            'Opnieuw bekijken',
            <>
              uiterlijk {formatDate(decision.reviewDate)}
              {reviewDue ? <strong class="due"> – dat is nu</strong> : null}
            </>,
          ],
        ]}
      />
      {decision.overridden ? (
        <Alert kind="info">
          <Paragraph>
            Berekend was: <strong>{segmentLabels[decision.computedSegment]}</strong>. De lifecoach koos een
            ander segment, omdat:
          </Paragraph>
          <blockquote class="justification">{decision.overrideJustification}</blockquote>
        </Alert>
      ) : null}
      {decision.basis === 'redPhase' ? (
        <Paragraph>
          Er is nu een crisis (fase rood). Eerst rust en hulp; het assessment wacht. Binnen vier weken kijken
          jullie samen opnieuw.
        </Paragraph>
      ) : (
        <Paragraph>
          Dit is een oordeel met een datum, geen etiket. Hieronder staat waar het op berust: per punt wat er
          nu is en wat nodig is.
        </Paragraph>
      )}
      {forReady.length ? (
        <ReasonList
          title={`Nodig voor ‘${segmentLabels.READY}’`}
          reasons={forReady}
          instrument={instrument}
        />
      ) : null}
      {forLater.length ? (
        <ReasonList
          title={`Nodig voor ‘${segmentLabels.LATER}’`}
          reasons={forLater}
          instrument={instrument}
        />
      ) : null}
      <h3 class="utrecht-heading-3">Stappen naar het volgende segment</h3>
      {decision.toMoveUp.length ? (
        <ul class="utrecht-unordered-list steps">
          {decision.toMoveUp.map((step) => (
            <li>{step}</li>
          ))}
        </ul>
      ) : (
        <Paragraph>Er zijn geen stappen nodig: dit is het hoogste segment.</Paragraph>
      )}
    </>
  );
}

function OverrideForm({
  person,
  decision,
  csrfToken,
  values,
  errors,
}: {
  person: Person;
  decision: SegmentDecisionView;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
}) {
  return (
    <section aria-labelledby="afwijken-titel" class="override">
      <h3 class="utrecht-heading-3" id="afwijken-titel">
        Afwijken van dit segment
      </h3>
      <Paragraph>
        Past het segment niet bij wat jij ziet? Kies een ander segment en schrijf op waarom. Je uitleg wordt
        bewaard bij het besluit. De persoon kan het lezen.
      </Paragraph>
      {Object.keys(errors).length ? (
        <ErrorSummary errors={errors} order={['segment', 'justification', 'reviewDate']} />
      ) : null}
      <PostForm action={profilePath(person.id, '/afwijken')} csrfToken={csrfToken}>
        <RadioGroup
          name="segment"
          label="Welk segment past?"
          value={values.segment ?? decision.segment}
          error={errors.segment}
          options={readinessSegments.map((segment) => ({ value: segment, label: segmentLabels[segment] }))}
        />
        <TextAreaField
          name="justification"
          label="Waarom wijk je af?"
          description="Minstens 20 tekens. Schrijf wat je ziet, in gewone woorden. De werkzoekende kan dit lezen."
          value={values.justification}
          error={errors.justification}
          rows={4}
        />
        <TextField
          name="reviewDate"
          label="Wanneer kijken jullie opnieuw?"
          description="Leeg laten kan: dan geldt de gewone termijn voor dit segment. Hoogstens een jaar vooruit."
          type="date"
          size="date"
          value={values.reviewDate}
          error={errors.reviewDate}
          optional
        />
        <SubmitButton>Sla het nieuwe segment op</SubmitButton>
      </PostForm>
    </section>
  );
}

function DecisionHistory({ decisions }: { decisions: SegmentDecisionView[] }) {
  if (decisions.length < 2) return null;
  return (
    <Table
      caption="Alle besluiten over het segment"
      head={['Datum', 'Segment', 'Berekend', 'Waarom anders', 'Door', 'Opnieuw bekijken']}
    >
      {decisions.map((decision) => (
        <Row>
          <Cell>{formatDate(decision.decidedAt)}</Cell>
          <Cell>{segmentLabels[decision.segment]}</Cell>
          <Cell>{segmentLabels[decision.computedSegment]}</Cell>
          <Cell>{decision.overridden ? decision.overrideJustification : '–'}</Cell>
          <Cell>{decision.decidedBy.displayName ?? 'Een medewerker'}</Cell>
          <Cell>{formatDate(decision.reviewDate)}</Cell>
        </Row>
      ))}
    </Table>
  );
}

/** What the person said about a decision (from "Mijn gegevens"), and the lifecoach's answer. */
function Reactions({
  person,
  reactions,
  decisions,
  csrfToken,
  answering,
}: {
  person: Person;
  reactions: SegmentReactionView[];
  decisions: SegmentDecisionView[];
  csrfToken: string;
  answering?: { reactionId: string; values: FormValues; errors: FieldErrors } | undefined;
}) {
  if (!reactions.length) return null;
  return (
    <section aria-labelledby="reacties-titel" class="reactions" id="reacties">
      <h3 class="utrecht-heading-3" id="reacties-titel">
        Wat {person.fullName} zelf zegt over het segment
      </h3>
      <Paragraph>
        Je antwoord wordt bewaard bij de reactie. De persoon leest het op Mijn gegevens. Een reactie verandert
        het segment niet; wil je afwijken, doe dat hierboven met je uitleg.
      </Paragraph>
      <ul class="reaction-list">
        {reactions.map((reaction) => {
          const decision = decisions.find((candidate) => candidate.id === reaction.decisionId);
          const mine = answering?.reactionId === reaction.id ? answering : undefined;
          return (
            <li class="reaction-card">
              <p class="utrecht-paragraph">
                Op {formatDate(reaction.writtenAt)}, over het besluit van{' '}
                {decision ? formatDate(decision.decidedAt) : 'eerder'}
                {decision ? ` (${segmentLabels[decision.segment]})` : ''}:
              </p>
              <blockquote class="reaction-card__text">
                <p class="utrecht-paragraph">{reaction.text}</p>
              </blockquote>
              {reaction.answer ? (
                <p class="utrecht-paragraph">
                  Antwoord van {reaction.answeredBy ?? 'de lifecoach'} op{' '}
                  {formatDate(reaction.answeredAt ?? '')}: <q>{reaction.answer}</q>
                </p>
              ) : (
                <PostForm
                  action={profilePath(person.id, `/reacties/${reaction.id}/antwoord`)}
                  csrfToken={csrfToken}
                >
                  <input type="hidden" name="version" value={String(reaction.version)} />
                  <TextAreaField
                    name={`answer-${reaction.id}`}
                    label="Je antwoord"
                    description="De werkzoekende kan dit lezen. Schrijf in gewone woorden."
                    value={mine?.values.answer}
                    error={mine?.errors.answer}
                    rows={3}
                  />
                  <SubmitButton>Antwoord opslaan</SubmitButton>
                </PostForm>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// The talent profile

function TalentProfile({
  profile,
  instrument,
  catalogue,
}: {
  profile: TalentProfileView;
  instrument: InstrumentFormView;
  catalogue: PageTools['deps']['reference']['catalogue'];
}) {
  const shared = profile.profile;
  const competences = Object.entries(shared.competenceLevels)
    .map(([code, level]) => {
      const competence = catalogue.competence(code);
      return {
        label: competence?.labelNl ?? 'Een vaardigheid',
        level,
        descriptor: competence?.levels.find((entry) => entry.level === level)?.descriptorNl ?? '',
      };
    })
    .sort((a, b) => b.level - a.level || a.label.localeCompare(b.label, 'nl'));
  const gedrag = instrument.sections.gedrag.items;
  const work = instrument.sections.persoonlijkheid.items;
  const occupations = shared.interests.occupations.map(
    (code) => catalogue.occupation(code)?.labelNl ?? 'Een beroep',
  );
  const sectors = shared.interests.sectors.map((code) => catalogue.sector(code)?.labelNl ?? 'Een sector');
  const extra = Object.entries(shared.additionalAnswers).flatMap(([key, value]) => {
    const [section, itemId] = key.split('.') as [keyof InstrumentFormView['sections'], string];
    const item = instrument.sections[section] ? itemOf(instrument, section, itemId) : undefined;
    return item && typeof value === 'string' ? [[item.label, value] as [string, string]] : [];
  });
  return (
    <>
      <Paragraph>
        Profiel {profile.profileNumber}, gemaakt op {formatDate(profile.createdAt)}. Dit deel mag een
        werkgever zien als de persoon daar toestemming voor gaf.
      </Paragraph>
      <h3 class="utrecht-heading-3">Waar deze persoon sterk in is</h3>
      <p class="utrecht-paragraph strengths">{shared.strengthsSummary}</p>

      <Table caption="Kunnen: vaardigheden en niveau" head={['Vaardigheid', 'Niveau', 'Wat dat betekent']}>
        {competences.map((competence) => (
          <Row>
            <Cell>{competence.label}</Cell>
            <Cell>
              {competence.level} – {instrument.sections.kunnen.scale.labels[competence.level]}
            </Cell>
            <Cell>{competence.descriptor}</Cell>
          </Row>
        ))}
      </Table>

      <h3 class="utrecht-heading-3">Willen</h3>
      <Facts
        items={[
          ['Motivatie', scoreInWords(itemOf(instrument, 'willen', 'motivatie'), shared.motivation)],
          ['Uren per week', `${shared.wantedHours.min} tot ${shared.wantedHours.max} uur`],
          ['Reisafstand', `Hoogstens ${shared.maxTravelKm} km`],
          ['Contract', optionsInWords(itemOf(instrument, 'willen', 'contractwensen'), shared.contractWishes)],
          ['Werktijden', optionsInWords(itemOf(instrument, 'willen', 'werktijden'), shared.workingTimes)],
          ['Vervoer', optionsInWords(itemOf(instrument, 'randvoorwaarden', 'mobiliteit'), shared.mobility)],
          ['Werk dat iemand leuk lijkt', occupations.length ? occupations.join(', ') : 'Niet ingevuld'],
          ['Sectoren', sectors.length ? sectors.join(', ') : 'Niet ingevuld'],
          ...extra,
        ]}
      />

      <Table caption="Gedrag" head={['Wat we zien', 'Score']}>
        {gedrag.map((item) =>
          shared.behaviourScores[item.id] === undefined ? null : (
            <Row>
              <Cell>{item.label}</Cell>
              <Cell>
                {scoreInWords(
                  itemOf(instrument, 'gedrag', item.id),
                  shared.behaviourScores[item.id] as number,
                )}
              </Cell>
            </Row>
          ),
        )}
      </Table>

      {Object.keys(shared.workStyle).length ? (
        <>
          <h3 class="utrecht-heading-3">{instrument.sections.persoonlijkheid.title}</h3>
          <Facts
            items={work.flatMap((item): [string, string][] =>
              shared.workStyle[item.id] === undefined
                ? []
                : [
                    [
                      item.label,
                      workStyleInWords(
                        itemOf(instrument, 'persoonlijkheid', item.id),
                        shared.workStyle[item.id] as number,
                      ),
                    ],
                  ],
            )}
          />
        </>
      ) : null}

      <h3 class="utrecht-heading-3">Bewijs</h3>
      {shared.evidence.length ? (
        <ul class="evidence-list">
          {shared.evidence.map((evidence) => (
            <li class="evidence">
              <p class="evidence__kind">{evidenceKindLabels[evidence.kind]}</p>
              <p class="evidence__text">{evidence.description}</p>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>Geen bewijs toegevoegd.</Paragraph>
      )}

      {profile.supportNeeds ? <SupportNeeds profile={profile} instrument={instrument} /> : null}
    </>
  );
}

function SupportNeeds({
  profile,
  instrument,
}: {
  profile: TalentProfileView;
  instrument: InstrumentFormView;
}) {
  const needs = profile.supportNeeds;
  if (!needs) return null;
  const obstaclesItem = instrument.sections.randvoorwaarden.items.find((item) => item.type === 'obstacles');
  const horizons = obstaclesItem?.type === 'obstacles' ? obstaclesItem.horizonLabels : undefined;
  const phaseItem = itemOf(instrument, 'stoplicht', 'fase');
  const extra = Object.entries(needs.additionalAnswers).flatMap(([key, value]) => {
    const [section, itemId] = key.split('.') as [keyof InstrumentFormView['sections'], string];
    const item = instrument.sections[section] ? itemOf(instrument, section, itemId) : undefined;
    return item && typeof value === 'string' ? [[item.label, value] as [string, string]] : [];
  });
  return (
    <section class="support-needs" aria-labelledby="steun-titel">
      <h3 class="utrecht-heading-3" id="steun-titel">
        Steun en randvoorwaarden
      </h3>
      <Alert kind="warning">
        <Paragraph>Alleen voor jou en het programma. Werkgevers zien dit nooit.</Paragraph>
      </Alert>
      <Facts
        items={[
          ['Fase', optionsInWords(phaseItem, [needs.phase])],
          ...(needs.phaseNote ? [['Notitie over de fase', needs.phaseNote] as [string, string]] : []),
          ...needs.preconditions.map((precondition): [string, string] => [
            precondition.labelNl,
            `${precondition.valueLabelNl}${precondition.inOrder ? '' : ' (nog niet op orde)'}`,
          ]),
          ...extra,
        ]}
      />
      {needs.obstacles.length ? (
        <Table
          caption="Wat werk nog in de weg staat"
          head={['Onderwerp', 'Duidelijk wat er speelt?', 'Geregeld', 'Toelichting']}
        >
          {needs.obstacles.map((obstacle) => (
            <Row>
              <Cell>{obstacle.labelNl}</Cell>
              <Cell>{obstacle.bekend ? 'Ja' : 'Nog niet'}</Cell>
              <Cell>{horizons?.[obstacle.oplosbaarBinnen] ?? 'Nog niet te zeggen'}</Cell>
              <Cell>{obstacle.toelichting ?? '–'}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er staat niets in de weg dat is vastgelegd.</Paragraph>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------

function ProfilePage(
  props: Awaited<ReturnType<typeof loadProfilePage>> & {
    catalogue: PageTools['deps']['reference']['catalogue'];
    notice?: string | undefined;
    override?: { values: FormValues; errors: FieldErrors };
    answering?: { reactionId: string; values: FormValues; errors: FieldErrors };
  },
) {
  const { me, person, record, decisions, reactions, profile, instrument, mayOverride, notice } = props;
  const current = decisions.find((decision) => decision.current) ?? null;
  const signedIn: SignedIn = me;
  return (
    <PersonLayout signedIn={signedIn} person={person} current="profile">
      {notice ? (
        <Alert kind="ok" live>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <Heading2 id="segment">Segment</Heading2>
      {current ? (
        <>
          <CurrentSegment decision={current} record={record} instrument={instrument} />
          {mayOverride ? (
            <OverrideForm
              person={person}
              decision={current}
              csrfToken={me.csrfToken}
              values={props.override?.values ?? {}}
              errors={props.override?.errors ?? {}}
            />
          ) : null}
          <Reactions
            person={person}
            reactions={reactions}
            decisions={decisions}
            csrfToken={me.csrfToken}
            answering={props.answering}
          />
          <DecisionHistory decisions={decisions} />
        </>
      ) : (
        <Paragraph>
          Er is nog geen segment. Dat komt na het assessment.{' '}
          <Link href={personPath(person.id, 'assessment')}>Naar het assessment</Link>
        </Paragraph>
      )}
      <Heading2 id="profiel">Talentenprofiel</Heading2>
      {profile ? (
        <TalentProfile profile={profile} instrument={instrument} catalogue={props.catalogue} />
      ) : (
        <Paragraph>
          Er is nog geen talentenprofiel. Het profiel komt als het assessment is afgerond
          {current?.basis === 'redPhase' ? ' buiten fase rood' : ''}.
        </Paragraph>
      )}
    </PersonLayout>
  );
}

export function profilePages(web: Hono<WebBindings>, tools: PageTools) {
  const { signedIn, caseworker, csrf, deps } = tools;
  const catalogue = deps.reference.catalogue;

  web.get('/werkzoekenden/:id/profiel', signedIn, caseworker, async (c) => {
    const page = await loadProfilePage(c, tools);
    return c.html(
      <ProfilePage {...page} catalogue={catalogue} notice={NOTICES[c.req.query('melding') ?? '']} />,
    );
  });

  web.post('/werkzoekenden/:id/profiel/afwijken', signedIn, caseworker, csrf, async (c) => {
    const values = await readForm(c);
    const { ctx } = pageContext(c, deps);
    const id = idParam(c);
    const input = {
      segment: values.segment,
      justification: values.justification ?? '',
      ...(values.reviewDate?.trim() ? { reviewDate: values.reviewDate.trim() } : {}),
    };
    const saved = await submitToService(
      ctx,
      segmentOverrideSchema,
      input,
      (data) => overrideSegment(ctx, deps.reference, id, data),
      {
        messages: {
          segment: 'Kies een segment.',
          justification: 'Schrijf in minstens 20 tekens waarom je afwijkt (hoogstens 2000).',
        },
        fieldOf: (path) => (path[0] === 'reviewDate' ? 'reviewDate' : String(path[0] ?? '_form')),
      },
    );
    if (!saved.ok) {
      const page = await loadProfilePage(c, tools);
      const errors = { ...saved.errors };
      if (errors.reviewDate === 'Dit klopt nog niet.')
        errors.reviewDate = 'Vul een datum in, bijvoorbeeld 15-03-2027.';
      return c.html(<ProfilePage {...page} catalogue={catalogue} override={{ values, errors }} />, 422);
    }
    return c.redirect(withNotice(profilePath(id), 'afgeweken'), 303);
  });

  // The answer to a person's reaction on a segment decision.
  web.post(
    '/werkzoekenden/:id/profiel/reacties/:reactionId/antwoord',
    signedIn,
    caseworker,
    csrf,
    async (c) => {
      const values = await readForm(c);
      const { ctx } = pageContext(c, deps);
      const id = idParam(c);
      const reactionId = c.req.param('reactionId');
      if (!/^[0-9a-f-]{36}$/i.test(reactionId))
        throw new AppError(ProblemCode.NotFound, 'Reaction was not found.');
      const answer = values[`answer-${reactionId}`] ?? '';
      let saved: Awaited<ReturnType<typeof submitToService>>;
      try {
        saved = await submitToService(
          ctx,
          answerSegmentReactionSchema,
          { answer, version: Number(values.version) },
          (data) => answerSegmentReaction(ctx, reactionId, data),
          { messages: { answer: 'Schrijf een antwoord, hoogstens 2000 tekens.' } },
        );
      } catch (error) {
        if (
          error instanceof AppError &&
          [ProblemCode.Conflict, ProblemCode.VersionConflict].includes(error.code as never)
        )
          return c.redirect(withNotice(profilePath(id), 'al-beantwoord'), 303);
        throw error;
      }
      if (!saved.ok) {
        const page = await loadProfilePage(c, tools);
        return c.html(
          <ProfilePage
            {...page}
            catalogue={catalogue}
            answering={{ reactionId, values: { answer }, errors: saved.errors }}
          />,
          422,
        );
      }
      return c.redirect(withNotice(profilePath(id), 'beantwoord'), 303);
    },
  );
}
