import type { Hono } from 'hono';
import { notFound } from '../../http/problem';
import { GATE_REASONS, type GateReason } from '../../modules/matching/engine';
import { listCandidates } from '../../modules/matching/matching.service';
import { getVacancy } from '../../modules/vacancies/vacancy.service';
import { formatNumber, requirementTierLabels } from '../labels';
import { Heading1, Heading2, Link, Paragraph } from '../layout/components';
import { Page } from '../layout/page';
import { idParam, pageContext } from '../lifecoach/page-tools';
import { passendWerkText } from '../vacancy-terms';
import type { WebBindings } from '../web-context';
import { candidatesPath, type EmployerTools, vacancyPath } from './employer-tools';

/** The passend werk gates: what the person said they want, or what fits their route. */
const passendWerkGateSentences: Record<PassendWerkGate, (people: string) => string> = {
  CONTRACT_KIND: (people) => `${people} dit soort contract niet.`,
  ON_CALL: (people) => `${people} niet voor een oproep- of nulurencontract.`,
  WORKING_TIMES: (people) => `${people} niet op de werktijden van deze vacature werken.`,
  UNPAID: (people) => `${people} betaald werk nodig: onbetaald werk past alleen bij een leer-werktraject.`,
};

const passendWerkGateVerbs: Record<PassendWerkGate, [string, string]> = {
  CONTRACT_KIND: ['wil', 'willen'],
  ON_CALL: ['koos', 'kozen'],
  WORKING_TIMES: ['kan', 'kunnen'],
  UNPAID: ['heeft', 'hebben'],
};

type PassendWerkGate = 'CONTRACT_KIND' | 'ON_CALL' | 'WORKING_TIMES' | 'UNPAID';

type Candidate = Awaited<ReturnType<typeof listCandidates>>['items'][number];

/** Why people did not reach the list, in a sentence that counts them ("12 mensen …"). */
const gateSentences: Record<GateReason, (people: string) => string> = {
  SEGMENT: (people) => `${people} eerst andere stappen zetten voordat ze aan het werk gaan.`,
  NO_MATCHING_CONSENT: (people) => `${people} geen toestemming gegeven om gematcht te worden.`,
  ALREADY_PLACED: (people) => `${people} al werk via het programma.`,
  HOURS: (people) => `${people} andere uren werken dan deze vacature biedt.`,
  DISTANCE: (people) => `${people} verder weg dan ze willen reizen.`,
  UNKNOWN_POSTCODE: (people) => `${people} een postcode die we niet kennen, dus de afstand is onbekend.`,
  LEGAL_REQUIREMENT: (people) => `${people} nog niet het certificaat of rijbewijs dat de wet vraagt.`,
  MINIMUM_AGE: (people) => `${people} niet de minimumleeftijd die de wet vraagt, of die is onbekend.`,
  ...passendWerkGateSentences,
};

const gateVerbs: Record<GateReason, [string, string]> = {
  SEGMENT: ['moet', 'moeten'],
  NO_MATCHING_CONSENT: ['heeft', 'hebben'],
  ALREADY_PLACED: ['heeft', 'hebben'],
  HOURS: ['wil', 'willen'],
  DISTANCE: ['woont', 'wonen'],
  UNKNOWN_POSTCODE: ['heeft', 'hebben'],
  LEGAL_REQUIREMENT: ['heeft', 'hebben'],
  MINIMUM_AGE: ['heeft', 'hebben'],
  ...passendWerkGateVerbs,
};

export function gateSentence(reason: GateReason, count: number): string {
  const [one, many] = gateVerbs[reason];
  const people = count === 1 ? `1 persoon ${one}` : `${count} mensen ${many}`;
  return gateSentences[reason](people);
}

/** What a candidate can already do and what is still to learn, in words (also on the Meet & Greet shortlist). */
export function Fit({ candidate }: { candidate: Candidate }) {
  const met = candidate.requirements.filter((requirement) => requirement.met);
  const trainable = candidate.gaps.filter((gap) => gap.trainable);
  const notTrainable = candidate.gaps.filter((gap) => !gap.trainable);
  return (
    <div class="fit">
      {met.length ? (
        <>
          <h4 class="utrecht-heading-4">Kan al</h4>
          <ul class="utrecht-unordered-list">
            {met.map((requirement) => (
              <li>
                {requirement.competenceLabel} ({requirement.label})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {trainable.length ? (
        <>
          <h4 class="utrecht-heading-4">Nog te leren, kan in de voorbereiding</h4>
          <ul class="utrecht-unordered-list">
            {trainable.map((gap) => (
              <li>
                {gap.competenceLabel} ({gap.label}, {requirementTierLabels[gap.tier].toLowerCase()})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notTrainable.length ? (
        <>
          <h4 class="utrecht-heading-4">Verschil dat groter is</h4>
          <ul class="utrecht-unordered-list">
            {notTrainable.map((gap) => (
              <li>
                {gap.competenceLabel} ({gap.label}, {requirementTierLabels[gap.tier].toLowerCase()})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** What this vacancy offers that makes it passend werk; it counts in every candidate's score. */
function PassendWerk({ phrases }: { phrases: readonly string[] }) {
  return (
    <Paragraph>
      Passend werk: {passendWerkText(phrases).toLowerCase()}. Dit telt mee in de score van iedereen op de
      lijst.
    </Paragraph>
  );
}

export function candidatePages(web: Hono<WebBindings>, tools: EmployerTools) {
  const { deps } = tools;
  web.get(`${candidatesPath(':id')}`, tools.signedIn, tools.employer, async (c) => {
    const { ctx, me } = pageContext(c, deps);
    if (!deps.meetAndGreets) throw notFound({ nl: 'Deze pagina', en: 'Page' });
    const id = idParam(c);
    const vacancy = await getVacancy(ctx, id, deps.reference);
    const ranking = await listCandidates(ctx, id, { limit: 25 }, deps.meetAndGreets);
    const gates = GATE_REASONS.filter((reason) => (ranking.gateFailures[reason] ?? 0) > 0);
    return c.html(
      <Page title={`Kandidaten: ${vacancy.title}`} signedIn={me} section="vacancies">
        <Paragraph>
          <Link href={vacancyPath(vacancy.id)}>Terug naar de vacature</Link>
        </Paragraph>
        <Heading1>Kandidaten voor {vacancy.title}</Heading1>
        <Paragraph lead>
          U ziet hier geen namen. Iedereen heeft een kandidaatcode. U leest wat iemand kan en wat nog te leren
          is. Wie iemand is, ziet u pas als die persoon daar zelf toestemming voor gaf.
        </Paragraph>
        <Paragraph>
          {ranking.total === 1 ? '1 persoon past' : `${ranking.total} mensen passen`} bij wat u vraagt.
        </Paragraph>
        <PassendWerk phrases={vacancy.passendWerk} />
        {gates.length ? (
          <section aria-labelledby="niet-op-de-lijst">
            <Heading2 id="niet-op-de-lijst">Wie niet op de lijst staat, en waarom</Heading2>
            <ul class="utrecht-unordered-list">
              {gates.map((reason) => (
                <li>{gateSentence(reason, ranking.gateFailures[reason] ?? 0)}</li>
              ))}
            </ul>
            <Paragraph>Iemand kan om meer dan één reden niet op de lijst staan.</Paragraph>
          </section>
        ) : null}
        <Heading2>De lijst</Heading2>
        {ranking.items.length ? (
          <ol class="candidate-list">
            {ranking.items.map((candidate) => (
              <li class="candidate-card">
                <h3 class="utrecht-heading-3">
                  {candidate.rank}. Kandidaat {candidate.candidateCode}
                </h3>
                <Paragraph>
                  Past voor {Math.round(candidate.score * 100)}%.
                  {candidate.distanceKm !== null
                    ? ` Woont ongeveer ${formatNumber(Math.round(candidate.distanceKm))} km van de werkplek.`
                    : ''}{' '}
                  Wil {candidate.wantedHours.min} tot {candidate.wantedHours.max} uur per week werken.
                </Paragraph>
                {candidate.summaryForEmployers ? (
                  <blockquote class="candidate-card__summary">
                    <Paragraph>{candidate.summaryForEmployers}</Paragraph>
                  </blockquote>
                ) : null}
                <Fit candidate={candidate} />
              </li>
            ))}
          </ol>
        ) : (
          <Paragraph>Er past nu nog niemand. Kijk later nog eens: er komen steeds mensen bij.</Paragraph>
        )}
      </Page>,
    );
  });
}
