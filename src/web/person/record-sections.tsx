import type { Child } from 'hono/jsx';
import type { Catalogue } from '../../modules/catalogue/catalogue';
import type { OwnRecord } from '../../modules/own-record/own-record.service';
import { formatDate, formatPhone, languageLabel, segmentLabels } from '../labels';
import { Facts, Paragraph } from '../layout/components';
import {
  answerWords,
  competenceWords,
  contractTypeWords,
  invitationWords,
  occupationWords,
  ownConsentTitles,
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
  ['over-jou', 'Over jou'],
  ['lifecoach', 'Je lifecoach'],
  ['toestemming', 'Je toestemming'],
  ['talenten', 'Je talenten en wensen'],
  ['segment', 'Hoe dichtbij werk je bent'],
  ['trajecten', 'Trajecten'],
  ['meet-and-greets', 'Meet & Greets'],
  ['werkgevers', 'Werkgevers die je profiel zagen'],
  ['werk', 'Je werk'],
] as const;

export function TableOfContents() {
  return (
    <nav class="record-toc no-print" aria-label="Op deze pagina">
      <ul class="record-toc__list">
        {recordParts.map(([id, title]) => (
          <li>
            <a class="utrecht-link" href={`#${id}`}>
              {title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Everything recorded about the person, in words: the page "Mijn gegevens" and its printable copy. */
export function RecordSections({ record, catalogue }: { record: OwnRecord; catalogue: Catalogue }) {
  const { registration: me } = record;
  const profile = record.talentProfile;
  return (
    <>
      <Section id="over-jou" title="Over jou">
        <Facts
          items={[
            ['Naam', me.fullName],
            ['Telefoon', formatPhone(me.phone)],
            ['E-mail', me.email ?? 'Niet bekend'],
            ['Postcode', me.postcode],
            ['Geboortedatum', me.dateOfBirth ? formatDate(me.dateOfBirth) : 'Niet bekend'],
            ['Taal die je het liefst spreekt', languageLabel(me.preferredLanguage)],
            ['Aangemeld door', me.referredBy ?? 'Je hebt je zelf aangemeld'],
            ['Aangemeld op', formatDate(me.registeredAt)],
          ]}
        />
        <Paragraph>Klopt er iets niet? Zeg het tegen je lifecoach. Die past het aan.</Paragraph>
      </Section>

      <Section id="lifecoach" title="Je lifecoach">
        <Paragraph>
          Je lifecoach is nu <strong>{record.currentLifecoach}</strong>.
        </Paragraph>
        {record.lifecoaches.length ? (
          <List>
            {record.lifecoaches.map((period) => (
              <Item>
                {period.lifecoach}: vanaf {formatDate(period.startedAt)}
                {period.endedAt ? ` tot ${formatDate(period.endedAt)}` : ' tot nu'}.
                {period.handoverNote ? (
                  <> Wat er bij de overdracht is opgeschreven: “{period.handoverNote}”</>
                ) : null}
              </Item>
            ))}
          </List>
        ) : null}
      </Section>

      <Section id="toestemming" title="Je toestemming">
        {record.consents.current.length ? (
          <List>
            {record.consents.current.map((consent) => (
              <Item>
                <strong>
                  {ownConsentTitles[consent.purpose]}
                  {consent.employerName ? ` (${consent.employerName})` : ''}
                </strong>
                : {consent.given ? 'ja' : 'nee'}, sinds {formatDate(consent.recordedAt)}.
              </Item>
            ))}
          </List>
        ) : (
          <Empty>Er is nog geen toestemming opgeschreven.</Empty>
        )}
        {record.consents.history.length ? (
          <>
            <h3 class="utrecht-heading-3">Alles wat je hebt gezegd, nieuwste eerst</h3>
            <List>
              {record.consents.history.map((entry) => (
                <Item>
                  {formatDate(entry.recordedAt)}: {entry.given ? 'ja' : 'nee'} voor “
                  {ownConsentTitles[entry.purpose]}
                  {entry.employerName ? ` (${entry.employerName})` : ''}”.{' '}
                  {entry.byThePersonThemselves ? 'Dat deed je zelf.' : 'Je lifecoach schreef het op.'}
                </Item>
              ))}
            </List>
          </>
        ) : null}
        <Paragraph>
          <a class="utrecht-link no-print" href="/mijn-gegevens/toestemming">
            Toestemming geven of stoppen
          </a>
        </Paragraph>
      </Section>

      <Section id="talenten" title="Je talenten en wensen">
        {profile ? (
          <>
            <Paragraph>
              Je talentenprofiel is gemaakt op {formatDate(profile.madeAt)}, in een gesprek met je lifecoach.
            </Paragraph>
            {profile.strengthsSummary ? <Paragraph>“{profile.strengthsSummary}”</Paragraph> : null}
            <h3 class="utrecht-heading-3">Wat je kunt</h3>
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
            <h3 class="utrecht-heading-3">Wat je wilt</h3>
            <Facts
              items={[
                [
                  'Werk dat je leuk vindt',
                  [
                    ...profile.interests.occupations.map((code) => occupationWords(catalogue, code)),
                    ...profile.interests.sectors.map((code) => sectorWords(catalogue, code)),
                  ].join(', ') || 'Niet opgeschreven',
                ],
                ['Uren per week', `${profile.wantedHours.min} tot ${profile.wantedHours.max}`],
                ['Hoe ver je wilt reizen', `${profile.maxTravelKm} km`],
                ['Soort contract', answerWords(profile.contractWishes) || 'Niet opgeschreven'],
                ['Wanneer je kunt werken', answerWords(profile.workingTimes) || 'Niet opgeschreven'],
                ['Hoe je reist', answerWords(profile.mobility) || 'Niet opgeschreven'],
                ['Hoe graag je wilt werken', `${profile.motivation} van 5`],
              ]}
            />
            {profile.supportNeeds?.preconditions?.length ? (
              <>
                <h3 class="utrecht-heading-3">Wat alleen je lifecoach ziet</h3>
                <Paragraph>Dit gaat over je leven naast werk. Een werkgever ziet dit nooit.</Paragraph>
                <List>
                  {profile.supportNeeds.preconditions.map((precondition) => (
                    <Item>
                      {precondition.labelNl}: {precondition.valueLabelNl}
                    </Item>
                  ))}
                  {profile.supportNeeds.obstacles.map((obstacle) => (
                    <Item>
                      {answerWords(obstacle.type)}
                      {obstacle.toelichting ? `: “${obstacle.toelichting}”` : ''}
                    </Item>
                  ))}
                </List>
              </>
            ) : null}
            {profile.earlierProfiles.length ? (
              <Paragraph>
                Er zijn ook eerdere profielen, van{' '}
                {profile.earlierProfiles.map((date) => formatDate(date)).join(', ')}. Die staan in je
                download.
              </Paragraph>
            ) : null}
          </>
        ) : (
          <Empty>Er is nog geen talentenprofiel. Dat maak je samen met je lifecoach.</Empty>
        )}
      </Section>

      <Section id="segment" title="Hoe dichtbij werk je bent">
        {record.segmentDecisions.length ? (
          record.segmentDecisions.map((decision) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">
                {segmentLabels[decision.segment]}
                {decision.current ? ' (nu)' : ''}
              </h3>
              <Paragraph>
                Besloten op {formatDate(decision.decidedAt)}. We kijken er opnieuw naar op{' '}
                {formatDate(decision.reviewDate)}.
              </Paragraph>
              {decision.overrideJustification ? (
                <Paragraph>Waarom je lifecoach zo besliste: “{decision.overrideJustification}”</Paragraph>
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
                    <strong>Wat kan helpen:</strong>
                  </p>
                  <List>
                    {decision.toMoveUp.map((step) => (
                      <Item>{step}</Item>
                    ))}
                  </List>
                </>
              ) : null}
            </article>
          ))
        ) : (
          <Empty>Er is nog niets besloten.</Empty>
        )}
      </Section>

      <Section id="trajecten" title="Trajecten">
        {record.trajectories.length ? (
          record.trajectories.map((trajectory) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">{trajectory.title}</h3>
              <Facts
                items={[
                  ['Bij', trajectory.provider],
                  ['Hoe staat het', trajectoryStatusWords(trajectory.status)],
                  ['Voorgesteld op', formatDate(trajectory.proposedAt)],
                  ['Begin', trajectory.startDate ? formatDate(trajectory.startDate) : 'Nog niet bekend'],
                  ...(trajectory.finishedOn
                    ? ([['Klaar op', formatDate(trajectory.finishedOn)]] as [string, string][])
                    : []),
                ]}
              />
              <Paragraph>Wat je lifecoach aan hen vertelde: “{trajectory.handoverNote}”</Paragraph>
              {[trajectory.declineReason, trajectory.withdrawReason, trajectory.finishReason]
                .filter(Boolean)
                .map((reason) => (
                  <Paragraph>Reden: “{reason}”</Paragraph>
                ))}
              {trajectory.notes.map((note) => (
                <Paragraph>
                  {formatDate(note.recordedAt)}: “{note.note}”
                </Paragraph>
              ))}
            </article>
          ))
        ) : (
          <Empty>Je hebt nog geen traject.</Empty>
        )}
      </Section>

      <Section id="meet-and-greets" title="Meet & Greets">
        {record.meetAndGreets.length ? (
          record.meetAndGreets.map((event) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">{event.title}</h3>
              <Facts
                items={[
                  ['Wanneer', `${formatDate(event.date)}, ${event.startTime} uur`],
                  ['Waar', event.place],
                  ['Je antwoord', invitationWords(event.status)],
                ]}
              />
              {event.conversations.length ? (
                <List>
                  {event.conversations.map((conversation) => (
                    <Item>
                      Gesprek {conversation.round}: met {conversation.employer}
                    </Item>
                  ))}
                </List>
              ) : null}
            </article>
          ))
        ) : (
          <Empty>Je bent nog niet uitgenodigd voor een Meet & Greet.</Empty>
        )}
      </Section>

      <Section id="werkgevers" title="Werkgevers die je profiel zagen">
        <Paragraph>
          Een werkgever ziet eerst alleen je talenten, met een code. Niet je naam. Je naam hoort de werkgever
          alleen als jij dat goed vindt.
        </Paragraph>
        {record.employersWhoKnowYourCode.length ? (
          <List>
            {record.employersWhoKnowYourCode.map((seen) => (
              <Item>
                {seen.employer} kent je als <strong>{seen.code}</strong>, voor de vacature {seen.job}. Sinds{' '}
                {formatDate(seen.since)}.
              </Item>
            ))}
          </List>
        ) : (
          <Empty>Nog geen werkgever heeft je profiel gezien.</Empty>
        )}
      </Section>

      <Section id="werk" title="Je werk">
        {record.placements.length ? (
          record.placements.map((placement) => (
            <article class="record-card">
              <h3 class="utrecht-heading-3">
                {placement.job} bij {placement.employer}
              </h3>
              <Facts
                items={[
                  ['Hoe staat het', workStatusWords(placement.status)],
                  ['Soort werk', contractTypeWords[placement.contractType]],
                  ['Uren per week', String(placement.contractHoursPerWeek)],
                  ['Betaald', placement.paid ? 'Ja' : 'Nee'],
                  ['Begin', placement.startDate ? formatDate(placement.startDate) : 'Nog niet bekend'],
                  ...(placement.endDate
                    ? ([['Einde', formatDate(placement.endDate)]] as [string, string][])
                    : []),
                ]}
              />
              {placement.endNote ? <Paragraph>“{placement.endNote}”</Paragraph> : null}
            </article>
          ))
        ) : (
          <Empty>Je bent nog niet begonnen bij een werkgever via Warm Rotterdam Werkt.</Empty>
        )}
      </Section>
    </>
  );
}
