import type { Child } from 'hono/jsx';
import type { Catalogue } from '../../modules/catalogue/catalogue';
import type { OwnRecord } from '../../modules/own-record/own-record.service';
import { formatPhone, languageLabel } from '../labels';
import { Facts, Paragraph } from '../layout/components';
import type { PersonMessages } from './person-messages';
import {
  answerWords,
  competenceWords,
  contractTypeWords,
  occupationWords,
  sectorWords,
  trajectoryStatusWords,
  workStatusWords,
} from './record-words';

const Section = ({ id, title, children }: { id: string; title: string; children?: Child }) => (
  <section class="record-section" aria-labelledby={id}>
    <h2 class="utrecht-heading-2" id={id}>
      {title}
    </h2>
    {children}
  </section>
);

const Empty = ({ children }: { children?: Child }) => (
  <p class="utrecht-paragraph record-empty">{children}</p>
);

const List = ({ children }: { children?: Child }) => (
  <ul class="utrecht-unordered-list record-list">{children}</ul>
);
const Item = ({ children }: { children?: Child }) => <li class="utrecht-unordered-list__item">{children}</li>;

/** The parts of the record, in the order of the page and its table of contents. */
export const recordParts = [
  'over-jou',
  'lifecoach',
  'toestemming',
  'talenten',
  'segment',
  'trajecten',
  'meet-and-greets',
  'voorstellen',
  'werkgevers',
  'werk',
] as const;

export function TableOfContents({ t }: { t: PersonMessages }) {
  return (
    <nav class="record-toc no-print" aria-label={t.record.toc}>
      <ul class="record-toc__list">
        {recordParts.map((id) => (
          <li>
            <a class="utrecht-link" href={`#${id}`}>
              {t.record.parts[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const Quote = ({ children }: { children?: Child }) => <q class="record-quote">{children}</q>;

/**
 * Everything recorded about the person, in words: the page "Mijn gegevens" and its printable copy.
 * Free texts written by professionals are shown as they were written.
 */
export function RecordSections({
  record,
  catalogue,
  t,
}: {
  record: OwnRecord;
  catalogue: Catalogue;
  t: PersonMessages;
}) {
  const { registration: me } = record;
  const profile = record.talentProfile;
  const r = t.record;
  const date = t.date;
  const yesNo = (value: boolean) => (value ? t.yes : t.no);
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return (
    <>
      <Section id="over-jou" title={r.parts['over-jou']}>
        <Facts
          items={[
            [r.about.name, me.fullName],
            [r.about.phone, formatPhone(me.phone)],
            [r.about.email, me.email ?? t.notKnown],
            [r.about.postcode, me.postcode],
            [r.about.dateOfBirth, me.dateOfBirth ? date(me.dateOfBirth) : t.notKnown],
            [r.about.language, languageLabel(me.preferredLanguage)],
            [r.about.referredBy, me.referredBy ?? r.about.selfRegistered],
            [r.about.registeredAt, date(me.registeredAt)],
          ]}
        />
        <Paragraph>{r.about.wrong}</Paragraph>
      </Section>

      <Section id="lifecoach" title={r.parts.lifecoach}>
        <Paragraph>
          {r.lifecoachNow} <strong>{record.currentLifecoach}</strong>.
        </Paragraph>
        {record.lifecoaches.length ? (
          <List>
            {record.lifecoaches.map((period) => (
              <Item>
                {r.period(
                  period.lifecoach,
                  date(period.startedAt),
                  period.endedAt ? date(period.endedAt) : null,
                )}
                {period.handoverNote ? (
                  <>
                    {' '}
                    {r.handoverNote} <Quote>{period.handoverNote}</Quote>
                  </>
                ) : null}
              </Item>
            ))}
          </List>
        ) : null}
      </Section>

      <Section id="toestemming" title={r.parts.toestemming}>
        {record.consents.current.length ? (
          <List>
            {record.consents.current.map((consent) => (
              <Item>
                <strong>
                  {t.consentTitles[consent.purpose]}
                  {consent.employerName ? ` (${consent.employerName})` : ''}
                </strong>
                : {r.consentSince(yesNo(consent.given), date(consent.recordedAt))}
              </Item>
            ))}
          </List>
        ) : (
          <Empty>{r.consentNone}</Empty>
        )}
        {record.consents.history.length ? (
          <>
            <h3 class="utrecht-heading-3">{r.consentHistory}</h3>
            <List>
              {record.consents.history.map((entry) => (
                <Item>
                  {r.consentEntry(
                    date(entry.recordedAt),
                    yesNo(entry.given),
                    `${t.consentTitles[entry.purpose]}${entry.employerName ? ` (${entry.employerName})` : ''}`,
                  )}{' '}
                  {entry.byThePersonThemselves ? r.consentByYou : r.consentByLifecoach}
                </Item>
              ))}
            </List>
          </>
        ) : null}
        <Paragraph>
          <a class="utrecht-link no-print" href="/mijn-gegevens/toestemming">
            {r.consentLink}
          </a>
        </Paragraph>
      </Section>

      <Section id="talenten" title={r.parts.talenten}>
        {profile ? (
          <>
            <Paragraph>{r.profileMade(date(profile.madeAt))}</Paragraph>
            {profile.strengthsSummary ? (
              <Paragraph>
                <Quote>{profile.strengthsSummary}</Quote>
              </Paragraph>
            ) : null}
            <h3 class="utrecht-heading-3">{r.canDo}</h3>
            <List>
              {Object.entries(profile.competenceLevels).map(([code, level]) => {
                const words = competenceWords(catalogue, code, level);
                return (
                  <Item>
                    <strong>{words.name}</strong>: {words.level}
                  </Item>
                );
              })}
            </List>
            <h3 class="utrecht-heading-3">{r.wants}</h3>
            <Facts
              items={[
                [
                  r.wantFacts.work,
                  [
                    ...profile.interests.occupations.map((code) => occupationWords(catalogue, code)),
                    ...profile.interests.sectors.map((code) => sectorWords(catalogue, code)),
                  ].join(', ') || t.notWritten,
                ],
                [r.wantFacts.hours, r.range(profile.wantedHours.min, profile.wantedHours.max)],
                [r.wantFacts.travel, `${profile.maxTravelKm} km`],
                [r.wantFacts.contract, answerWords(profile.contractWishes) || t.notWritten],
                [r.wantFacts.times, answerWords(profile.workingTimes) || t.notWritten],
                [r.wantFacts.mobility, answerWords(profile.mobility) || t.notWritten],
                [r.wantFacts.motivation, r.outOf5(profile.motivation)],
              ]}
            />
            {profile.supportNeeds?.preconditions?.length ? (
              <>
                <h3 class="utrecht-heading-3">{r.onlyLifecoach}</h3>
                <Paragraph>{r.onlyLifecoachLead}</Paragraph>
                <List>
                  {profile.supportNeeds.preconditions.map((precondition) => (
                    <Item>
                      {precondition.labelNl}: {precondition.valueLabelNl}
                    </Item>
                  ))}
                  {profile.supportNeeds.obstacles.map((obstacle) => (
                    <Item>
                      {answerWords(obstacle.type)}
                      {obstacle.toelichting ? (
                        <>
                          : <Quote>{obstacle.toelichting}</Quote>
                        </>
                      ) : null}
                    </Item>
                  ))}
                </List>
              </>
            ) : null}
            {profile.earlierProfiles.length ? (
              <Paragraph>
                {r.earlierProfiles(profile.earlierProfiles.map((when) => date(when)).join(', '))}
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Empty>{r.noProfile}</Empty>
        )}
      </Section>

      <Section id="segment" title={r.parts.segment}>
        {record.segmentDecisions.length ? (
          record.segmentDecisions.map((decision) => (
            <article class="record-card" id={`besluit-${decision.id}`}>
              <h3 class="utrecht-heading-3">
                {t.segment[decision.segment]}
                {decision.current ? r.segmentNow : ''}
              </h3>
              <Paragraph>{r.decided(date(decision.decidedAt), date(decision.reviewDate))}</Paragraph>
              {decision.overrideJustification ? (
                <Paragraph>
                  {r.whyOverride} <Quote>{decision.overrideJustification}</Quote>
                </Paragraph>
              ) : null}
              {decision.reasons.length ? (
                <List>
                  {decision.reasons.map((reason) => (
                    <Item>
                      {reason.label}: {reason.explanation}
                    </Item>
                  ))}
                </List>
              ) : null}
              {decision.toMoveUp.length ? (
                <>
                  <p class="utrecht-paragraph">
                    <strong>{r.whatHelps}</strong>
                  </p>
                  <List>
                    {decision.toMoveUp.map((step) => (
                      <Item>{step}</Item>
                    ))}
                  </List>
                </>
              ) : null}
              {decision.reactions.map((reaction) => (
                <div class="record-reaction">
                  <p class="utrecht-paragraph">
                    {r.reactionYou(date(reaction.writtenAt))} <Quote>{reaction.text}</Quote>
                  </p>
                  {reaction.answer ? (
                    <p class="utrecht-paragraph record-reaction__answer">
                      {r.reactionAnswer(
                        reaction.answeredBy ?? (t.authorRole.LIFECOACH ?? '').toLowerCase(),
                        date(reaction.answeredAt ?? ''),
                      )}{' '}
                      <Quote>{reaction.answer}</Quote>
                    </p>
                  ) : (
                    <p class="utrecht-paragraph record-empty">{r.reactionWaiting}</p>
                  )}
                </div>
              ))}
              <p class="utrecht-paragraph no-print">
                <a class="utrecht-link" href={`/mijn-gegevens/segment/${decision.id}/reageren`}>
                  {r.reactLink}
                </a>
              </p>
            </article>
          ))
        ) : (
          <Empty>{r.noSegment}</Empty>
        )}
      </Section>

      <Section id="trajecten" title={r.parts.trajecten}>
        {record.trajectories.length ? (
          record.trajectories.map((trajectory) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">{trajectory.title}</h3>
              <Facts
                items={[
                  [r.trajectoryFacts.at, trajectory.provider],
                  [r.trajectoryFacts.state, trajectoryStatusWords(trajectory.status)],
                  [r.trajectoryFacts.proposed, date(trajectory.proposedAt)],
                  [
                    r.trajectoryFacts.start,
                    trajectory.startDate ? date(trajectory.startDate) : t.notYetKnown,
                  ],
                  ...(trajectory.finishedOn
                    ? ([[r.trajectoryFacts.done, date(trajectory.finishedOn)]] as [string, string][])
                    : []),
                ]}
              />
              <Paragraph>
                {r.toldProvider} <Quote>{trajectory.handoverNote}</Quote>
              </Paragraph>
              {[trajectory.declineReason, trajectory.withdrawReason, trajectory.finishReason]
                .filter(Boolean)
                .map((reason) => (
                  <Paragraph>
                    {r.reason} <Quote>{reason}</Quote>
                  </Paragraph>
                ))}
              {trajectory.progress.length ? (
                <>
                  <h4 class="utrecht-heading-4">{r.progress}</h4>
                  <List>
                    {trajectory.progress.map((entry) => {
                      const note = trajectory.notes.find(
                        (candidate) => candidate.recordedAt === entry.recordedAt,
                      );
                      return (
                        <Item>
                          {date(entry.recordedAt)}:{' '}
                          {entry.type === 'NOTE' && note ? <Quote>{note.note}</Quote> : null}
                          {entry.type === 'ATTENDANCE' && entry.attendance
                            ? r.attendance(t.attendance[entry.attendance] ?? entry.attendance)
                            : null}
                          {entry.type === 'COMPETENCE_OBSERVATIONS'
                            ? `${r.observed(entry.observations.length)} ${entry.observations
                                .map((observation) => {
                                  const words = competenceWords(
                                    catalogue,
                                    observation.competenceCode,
                                    observation.level,
                                  );
                                  return `${words.name}: ${words.level}`;
                                })
                                .join('; ')}`
                            : null}
                        </Item>
                      );
                    })}
                  </List>
                </>
              ) : null}
            </article>
          ))
        ) : (
          <Empty>{r.noTrajectory}</Empty>
        )}
      </Section>

      <Section id="meet-and-greets" title={r.parts['meet-and-greets']}>
        {record.meetAndGreets.length ? (
          <>
            {record.meetAndGreets.map((event) => (
              <article class="record-card">
                <h3 class="utrecht-heading-3">{event.title}</h3>
                <Facts
                  items={[
                    [r.eventFacts.when, r.at(date(event.date), event.startTime)],
                    [r.eventFacts.where, event.place],
                    [r.eventFacts.answer, capital(t.invitation[event.status] ?? event.status)],
                  ]}
                />
                {event.conversations.length ? (
                  <List>
                    {event.conversations.map((conversation) => (
                      <Item>
                        {r.conversation(
                          conversation.round,
                          conversation.startTime,
                          conversation.endTime,
                          conversation.employer,
                        )}
                      </Item>
                    ))}
                  </List>
                ) : null}
              </article>
            ))}
            <Paragraph>
              <a class="utrecht-link no-print" href="/mijn-gegevens/ja-of-nee">
                {r.answerLink}
              </a>
            </Paragraph>
          </>
        ) : (
          <Empty>{r.noEvents}</Empty>
        )}
      </Section>

      <Section id="voorstellen" title={r.parts.voorstellen}>
        {record.matches.length ? (
          <>
            <Paragraph>{r.matchesLead}</Paragraph>
            <List>
              {record.matches.map((match) => (
                <Item>
                  {r.matchLine(match.job, match.employer, t.candidacy[match.status] ?? match.status)}
                  {match.youSaidYesAt ? ` ${r.youSaidYes(date(match.youSaidYesAt))}` : ''}
                </Item>
              ))}
            </List>
            <Paragraph>
              <a class="utrecht-link no-print" href="/mijn-gegevens/ja-of-nee#voorstellen-ja-nee">
                {r.answerLink}
              </a>
            </Paragraph>
          </>
        ) : (
          <Empty>{r.noMatches}</Empty>
        )}
      </Section>

      <Section id="werkgevers" title={r.parts.werkgevers}>
        <Paragraph>{r.employersLead}</Paragraph>
        {record.employersWhoKnowYourCode.length ? (
          <List>
            {record.employersWhoKnowYourCode.map((seen) => {
              const [before, code, after] = r.knowsCode(seen.employer, seen.code, seen.job, date(seen.since));
              return (
                <Item>
                  {before}
                  <strong>{code}</strong>
                  {after}
                </Item>
              );
            })}
          </List>
        ) : (
          <Empty>{r.noEmployers}</Empty>
        )}
        <h3 class="utrecht-heading-3">{r.knowsName}</h3>
        {record.employersWhoKnowYourName.length ? (
          <List>
            {record.employersWhoKnowYourName.map((known) => (
              <Item>{r.knowsNameLine(known.employer, known.job, date(known.since ?? ''))}</Item>
            ))}
          </List>
        ) : (
          <Empty>{r.nobodyKnowsName}</Empty>
        )}
      </Section>

      <Section id="werk" title={r.parts.werk}>
        {record.placements.length ? (
          record.placements.map((placement) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">{r.workTitle(placement.job, placement.employer)}</h3>
              <Facts
                items={[
                  [r.workFacts.state, workStatusWords(placement.status)],
                  [r.workFacts.kind, contractTypeWords[placement.contractType]],
                  [r.workFacts.hours, String(placement.contractHoursPerWeek)],
                  [r.workFacts.paid, capital(yesNo(placement.paid))],
                  [r.workFacts.start, placement.startDate ? date(placement.startDate) : t.notYetKnown],
                  ...(placement.endDate
                    ? ([[r.workFacts.end, date(placement.endDate)]] as [string, string][])
                    : []),
                ]}
              />
              {placement.endNote ? (
                <Paragraph>
                  <Quote>{placement.endNote}</Quote>
                </Paragraph>
              ) : null}
              <Paragraph>
                <a class="utrecht-link no-print" href="/mijn-gegevens/geld">
                  {t.money.link}
                </a>
              </Paragraph>
              <h4 class="utrecht-heading-4">{r.plan}</h4>
              {placement.onboardingPlan.length || placement.planComments.length ? (
                <List>
                  {placement.onboardingPlan.map((item) => (
                    <Item>
                      {r.planItem(item.title, date(item.targetDate), t.planState[item.status] ?? item.status)}
                      {item.description ? (
                        <>
                          {' '}
                          <Quote>{item.description}</Quote>
                        </>
                      ) : null}
                      {item.comments.map((comment) => (
                        <span class="record-comment">
                          {' '}
                          {r.comment(t.authorRole[comment.by] ?? comment.by, date(comment.at))}{' '}
                          <Quote>{comment.text}</Quote>
                        </span>
                      ))}
                    </Item>
                  ))}
                  {placement.planComments.map((comment) => (
                    <Item>
                      {r.comment(t.authorRole[comment.by] ?? comment.by, date(comment.at))}{' '}
                      <Quote>{comment.text}</Quote>
                    </Item>
                  ))}
                </List>
              ) : (
                <Empty>{r.noPlan}</Empty>
              )}
              <h4 class="utrecht-heading-4">{r.conversations}</h4>
              {placement.conversations.length ? (
                <List>
                  {placement.conversations.map((conversation) => (
                    <Item>
                      {r.conversationLine(
                        t.checkInKind[conversation.kind] ?? conversation.kind,
                        date(conversation.date),
                        t.howItsGoing[conversation.howItsGoing] ?? conversation.howItsGoing,
                      )}{' '}
                      <Quote>{conversation.report}</Quote>
                      {conversation.agreedActions.length ? (
                        <>
                          {' '}
                          {r.agreed} {conversation.agreedActions.join('; ')}
                        </>
                      ) : null}
                    </Item>
                  ))}
                </List>
              ) : (
                <Empty>{r.noConversations}</Empty>
              )}
              {placement.lifecoachNotes.length ? (
                <>
                  <h4 class="utrecht-heading-4">{r.lifecoachNotes}</h4>
                  <Paragraph>{r.lifecoachNotesLead}</Paragraph>
                  <List>
                    {placement.lifecoachNotes.map((note) => (
                      <Item>
                        {date(note.recordedAt)}: <Quote>{note.note}</Quote>
                      </Item>
                    ))}
                  </List>
                </>
              ) : null}
            </article>
          ))
        ) : (
          <Empty>{r.noWork}</Empty>
        )}
      </Section>
    </>
  );
}
