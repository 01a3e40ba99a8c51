import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import {
  addEvidenceSchema,
  completeAssessmentSchema,
  saveAnswersSchema,
} from '../src/modules/assessments/assessment.schemas';
import {
  addEvidence,
  completeAssessment,
  saveAnswers,
  startAssessment,
} from '../src/modules/assessments/assessment.service';
import type { ConsentPurpose } from '../src/modules/consents/consent.entity';
import { recordConsentSchema } from '../src/modules/consents/consent.schemas';
import { recordConsent } from '../src/modules/consents/consent.service';
import { currentConsentTextVersion } from '../src/modules/consents/consent-texts';
import { requestErasureFor } from '../src/modules/erasure/erasure.service';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { registerJobSeekerSchema } from '../src/modules/job-seekers/job-seeker.schemas';
import { registerJobSeeker } from '../src/modules/job-seekers/job-seeker.service';
import type { LegalQualificationCode } from '../src/modules/matching/engine/legal-requirements';
import { putJobSeekerLegalQualifications } from '../src/modules/matching/legal-qualifications.service';
import { putLegalQualificationsSchema } from '../src/modules/matching/matching.schemas';
import type { Organisation } from '../src/modules/organisations/organisation.entity';
import { addDays, programmeToday } from '../src/modules/readiness/review-dates';
import { segmentOverrideSchema } from '../src/modules/readiness/segment-decision.schemas';
import { overrideSegment } from '../src/modules/readiness/segment-decision.service';
import type { Segment } from '../src/modules/readiness/segmentation';
import type { User } from '../src/modules/users/user.entity';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// About thirty fictional Rotterdammers, as lifecoaches and partner workers would have entered them
// over the last months: registered, consent asked per purpose, an assessment in two or three
// conversations, evidence, a strengths summary in plain Dutch, a computed segment (and twice a
// lifecoach who deviates from it, with reasons). Names, phone numbers and stories are invented.
//
// Everything goes through the service verbs and their zod schemas, as a request would, so the demo
// shows what the service really produces. Each persona says which segment the rules must compute;
// the seed stops with a clear error when a change of the instrument's rules breaks that.
//
// Strengths summaries, evidence and wishes can reach employers (an anonymous shortlist shows the
// summary), so they are written without the person's name, gender or origin. Support needs (the
// stoplight note, preconditions, obstacles) stay with the lifecoach and the programme.

// ---- shapes ------------------------------------------------------------------------------------

type LifecoachKey = 'lifecoachSamira' | 'lifecoachKees';
type PartnerWorkerKey = 'partnerWorker' | 'partnerWorkerDelfshaven';
type EmployerKey = 'employerHaven' | 'employerSchoon' | 'employerZorg';

type Horizon = 'drie_maanden' | 'anderhalf_jaar' | 'onbekend';
type Obstacle = { type: string; bekend: boolean; oplosbaarBinnen: Horizon; toelichting?: string };
type Mobility = 'lopen' | 'fiets' | 'scooter' | 'ov' | 'auto' | 'rijbewijs_b';

type Gedrag = {
  afsprakenNakomen: number;
  opTijdKomen: number;
  feedbackAannemen: number;
  samenwerken: number;
  omHulpVragen: number;
  regelsVolgen: number;
  leerbaarheid: number;
};

type Willen = {
  motivatie: number;
  uren: { min: number; max: number };
  reisafstandKm: number;
  contractwensen: ('vast' | 'tijdelijk' | 'uitzendwerk' | 'leerwerkbaan' | 'oproepcontract')[];
  werktijden?: ('overdag' | 'avond' | 'nacht' | 'weekend')[];
  /** ESCO occupation codes from reference/esco/occupations.v1.json. */
  beroepen?: string[];
  /** ISCO sub-major groups from reference/esco/sectors.v1.json. */
  sectoren?: string[];
  toelichting?: string;
};

type Randvoorwaarden = {
  huisvesting: 'stabiel' | 'tijdelijk' | 'geen_vaste_woonplek';
  inkomen: 'op_orde' | 'onzeker' | 'geen';
  levenssituatie: 'op_orde' | 'wisselend' | 'onrustig';
  kinderopvang: 'niet_nodig' | 'geregeld' | 'nog_niet_geregeld';
  obstakels: Obstacle[];
  mobiliteit: Mobility[];
  steunNodig?: string;
};

type Evidence = {
  kind:
    | 'vrijwilligerswerk'
    | 'werkervaring'
    | 'leerwerkplek_of_stage'
    | 'opleiding_of_cursus'
    | 'mantelzorg_of_thuis'
    | 'anders';
  description: string;
  competenceCodes: string[];
};

type DemoAssessment = {
  /** Days before the seed moment the assessment was completed; null: still a draft. */
  completedDaysAgo: number | null;
  /** Conversations the answers are saved in (a draft saves only the first). */
  conversations: 1 | 2 | 3;
  stoplicht: { fase: 'groen' | 'oranje' | 'rood'; notitie?: string };
  /** Level 0–4 per competence code; the three L-NL items are required. */
  kunnen?: Record<string, number>;
  willen?: Willen;
  gedrag?: Gedrag;
  persoonlijkheid?: Record<string, number>;
  randvoorwaarden?: Randvoorwaarden;
  evidence?: Evidence[];
  strengthsSummary?: string;
  /** What employers read: written in words that reveal no gender, age, origin, religion or health. */
  summaryForEmployers?: string;
  /** What the segmentation rules must compute from these answers. */
  computedSegment?: Segment;
  override?: { segment: Segment; justification: string; daysAgo: number; reviewInDays?: number };
};

type DemoConsents = {
  programme: boolean;
  /** undefined: never asked. */
  matching?: 'given' | { withdrawnDaysAgo: number };
  meetAndGreet?: boolean;
  profileSharingWith?: EmployerKey[];
  /** Agreed that health, addiction or justice may be written down (needed before the assessment does). */
  specialCategories?: boolean;
};

export type DemoPersona = {
  fullName: string;
  phone: string;
  email?: string;
  postcode: string;
  dateOfBirth?: string;
  preferredLanguage?: string;
  lifecoach: LifecoachKey;
  /** Registered by a worker of a partner organisation, who referred the person. */
  referredBy?: PartnerWorkerKey;
  /** What the partner worker wrote for the lifecoach at the referral. */
  referralNote?: string;
  /** How the person is best reached, as the one who registered them wrote it. */
  howToReach?: string;
  /** The person told the lifecoach they want to stop, this many days ago (an open stop request). */
  stoppedDaysAgo?: number;
  registeredDaysAgo: number;
  consents: DemoConsents;
  assessment?: DemoAssessment;
  /** Certificates the law asks for in some jobs, recorded by the lifecoach after the assessment. */
  legalQualifications?: LegalQualificationCode[];
};

// ---- small builders ----------------------------------------------------------------------------

/** Every work behaviour at `score`, learnability too, with the exceptions given. */
const gedrag = (score: number, exceptions: Partial<Gedrag> = {}): Gedrag => ({
  afsprakenNakomen: score,
  opTijdKomen: score,
  feedbackAannemen: score,
  samenwerken: score,
  omHulpVragen: score,
  regelsVolgen: score,
  leerbaarheid: score,
  ...exceptions,
});

/** Housing, income, life and care for others in order and nothing in the way, unless said otherwise. */
const preconditions = (mobiliteit: Mobility[], changes: Partial<Randvoorwaarden> = {}): Randvoorwaarden => ({
  huisvesting: 'stabiel',
  inkomen: 'op_orde',
  levenssituatie: 'op_orde',
  kinderopvang: 'niet_nodig',
  obstakels: [],
  mobiliteit,
  ...changes,
});

const dutch = (speaking: number, reading: number, writing: number) => ({
  'L-NL-SPREKEN': speaking,
  'L-NL-LEZEN': reading,
  'L-NL-SCHRIJVEN': writing,
});

const consentsFor = {
  /** Taking part, being matched and coming to a Meet & Greet. */
  all: { programme: true, matching: 'given', meetAndGreet: true } as DemoConsents,
  /** Taking part and being matched. */
  matching: { programme: true, matching: 'given' } as DemoConsents,
  /** Taking part only: matching was not asked (yet). */
  programmeOnly: { programme: true } as DemoConsents,
};

// ---- the personas ------------------------------------------------------------------------------

export const demoPersonas: DemoPersona[] = [
  // ---- READY: kansrijk voor werk ---------------------------------------------------------------
  {
    fullName: 'Fatma Yıldız',
    phone: '06 12 48 73 90',
    email: 'fatma.yildiz@mail.example',
    postcode: '3073 KL',
    dateOfBirth: '1981-03-14',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 75,
    consents: consentsFor.all,
    assessment: {
      completedDaysAgo: 60,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(3, 2, 2),
        'P-SCHOONMAKEN': 4,
        'T-HYGIENIC-WORK': 3,
        'T-ATTEND-TO-DETAIL': 3,
        'T-WORK-INDEPENDENTLY': 3,
        'P-KEUKENHULP': 2,
      },
      willen: {
        motivatie: 4,
        uren: { min: 20, max: 28 },
        reisafstandKm: 8,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['9112.2', '9111.1', '9112.4'],
        sectoren: ['91'],
      },
      gedrag: gedrag(4, { leerbaarheid: 3 }),
      persoonlijkheid: { alleenOfTeam: 2, dingenOfMensen: 2, vastOfAfwisseling: 2 },
      randvoorwaarden: preconditions(['lopen', 'fiets', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description:
            'Maakt al drie jaar twee ochtenden per week het buurthuis in Hillesluis schoon, als vrijwilliger bij een sociale onderneming.',
          competenceCodes: ['P-SCHOONMAKEN', 'T-WORK-INDEPENDENTLY'],
        },
      ],
      strengthsSummary:
        'Werkt netjes en precies. Ziet zelf wat er moet gebeuren en maakt het werk af. ' +
        'Maakt al drie jaar een buurthuis schoon; daar weten ze dat het dan in orde is.',
      summaryForEmployers:
        'Werkt netjes en precies. Ziet zelf wat er moet gebeuren en maakt het werk af. Maakt als vrijwilliger al drie jaar een buurthuis schoon.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Johan Verbeek',
    phone: '06-23591847',
    postcode: '3084 BN',
    dateOfBirth: '1973-08-02',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 70,
    consents: { ...consentsFor.all, profileSharingWith: ['employerHaven'] },
    legalQualifications: ['HEFTRUCK'],
    assessment: {
      completedDaysAgo: 55,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 2),
        'P-ORDERPICKEN': 3,
        'P-MAGAZIJN': 3,
        'T-HANDHELD-DEVICES': 3,
        'T-SAFE-WORK': 3,
        'T-WORK-IN-TEAMS': 3,
        'T-INSTRUCT-OTHERS': 3,
      },
      willen: {
        motivatie: 5,
        uren: { min: 32, max: 40 },
        reisafstandKm: 15,
        contractwensen: ['vast', 'tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['9333.8.1', '9333.8', '8344.1'],
        sectoren: ['93', '83'],
      },
      gedrag: gedrag(4),
      persoonlijkheid: { alleenOfTeam: 4, dingenOfMensen: 1, binnenOfBuiten: 3 },
      randvoorwaarden: preconditions(['fiets', 'auto', 'rijbewijs_b']),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Werkte twaalf jaar in een magazijn in de haven, de laatste jaren als vaste kracht.',
          competenceCodes: ['P-ORDERPICKEN', 'P-MAGAZIJN'],
        },
        {
          kind: 'opleiding_of_cursus',
          description: 'Heftruckcertificaat, opnieuw gehaald in 2025.',
          competenceCodes: ['P-MAGAZIJN', 'T-SAFE-WORK'],
        },
      ],
      strengthsSummary:
        'Kent magazijnwerk door en door. Werkt veilig en rustig, ook als het druk is. ' +
        'Leert nieuwe collega’s graag hoe het moet. Zoekt weer een vaste plek in een team.',
      summaryForEmployers:
        'Kent magazijnwerk door en door. Werkt veilig en rustig, ook als het druk is. Leert nieuwe collega’s graag hoe het moet. Zoekt een vaste plek in een team.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Kevin Martina',
    phone: '06 3427 1958',
    email: 'kevin.martina@mail.example',
    postcode: '3082 TC',
    dateOfBirth: '1998-11-20',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 50,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 38,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(3, 3, 2),
        'P-ORDERPICKEN': 3,
        'P-BEZORGING': 2,
        'T-WORK-EFFICIENTLY': 3,
        'T-HANDHELD-DEVICES': 3,
        'T-GPS-NAVIGATION': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 40 },
        reisafstandKm: 20,
        contractwensen: ['vast', 'tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag', 'avond', 'nacht'],
        beroepen: ['9333.8.1', '9333.2', '8322.2'],
      },
      gedrag: gedrag(3, { samenwerken: 4, leerbaarheid: 4 }),
      persoonlijkheid: { vastOfAfwisseling: 4, rustigOfDruk: 4 },
      randvoorwaarden: preconditions(['fiets', 'scooter', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description:
            'Pakt sinds een jaar elke week voedselpakketten in en brengt ze rond, als vrijwilliger bij de voedselbank in Charlois.',
          competenceCodes: ['P-ORDERPICKEN', 'P-BEZORGING'],
        },
      ],
      strengthsSummary:
        'Werkt vlot en houdt van aanpakken. Leert snel werken met een scanner of een app. ' +
        'Is bij de voedselbank de vaste kracht op donderdag.',
      summaryForEmployers:
        'Werkt vlot en houdt van aanpakken. Leert snel werken met een scanner of een app. Is bij de voedselbank elke donderdag de vaste kracht.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Priscilla Doelwijt',
    phone: '+31 6 45218376',
    email: 'priscilla.doelwijt@mail.example',
    postcode: '3083 HR',
    dateOfBirth: '1987-05-09',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 64,
    consents: { ...consentsFor.all, profileSharingWith: ['employerZorg'] },
    legalQualifications: ['ZORG_VOG'],
    assessment: {
      completedDaysAgo: 49,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-ZORG-ONDERSTEUNING': 3,
        'T-INTERACT-WITH-OTHERS': 4,
        'T-HYGIENIC-WORK': 3,
        'T-CONSIDERATION': 4,
        'P-KEUKENHULP': 2,
      },
      willen: {
        motivatie: 5,
        uren: { min: 20, max: 32 },
        reisafstandKm: 10,
        contractwensen: ['vast', 'tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag', 'weekend'],
        beroepen: ['5321.1', '5322.1', '5321.1.1'],
        sectoren: ['53'],
      },
      gedrag: gedrag(4, { feedbackAannemen: 5, leerbaarheid: 4 }),
      persoonlijkheid: { dingenOfMensen: 5, alleenOfTeam: 4 },
      randvoorwaarden: preconditions(['lopen', 'ov'], { kinderopvang: 'geregeld' }),
      evidence: [
        {
          kind: 'mantelzorg_of_thuis',
          description:
            'Zorgt al zes jaar voor een familielid: helpen met wassen en aankleden, eten klaarmaken, afspraken plannen.',
          competenceCodes: ['P-ZORG-ONDERSTEUNING', 'T-CONSIDERATION'],
        },
        {
          kind: 'vrijwilligerswerk',
          description: 'Helpt één middag per week bij de activiteiten in een verpleeghuis in Carnisse.',
          competenceCodes: ['T-INTERACT-WITH-OTHERS'],
        },
      ],
      strengthsSummary:
        'Warm en geduldig: mensen voelen zich snel op hun gemak. Weet uit eigen ervaring wat goede zorg is. ' +
        'Wil graag in de zorg werken en verder leren.',
      summaryForEmployers:
        'Warm en geduldig: mensen voelen zich snel op hun gemak. Wil graag in de zorg werken en verder leren.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Youssef Bouzid',
    phone: '06 5617 2043',
    postcode: '3025 EK',
    dateOfBirth: '1994-01-27',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorkerDelfshaven',
    registeredDaysAgo: 45,
    consents: consentsFor.all,
    assessment: {
      completedDaysAgo: 30,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(3, 2, 2),
        'P-KEUKENHULP': 3,
        'P-HORECA-SERVICE': 2,
        'T-HYGIENIC-WORK': 3,
        'T-COPE-WITH-PRESSURE': 3,
        'T-WORK-IN-TEAMS': 4,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 36 },
        reisafstandKm: 12,
        contractwensen: ['vast', 'tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag', 'avond', 'weekend'],
        beroepen: ['9412.1', '5120.1', '9412.2'],
        sectoren: ['94', '51'],
      },
      gedrag: gedrag(4, { omHulpVragen: 3 }),
      persoonlijkheid: { alleenOfTeam: 5, rustigOfDruk: 5 },
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description:
            'Kookt twee avonden per week in een buurtrestaurant in Delfshaven, een sociale onderneming. Maakt daar maaltijden voor zestig gasten.',
          competenceCodes: ['P-KEUKENHULP', 'T-COPE-WITH-PRESSURE'],
        },
        {
          kind: 'opleiding_of_cursus',
          description: 'Certificaat hygiëne in de keuken (HACCP), cursus bij Roffabriek in 2025.',
          competenceCodes: ['T-HYGIENIC-WORK'],
        },
      ],
      strengthsSummary:
        'Blijft rustig als het druk wordt in de keuken. Werkt schoon en volgens de regels. ' +
        'Kookt graag voor veel mensen en wil kok worden.',
      summaryForEmployers:
        'Blijft rustig als het druk wordt in de keuken. Werkt schoon en volgens de regels. Kookt graag voor veel mensen en wil kok worden.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Anna Kowalska',
    phone: '06-67203918',
    email: 'anna.kowalska@mail.example',
    postcode: '3074 RT',
    dateOfBirth: '1990-07-03',
    preferredLanguage: 'pl',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 80,
    consents: { programme: true, matching: { withdrawnDaysAgo: 12 } },
    assessment: {
      completedDaysAgo: 66,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(2, 2, 1),
        'P-SCHOONMAKEN': 4,
        'P-HORECA-SERVICE': 2,
        'T-WORK-EFFICIENTLY': 4,
        'T-MANAGE-QUALITY': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 28, max: 40 },
        reisafstandKm: 15,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag', 'weekend'],
        beroepen: ['9112.4', '5152.2', '9112.2'],
      },
      gedrag: gedrag(4, { omHulpVragen: 3, leerbaarheid: 3 }),
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Werkte twee jaar via een uitzendbureau in de schoonmaak van een groot hotel.',
          competenceCodes: ['P-SCHOONMAKEN', 'T-WORK-EFFICIENTLY'],
        },
      ],
      strengthsSummary:
        'Werkt snel en grondig. Weet precies hoe een hotelkamer er perfect uitziet. ' +
        'Wil het Nederlands verder verbeteren en zoekt een vaste baan.',
      summaryForEmployers:
        'Werkt snel en grondig. Weet precies hoe een hotelkamer er perfect uitziet. Zoekt een vaste baan.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Ricardo Lopes Tavares',
    phone: '06 1873 5520',
    postcode: '3024 AV',
    dateOfBirth: '2001-09-15',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 40,
    consents: consentsFor.all,
    legalQualifications: ['VCA_BASIS'],
    assessment: {
      completedDaysAgo: 26,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(3, 2, 2),
        'P-BOUW-ASSISTENTIE': 3,
        'P-GEREEDSCHAP': 3,
        'T-SAFE-WORK': 3,
        'T-WORK-IN-TEAMS': 4,
        'T-WORK-MEASUREMENTS': 2,
      },
      willen: {
        motivatie: 5,
        uren: { min: 32, max: 40 },
        reisafstandKm: 25,
        contractwensen: ['vast', 'tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag'],
        beroepen: ['9313.1', '7115.1', '9622.1'],
        sectoren: ['71', '93'],
      },
      gedrag: gedrag(4, { opTijdKomen: 3, leerbaarheid: 5 }),
      persoonlijkheid: { binnenOfBuiten: 5, dingenOfMensen: 2 },
      randvoorwaarden: preconditions(['fiets', 'scooter', 'ov']),
      evidence: [
        {
          kind: 'opleiding_of_cursus',
          description: 'VCA Basis-certificaat, gehaald in 2025.',
          competenceCodes: ['T-SAFE-WORK'],
        },
        {
          kind: 'leerwerkplek_of_stage',
          description:
            'Zes weken meegewerkt bij een klusbedrijf van Roffabriek: sjouwen, tegels zetten, verven. De voorman was tevreden.',
          competenceCodes: ['P-BOUW-ASSISTENTIE', 'P-GEREEDSCHAP'],
        },
      ],
      strengthsSummary:
        'Werkt graag met de handen, en graag buiten. Leert snel door te kijken en te doen. ' +
        'Een fijne collega in een team, die overal bij helpt.',
      summaryForEmployers:
        'Werkt graag met de handen, en graag buiten. Leert snel door te kijken en te doen. Een fijne collega in een team, die overal bij helpt.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Sandra de Jong',
    phone: '06 2946 8831',
    email: 'sandradejong@mail.example',
    postcode: '3086 PL',
    dateOfBirth: '1976-12-01',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 58,
    consents: consentsFor.all,
    legalQualifications: ['ZORG_VOG'],
    assessment: {
      completedDaysAgo: 44,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 4, 3),
        'P-KLANTCONTACT': 4,
        'P-KASSAWERK': 3,
        'T-GOOD-MANNERS': 4,
        'P-ADMINISTRATIEF': 2,
        'T-ONLINE-COMMUNICATION': 2,
      },
      willen: {
        motivatie: 4,
        uren: { min: 16, max: 24 },
        reisafstandKm: 10,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['5230.1', '4226.1', '5223.6'],
        sectoren: ['52', '42'],
      },
      gedrag: gedrag(4, { samenwerken: 5 }),
      persoonlijkheid: { dingenOfMensen: 5, rustigOfDruk: 4 },
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description:
            'Staat drie ochtenden per week achter de kassa van de kringloopwinkel in Pendrecht, een sociale onderneming.',
          competenceCodes: ['P-KASSAWERK', 'P-KLANTCONTACT'],
        },
      ],
      strengthsSummary:
        'Vriendelijk, met voor iedereen een goed woord. Klanten komen graag terug. ' +
        'Gaat zorgvuldig om met geld en de kassa en houdt het overzicht.',
      summaryForEmployers:
        'Vriendelijk, met voor iedereen een goed woord. Klanten komen graag terug. Gaat zorgvuldig om met geld en de kassa en houdt het overzicht.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Ahmed Hassan',
    phone: '06 4135 7762',
    postcode: '3026 XG',
    dateOfBirth: '1984-04-22',
    preferredLanguage: 'ar',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 52,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 35,
      conversations: 3,
      stoplicht: { fase: 'oranje', notitie: 'Schuldhulp loopt; de regeling is bijna rond.' },
      kunnen: {
        ...dutch(2, 1, 1),
        'P-PRODUCTIEWERK': 3,
        'P-ORDERPICKEN': 2,
        'T-WORK-EFFICIENTLY': 3,
        'T-PERSIST': 4,
        'T-SAFE-WORK': 3,
      },
      willen: {
        motivatie: 5,
        uren: { min: 32, max: 40 },
        reisafstandKm: 20,
        contractwensen: ['vast', 'tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['9329.1', '9321.2', '9333.8.1'],
      },
      gedrag: gedrag(4, { omHulpVragen: 3 }),
      persoonlijkheid: { alleenOfTeam: 3, vastOfAfwisseling: 1 },
      randvoorwaarden: preconditions(['fiets', 'ov'], {
        obstakels: [
          {
            type: 'schulden',
            bekend: true,
            oplosbaarBinnen: 'drie_maanden',
            toelichting: 'Schuldhulpverlening loopt via de Kredietbank.',
          },
        ],
      }),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Acht jaar werk in een textielfabriek, aan de lijn.',
          competenceCodes: ['P-PRODUCTIEWERK', 'T-PERSIST'],
        },
      ],
      strengthsSummary:
        'Een harde werker die volhoudt. Veel ervaring met werk aan de lijn. ' +
        'Is op tijd en komt afspraken na. Het Nederlands wordt elke maand beter.',
      summaryForEmployers:
        'Werkt hard en houdt vol. Veel ervaring met werk aan de lijn. Is op tijd en komt afspraken na.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Marleen Kok',
    phone: '06 5081 3367',
    postcode: '3079 DG',
    dateOfBirth: '1968-10-30',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 100,
    consents: consentsFor.all,
    assessment: {
      // Review of this decision is due in a few days.
      completedDaysAgo: 86,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 4, 3),
        'P-KEUKENHULP': 3,
        'P-ZORG-ONDERSTEUNING': 2,
        'T-INTERACT-WITH-OTHERS': 4,
        'T-SUPPORT-COLLEAGUES': 3,
        'T-HYGIENIC-WORK': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 16, max: 24 },
        reisafstandKm: 8,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['9412.2', '5321.1'],
        sectoren: ['94', '53'],
      },
      gedrag: gedrag(5, { leerbaarheid: 3 }),
      persoonlijkheid: { dingenOfMensen: 4, rustigOfDruk: 2 },
      randvoorwaarden: preconditions(['lopen', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description: 'Kookt al vier jaar elke woensdag voor veertig buurtbewoners in het buurthuis.',
          competenceCodes: ['P-KEUKENHULP', 'T-SUPPORT-COLLEAGUES'],
        },
      ],
      strengthsSummary:
        'Betrouwbaar en zorgzaam, met veel levenservaring. Blijft kalm. ' +
        'Kookt elke week voor veertig mensen en houdt de keuken schoon. Werkt het liefst overdag.',
      summaryForEmployers:
        'Betrouwbaar en zorgzaam. Blijft kalm. Kookt elke week voor veertig mensen en houdt de keuken schoon. Werkt het liefst overdag.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Emre Demir',
    phone: '06 3389 1204',
    email: 'emre.demir@mail.example',
    postcode: '3072 HB',
    dateOfBirth: '2003-06-11',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 30,
    consents: consentsFor.programmeOnly,
    assessment: {
      completedDaysAgo: 18,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-KLANTCONTACT': 3,
        'P-KASSAWERK': 2,
        'P-MAGAZIJN': 2,
        'T-ONLINE-COMMUNICATION': 3,
        'T-SEARCH-ONLINE': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 38 },
        reisafstandKm: 15,
        contractwensen: ['tijdelijk', 'leerwerkbaan', 'uitzendwerk'],
        werktijden: ['avond', 'weekend'],
        beroepen: ['5223.6', '9334.1', '4222.1'],
        sectoren: ['52'],
      },
      gedrag: gedrag(3, { leerbaarheid: 4, samenwerken: 4 }),
      persoonlijkheid: { dingenOfMensen: 4, vastOfAfwisseling: 5 },
      randvoorwaarden: preconditions(['fiets', 'scooter', 'ov']),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Bijbaan van twee jaar in een supermarkt: vakken vullen en kassa.',
          competenceCodes: ['P-KASSAWERK', 'P-MAGAZIJN'],
        },
      ],
      strengthsSummary:
        'Handig met computers en telefoons, en helpt klanten graag op weg. ' +
        'Houdt van afwisseling en leert snel. Zoekt een baan om in te groeien.',
      summaryForEmployers:
        'Handig met computers en telefoons, en helpt klanten graag op weg. Houdt van afwisseling en leert snel. Zoekt een baan om in te groeien.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Naima Azzouzi',
    phone: '06 4472 9015',
    email: 'naima.azzouzi@mail.example',
    postcode: '3035 VC',
    dateOfBirth: '1992-02-18',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 105,
    consents: consentsFor.all,
    legalQualifications: ['SOCIALE_HYGIENE'],
    assessment: {
      // Review of this decision is due today.
      completedDaysAgo: 90,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-KEUKENHULP': 4,
        'P-HORECA-SERVICE': 3,
        'T-HYGIENIC-WORK': 4,
        'T-MANAGE-TIME': 3,
        'T-INSTRUCT-OTHERS': 3,
      },
      willen: {
        motivatie: 5,
        uren: { min: 20, max: 30 },
        reisafstandKm: 10,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['9412.2', '5131.2', '5120.1'],
        sectoren: ['94', '51'],
      },
      gedrag: gedrag(4, { afsprakenNakomen: 5, leerbaarheid: 4 }),
      persoonlijkheid: { alleenOfTeam: 4, rustigOfDruk: 4, opdrachtOfZelf: 4 },
      randvoorwaarden: preconditions(['fiets', 'ov'], { kinderopvang: 'geregeld' }),
      evidence: [
        {
          kind: 'opleiding_of_cursus',
          description: 'Verklaring Sociale Hygiëne, gehaald in 2024.',
          competenceCodes: ['T-HYGIENIC-WORK'],
        },
        {
          kind: 'vrijwilligerswerk',
          description:
            'Draait elke vrijdag de buurtkeuken in het Oude Noorden, een sociale onderneming. Plant de boodschappen en leert nieuwe vrijwilligers het werk.',
          competenceCodes: ['P-KEUKENHULP', 'T-MANAGE-TIME', 'T-INSTRUCT-OTHERS'],
        },
      ],
      strengthsSummary:
        'Kan goed plannen en houdt het overzicht in een drukke keuken. Legt het werk rustig uit aan anderen. ' +
        'Werkt hygiënisch en is gastvrij.',
      summaryForEmployers:
        'Kan goed plannen en houdt het overzicht in een drukke keuken. Legt het werk rustig uit aan anderen. Werkt hygiënisch en is gastvrij.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Dennis Tjon A Fong',
    phone: '06 2107 6648',
    postcode: '3066 GH',
    dateOfBirth: '1979-09-05',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 35,
    consents: consentsFor.all,
    legalQualifications: ['BHV'],
    assessment: {
      completedDaysAgo: 21,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-BEVEILIGING': 2,
        'P-KLANTCONTACT': 3,
        'T-SAFE-WORK': 3,
        'T-INTERCULTURAL': 4,
        'T-GOOD-MANNERS': 4,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 36 },
        reisafstandKm: 20,
        contractwensen: ['vast', 'tijdelijk', 'oproepcontract'],
        werktijden: ['avond', 'weekend', 'nacht'],
        beroepen: ['5414.1.4', '9629.7', '4226.1'],
        sectoren: ['54'],
      },
      gedrag: gedrag(4),
      persoonlijkheid: { dingenOfMensen: 5, rustigOfDruk: 4 },
      randvoorwaarden: preconditions(['ov', 'auto', 'rijbewijs_b']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description: 'Drie jaar verkeersregelaar en gastheer bij evenementen in Rotterdam.',
          competenceCodes: ['P-BEVEILIGING', 'P-KLANTCONTACT'],
        },
        {
          kind: 'anders',
          description: 'Vlog van 90 seconden: een korte kennismaking, opgenomen bij Roffabriek.',
          competenceCodes: [],
        },
      ],
      strengthsSummary:
        'Rustig en beleefd, ook als mensen boos worden. Kan met iedereen praten. ' +
        'Houdt bij evenementen het overzicht en zorgt dat iedereen veilig is.',
      summaryForEmployers:
        'Rustig en beleefd, ook als mensen boos worden. Kan met iedereen praten. Houdt bij evenementen het overzicht en zorgt dat iedereen veilig is.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Esther Mensah',
    phone: '06 5593 2871',
    email: 'esther.mensah@mail.example',
    postcode: '3076 BE',
    dateOfBirth: '1996-03-28',
    preferredLanguage: 'en',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 42,
    consents: consentsFor.all,
    legalQualifications: ['ZORG_VOG'],
    assessment: {
      completedDaysAgo: 28,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(3, 3, 2),
        'P-ZORG-ONDERSTEUNING': 3,
        'P-SCHOONMAKEN': 3,
        'T-HYGIENIC-WORK': 3,
        'T-CONSIDERATION': 4,
        'T-INTERACT-WITH-OTHERS': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 32 },
        reisafstandKm: 12,
        contractwensen: ['vast', 'tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['5321.1.1', '5321.1', '9112.4'],
        sectoren: ['53'],
      },
      gedrag: gedrag(4, { leerbaarheid: 4 }),
      persoonlijkheid: { dingenOfMensen: 4 },
      randvoorwaarden: preconditions(['ov'], { kinderopvang: 'geregeld' }),
      evidence: [
        {
          kind: 'leerwerkplek_of_stage',
          description: 'Snuffelstage van twee weken in een verpleeghuis in Lombardijen.',
          competenceCodes: ['P-ZORG-ONDERSTEUNING'],
        },
        {
          kind: 'mantelzorg_of_thuis',
          description: 'Helpt een buurvrouw van 85 elke dag met boodschappen en het huishouden.',
          competenceCodes: ['T-CONSIDERATION', 'P-SCHOONMAKEN'],
        },
      ],
      strengthsSummary:
        'Zorgzaam en oplettend: ziet wat mensen nodig hebben. Werkt schoon en zorgvuldig. ' +
        'Wil verder in de zorg en staat open voor een opleiding naast het werk.',
      summaryForEmployers:
        'Zorgzaam en oplettend: ziet wat mensen nodig hebben. Werkt schoon en zorgvuldig. Wil verder in de zorg en staat open voor een opleiding naast het werk.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Bas van Dijk',
    phone: '06 1290 4457',
    postcode: '3191 KM',
    dateOfBirth: '1989-12-12',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 25,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 14,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 2),
        'P-GROENVOORZIENING': 3,
        'P-GEREEDSCHAP': 3,
        'P-BOUW-ASSISTENTIE': 2,
        'T-WORK-INDEPENDENTLY': 3,
        'T-SAFE-WORK': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 32, max: 40 },
        reisafstandKm: 30,
        contractwensen: ['vast', 'tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag'],
        beroepen: ['6113.1', '6113.5', '9622.1'],
        sectoren: ['61', '92'],
      },
      gedrag: gedrag(3, { regelsVolgen: 4, leerbaarheid: 3 }),
      persoonlijkheid: { binnenOfBuiten: 5, alleenOfTeam: 2 },
      randvoorwaarden: preconditions(['fiets', 'auto', 'rijbewijs_b']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description: 'Onderhoudt het groen rond de stadsboerderij in Hoogvliet, twee dagen per week.',
          competenceCodes: ['P-GROENVOORZIENING', 'P-GEREEDSCHAP'],
        },
      ],
      strengthsSummary:
        'Werkt graag buiten en zelfstandig. Handig met gereedschap en machines. ' +
        'Heeft een rijbewijs en een auto, dus werk verder weg kan ook.',
      summaryForEmployers:
        'Werkt graag buiten en zelfstandig. Handig met gereedschap en machines. Heeft een rijbewijs en een auto, dus werk verder weg kan ook.',
      computedSegment: 'READY',
    },
  },
  {
    fullName: 'Gloria Rosario',
    phone: '06 4861 0392',
    email: 'gloria.rosario@mail.example',
    postcode: '3081 CW',
    dateOfBirth: '1999-08-08',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 48,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 33,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 2),
        'P-HORECA-SERVICE': 3,
        'P-KLANTCONTACT': 3,
        'T-COPE-WITH-PRESSURE': 3,
        'T-INTERACT-WITH-OTHERS': 4,
        'P-KASSAWERK': 2,
      },
      willen: {
        motivatie: 4,
        uren: { min: 20, max: 32 },
        reisafstandKm: 10,
        contractwensen: ['leerwerkbaan', 'tijdelijk'],
        werktijden: ['overdag', 'avond', 'weekend'],
        beroepen: ['5131.2', '5132.1.1'],
        sectoren: ['51'],
      },
      gedrag: gedrag(4, { feedbackAannemen: 3 }),
      persoonlijkheid: { dingenOfMensen: 5, rustigOfDruk: 5 },
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'leerwerkplek_of_stage',
          description:
            'Volgt het leer-werktraject horeca bij Roffabriek: bedienen in het restaurant, koffie zetten.',
          competenceCodes: ['P-HORECA-SERVICE'],
        },
      ],
      strengthsSummary:
        'Spontaan en gastvrij: gasten voelen zich welkom. ' +
        'Houdt van drukte en blijft vrolijk als het hard werken is.',
      summaryForEmployers:
        'Spontaan en gastvrij: gasten voelen zich welkom. Houdt van drukte en blijft vrolijk als het hard werken is.',
      computedSegment: 'READY',
      override: {
        segment: 'LATER',
        daysAgo: 31,
        justification:
          'Gloria wil eerst het leer-werktraject horeca bij Roffabriek afmaken; dat duurt nog tien weken. ' +
          'Ze kiest daar zelf voor, zodat ze met een certificaat en meer ervaring kan solliciteren. ' +
          'Na het traject kijken we samen opnieuw.',
      },
    },
  },

  // ---- LATER: kansrijk voor werk op termijn -----------------------------------------------------
  {
    fullName: 'Samuel Tesfay',
    phone: '06 3720 5586',
    postcode: '3027 LP',
    dateOfBirth: '2000-04-04',
    preferredLanguage: 'en',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorkerDelfshaven',
    registeredDaysAgo: 55,
    consents: consentsFor.all,
    assessment: {
      completedDaysAgo: 40,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(2, 1, 1),
        'P-ORDERPICKEN': 2,
        'P-MAGAZIJN': 2,
        'T-WORK-IN-TEAMS': 3,
        'T-WILLINGNESS-TO-LEARN': 4,
      },
      willen: {
        motivatie: 5,
        // Fewer hours than READY asks, while the language course runs.
        uren: { min: 8, max: 10 },
        reisafstandKm: 15,
        contractwensen: ['leerwerkbaan', 'tijdelijk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['9333.8.1', '9333.3'],
        toelichting: 'Volgt nu vier ochtenden per week taalles. Daarna graag meer uren.',
      },
      gedrag: gedrag(4, { leerbaarheid: 5 }),
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'vrijwilligerswerk',
          description: 'Helpt elke zaterdag bij het sorteren in de kledingbank in Delfshaven.',
          competenceCodes: ['P-MAGAZIJN', 'T-WORK-IN-TEAMS'],
        },
      ],
      strengthsSummary:
        'Wil heel graag werken en leert snel. Beleefd en behulpzaam. ' +
        'Leert nu vier ochtenden per week Nederlands. Een leer-werkplek in een magazijn past goed.',
      summaryForEmployers:
        'Wil heel graag werken en leert snel. Beleefd en behulpzaam. Een leer-werkplek in een magazijn past goed.',
      computedSegment: 'LATER',
    },
  },
  {
    fullName: 'Wendy Hoogendoorn',
    phone: '06 2258 9143',
    postcode: '3085 HT',
    dateOfBirth: '1983-06-19',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 100,
    consents: consentsFor.matching,
    assessment: {
      // Review of this decision is due in a couple of days.
      completedDaysAgo: 88,
      conversations: 3,
      stoplicht: { fase: 'oranje', notitie: 'Woont tijdelijk bij haar zus; schuldsanering loopt.' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-SCHOONMAKEN': 3,
        'P-KLANTCONTACT': 2,
        'T-WORK-INDEPENDENTLY': 3,
        'T-ATTEND-TO-DETAIL': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 16, max: 24 },
        reisafstandKm: 8,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['9112.2', '9112.4'],
        sectoren: ['91'],
      },
      gedrag: gedrag(4),
      randvoorwaarden: preconditions(['lopen', 'fiets'], {
        huisvesting: 'tijdelijk',
        obstakels: [
          {
            type: 'huisvesting',
            bekend: true,
            oplosbaarBinnen: 'anderhalf_jaar',
            toelichting: 'Ingeschreven voor een woning met urgentie.',
          },
          {
            type: 'schulden',
            bekend: true,
            oplosbaarBinnen: 'anderhalf_jaar',
            toelichting: 'Wettelijke schuldsanering loopt nog een jaar.',
          },
        ],
        steunNodig: 'Hulp bij het zoeken naar een woning.',
      }),
      strengthsSummary:
        'Werkt zelfstandig en zorgvuldig. Zet door, ook als het tegenzit. ' +
        'Heeft ervaring met schoonmaken in kantoren en wil weer aan het werk.',
      summaryForEmployers:
        'Werkt zelfstandig en zorgvuldig. Zet door, ook als het tegenzit. Heeft ervaring met schoonmaken in kantoren en wil weer aan het werk.',
      computedSegment: 'LATER',
    },
  },
  {
    fullName: 'Mustafa Koç',
    phone: '06 1946 3308',
    postcode: '3073 EV',
    dateOfBirth: '1975-02-10',
    preferredLanguage: 'tr',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 60,
    consents: { programme: true, matching: { withdrawnDaysAgo: 20 }, specialCategories: true },
    assessment: {
      completedDaysAgo: 45,
      conversations: 2,
      stoplicht: { fase: 'oranje', notitie: 'Herstel na een operatie; fysiotherapie loopt.' },
      kunnen: {
        ...dutch(3, 2, 1),
        'P-BOUW-ASSISTENTIE': 3,
        'P-GEREEDSCHAP': 4,
        'P-MAGAZIJN': 2,
        'T-INSTRUCT-OTHERS': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 16, max: 24 },
        reisafstandKm: 15,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['9622.1', '9333.3'],
      },
      gedrag: gedrag(4, { omHulpVragen: 3 }),
      randvoorwaarden: preconditions(['ov', 'auto', 'rijbewijs_b'], {
        levenssituatie: 'wisselend',
        obstakels: [
          {
            type: 'gezondheid',
            bekend: true,
            oplosbaarBinnen: 'anderhalf_jaar',
            toelichting: 'Revalidatie loopt; zwaar tillen kan voorlopig niet.',
          },
        ],
      }),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Twintig jaar klusjesman en onderhoudsman bij een woningcorporatie.',
          competenceCodes: ['P-GEREEDSCHAP', 'P-BOUW-ASSISTENTIE'],
        },
      ],
      strengthsSummary:
        'Een echte vakman: kan bijna alles repareren. Legt graag uit hoe iets werkt. ' +
        'Zoekt werk waarin die ervaring telt.',
      summaryForEmployers:
        'Kan bijna alles repareren en legt graag uit hoe iets werkt. Zoekt werk waarin die vakkennis telt.',
      computedSegment: 'LATER',
    },
  },
  {
    fullName: 'Jayden Pinas',
    phone: '06 5418 2296',
    email: 'jayden.pinas@mail.example',
    postcode: '3032 ER',
    dateOfBirth: '2005-10-01',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 38,
    consents: consentsFor.all,
    assessment: {
      completedDaysAgo: 24,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 2),
        'P-KEUKENHULP': 2,
        'P-ORDERPICKEN': 2,
        'T-ENTHUSIASM': 4,
        'T-SEARCH-ONLINE': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 36 },
        reisafstandKm: 15,
        contractwensen: ['leerwerkbaan', 'tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag', 'avond', 'weekend'],
        beroepen: ['9412.1', '9411.2', '9333.8.1'],
      },
      // Learns fast; keeping appointments and being on time he is practising.
      gedrag: {
        afsprakenNakomen: 2,
        opTijdKomen: 2,
        feedbackAannemen: 3,
        samenwerken: 3,
        omHulpVragen: 2,
        regelsVolgen: 3,
        leerbaarheid: 4,
      },
      persoonlijkheid: { vastOfAfwisseling: 5, rustigOfDruk: 5 },
      randvoorwaarden: preconditions(['fiets', 'scooter']),
      evidence: [
        {
          kind: 'leerwerkplek_of_stage',
          description: 'Stage van tien weken in de keuken van een lunchroom, tijdens de mbo-opleiding.',
          competenceCodes: ['P-KEUKENHULP'],
        },
      ],
      strengthsSummary:
        'Enthousiast en leert nieuwe dingen heel snel. Een gezellige collega. ' +
        'Oefent op een leer-werkplek met een vast ritme: op tijd komen en afspraken nakomen.',
      summaryForEmployers:
        'Enthousiast en leert nieuwe dingen heel snel. Een gezellige collega. Oefent op een leer-werkplek met een vast ritme: op tijd komen en afspraken nakomen.',
      computedSegment: 'LATER',
    },
  },
  {
    fullName: 'Ilse Vermeulen',
    phone: '06 3075 6614',
    email: 'ilse.vermeulen@mail.example',
    postcode: '3068 JN',
    dateOfBirth: '1980-11-23',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 44,
    consents: consentsFor.programmeOnly,
    assessment: {
      completedDaysAgo: 29,
      conversations: 3,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 4, 4),
        'P-ADMINISTRATIEF': 3,
        'P-KLANTCONTACT': 2,
        'T-SPREADSHEETS': 2,
        'T-ATTEND-TO-DETAIL': 3,
      },
      willen: {
        // Still unsure about working after years at home.
        motivatie: 2,
        uren: { min: 12, max: 16 },
        reisafstandKm: 10,
        contractwensen: ['tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag'],
        beroepen: ['4321.1', '4226.1'],
        toelichting: 'Was vijftien jaar thuis voor het gezin. Wil rustig opbouwen.',
      },
      gedrag: gedrag(4, { leerbaarheid: 3 }),
      persoonlijkheid: { alleenOfTeam: 2, opdrachtOfZelf: 2 },
      randvoorwaarden: preconditions(['fiets', 'ov']),
      evidence: [
        {
          kind: 'mantelzorg_of_thuis',
          description: 'Deed jarenlang de administratie en de geldzaken van het gezin en van een ouder.',
          competenceCodes: ['P-ADMINISTRATIEF', 'T-ATTEND-TO-DETAIL'],
        },
      ],
      strengthsSummary:
        'Precies en houdt van orde. Regelt al jaren de papieren en de geldzaken in de familie. ' +
        'Wil ontdekken welk werk past en rustig beginnen.',
      summaryForEmployers:
        'Precies en houdt van orde. Houdt papieren en geldzaken goed bij. Wil ontdekken welk werk past en rustig beginnen.',
      computedSegment: 'LATER',
    },
  },
  {
    fullName: 'Khadija Ouchan',
    phone: '06 2681 7734',
    postcode: '3023 GM',
    dateOfBirth: '1988-09-09',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorkerDelfshaven',
    registeredDaysAgo: 33,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 19,
      conversations: 2,
      stoplicht: { fase: 'oranje', notitie: 'Zorgt veel voor een familielid; extra hulp is aangevraagd.' },
      kunnen: {
        ...dutch(3, 2, 2),
        'P-ZORG-ONDERSTEUNING': 3,
        'P-KEUKENHULP': 3,
        'T-CONSIDERATION': 4,
        'T-PERSIST': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 12, max: 20 },
        reisafstandKm: 6,
        contractwensen: ['vast', 'tijdelijk', 'leerwerkbaan'],
        werktijden: ['overdag'],
        beroepen: ['5322.1', '9412.2'],
        sectoren: ['53'],
      },
      gedrag: gedrag(4),
      randvoorwaarden: preconditions(['lopen', 'ov'], {
        levenssituatie: 'wisselend',
        kinderopvang: 'geregeld',
        obstakels: [
          {
            type: 'zorgtaken',
            bekend: true,
            oplosbaarBinnen: 'anderhalf_jaar',
            toelichting: 'Aanvraag voor dagbesteding van het familielid loopt.',
          },
        ],
      }),
      evidence: [
        {
          kind: 'mantelzorg_of_thuis',
          description: 'Zorgt al jaren elke dag voor een familielid dat veel hulp nodig heeft.',
          competenceCodes: ['P-ZORG-ONDERSTEUNING', 'T-CONSIDERATION'],
        },
      ],
      strengthsSummary:
        'Geduldig en betrokken: weet hoe je goed voor iemand zorgt. ' +
        'Kookt graag, ook voor veel mensen. Wil overdag werken, dicht bij huis.',
      summaryForEmployers:
        'Geduldig en betrokken: weet hoe je goed voor iemand zorgt. Kookt graag, ook voor veel mensen. Wil overdag werken, dicht bij huis.',
      computedSegment: 'LATER',
    },
  },

  // ---- NOT_NOW: (nu) eerst andere stappen ------------------------------------------------------
  {
    fullName: 'Soraya Mahabier',
    phone: '06 4327 8851',
    postcode: '3075 TA',
    dateOfBirth: '1977-07-17',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 40,
    consents: { ...consentsFor.matching, specialCategories: true },
    assessment: {
      completedDaysAgo: 15,
      conversations: 3,
      stoplicht: { fase: 'oranje', notitie: 'Wat er met haar gezondheid speelt, wordt nu uitgezocht.' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-SCHOONMAKEN': 3,
        'P-KLANTCONTACT': 3,
        'T-GOOD-MANNERS': 4,
        'T-MEET-COMMITMENTS': 4,
      },
      willen: {
        motivatie: 5,
        uren: { min: 12, max: 20 },
        reisafstandKm: 10,
        contractwensen: ['leerwerkbaan', 'tijdelijk', 'vast'],
        werktijden: ['overdag'],
        beroepen: ['9112.4', '4226.1'],
      },
      gedrag: gedrag(4),
      randvoorwaarden: preconditions(['ov'], {
        levenssituatie: 'wisselend',
        obstakels: [
          {
            type: 'gezondheid',
            bekend: false,
            oplosbaarBinnen: 'onbekend',
            toelichting: 'Onderzoek via de huisarts loopt.',
          },
        ],
      }),
      strengthsSummary:
        'Vriendelijk en komt altijd afspraken na. Wil heel graag aan het werk. ' +
        'Heeft ervaring met schoonmaken en met mensen helpen aan een balie.',
      summaryForEmployers:
        'Vriendelijk en komt altijd afspraken na. Wil heel graag aan het werk. Heeft ervaring met schoonmaken en met mensen helpen aan een balie.',
      computedSegment: 'NOT_NOW',
      override: {
        segment: 'LATER',
        daysAgo: 10,
        reviewInDays: 42,
        justification:
          'De huisarts zoekt nu uit wat er speelt. Soraya wil heel graag beginnen en komt al haar afspraken na. ' +
          'Een rustige leer-werkplek bij Roffabriek past beter dan een activeringsprogramma. ' +
          'Over zes weken kijken we samen opnieuw.',
      },
    },
  },
  {
    fullName: 'Peter Schouten',
    phone: '06 1534 9072',
    postcode: '3083 RC',
    dateOfBirth: '1964-05-05',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 28,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 12,
      conversations: 2,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 4, 3),
        'P-GEREEDSCHAP': 3,
        'P-GROENVOORZIENING': 2,
        'T-INSTRUCT-OTHERS': 3,
        'T-WORK-INDEPENDENTLY': 3,
      },
      willen: {
        motivatie: 3,
        // Wants to start with a few hours a week.
        uren: { min: 4, max: 6 },
        reisafstandKm: 5,
        contractwensen: ['tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['9622.1', '6113.1'],
        toelichting: 'Eerst een paar uur per week, dan kijken hoe het gaat.',
      },
      gedrag: gedrag(4, { leerbaarheid: 3 }),
      randvoorwaarden: preconditions(['lopen', 'fiets']),
      evidence: [
        {
          kind: 'werkervaring',
          description: 'Dertig jaar timmerman in de bouw.',
          competenceCodes: ['P-GEREEDSCHAP'],
        },
      ],
      strengthsSummary:
        'Veel vakkennis uit dertig jaar werk in de bouw. Rustig en precies. ' +
        'Wil stap voor stap weer meedoen, eerst een paar uur per week.',
      summaryForEmployers:
        'Veel vakkennis van werk in de bouw. Rustig en precies. Wil stap voor stap weer meedoen, eerst een paar uur per week.',
      computedSegment: 'NOT_NOW',
    },
  },
  {
    fullName: 'Dilan Aydın',
    phone: '06 3862 4419',
    email: 'dilan.aydin@mail.example',
    postcode: '3034 KW',
    dateOfBirth: '1995-12-30',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 26,
    consents: consentsFor.programmeOnly,
    assessment: {
      completedDaysAgo: 11,
      conversations: 3,
      stoplicht: { fase: 'oranje', notitie: 'Er speelt veel thuis. Eerst samen een plan maken.' },
      kunnen: {
        ...dutch(4, 4, 3),
        'P-KLANTCONTACT': 3,
        'P-KASSAWERK': 3,
        'T-ONLINE-COMMUNICATION': 3,
        'T-INTERACT-WITH-OTHERS': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 16, max: 24 },
        reisafstandKm: 8,
        contractwensen: ['vast', 'tijdelijk'],
        werktijden: ['overdag'],
        beroepen: ['5230.1', '5223.6'],
      },
      gedrag: gedrag(3, { leerbaarheid: 4 }),
      randvoorwaarden: preconditions(['lopen', 'ov'], {
        levenssituatie: 'onrustig',
        kinderopvang: 'nog_niet_geregeld',
        steunNodig: 'Samen een plan maken voor thuis en de kinderopvang.',
      }),
      strengthsSummary:
        'Open en maakt makkelijk contact. Heeft ervaring in een winkel en aan de kassa. ' +
        'Wil graag in een winkel werken, overdag.',
      summaryForEmployers:
        'Open en maakt makkelijk contact. Heeft ervaring in een winkel en aan de kassa. Wil graag in een winkel werken, overdag.',
      computedSegment: 'NOT_NOW',
    },
  },
  {
    fullName: 'Marco Janssen',
    phone: '06 2493 5167',
    postcode: '3036 NB',
    dateOfBirth: '1991-01-15',
    lifecoach: 'lifecoachKees',
    registeredDaysAgo: 22,
    consents: consentsFor.matching,
    assessment: {
      completedDaysAgo: 9,
      conversations: 2,
      stoplicht: { fase: 'oranje', notitie: 'Zoekt een vaste woonplek, samen met het wijkteam.' },
      kunnen: {
        ...dutch(4, 3, 2),
        'P-BEZORGING': 3,
        'P-MAGAZIJN': 2,
        'T-GPS-NAVIGATION': 3,
        'T-WORK-INDEPENDENTLY': 3,
      },
      willen: {
        motivatie: 4,
        uren: { min: 24, max: 32 },
        reisafstandKm: 15,
        contractwensen: ['tijdelijk', 'uitzendwerk'],
        werktijden: ['overdag', 'avond'],
        beroepen: ['8322.2', '9333.8'],
      },
      gedrag: gedrag(3),
      randvoorwaarden: preconditions(['fiets', 'rijbewijs_b'], {
        huisvesting: 'geen_vaste_woonplek',
        inkomen: 'onzeker',
        obstakels: [
          {
            type: 'huisvesting',
            bekend: true,
            oplosbaarBinnen: 'onbekend',
            toelichting: 'Slaapt nu bij vrienden. Het wijkteam helpt zoeken.',
          },
          { type: 'schulden', bekend: false, oplosbaarBinnen: 'onbekend' },
        ],
      }),
      strengthsSummary:
        'Kent de stad goed en heeft een rijbewijs. Werkt graag zelfstandig en onderweg. ' +
        'Bezorgen of rijden past goed.',
      summaryForEmployers:
        'Kent de stad goed en heeft een rijbewijs. Werkt graag zelfstandig en onderweg. Bezorgen of rijden past goed.',
      computedSegment: 'NOT_NOW',
    },
  },
  {
    fullName: 'Yvonne Hoek',
    phone: '06 5730 2284',
    postcode: '3082 KS',
    dateOfBirth: '1972-03-03',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorker',
    registeredDaysAgo: 14,
    consents: consentsFor.programmeOnly,
    assessment: {
      completedDaysAgo: 10,
      conversations: 1,
      stoplicht: {
        fase: 'rood',
        notitie: 'Acute zorgen thuis; eerst rust. Het wijkteam is erbij. Over drie weken bel ik haar.',
      },
      computedSegment: 'NOT_NOW',
    },
  },
  {
    fullName: 'Abdi Warsame',
    phone: '06 4189 6653',
    postcode: '3028 BA',
    dateOfBirth: '1986-06-06',
    preferredLanguage: 'so',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorkerDelfshaven',
    registeredDaysAgo: 24,
    consents: consentsFor.programmeOnly,
    assessment: {
      completedDaysAgo: 20,
      conversations: 1,
      stoplicht: {
        fase: 'rood',
        notitie:
          'Woning plotseling kwijt; nu in de nachtopvang. Eerst een woonplek. Contact via de maatschappelijk werker.',
      },
      computedSegment: 'NOT_NOW',
    },
  },

  // ---- in progress: no decision yet --------------------------------------------------------------
  {
    fullName: 'Tim Vos',
    phone: '06 3351 7708',
    email: 'tim.vos@mail.example',
    postcode: '3071 JR',
    dateOfBirth: '2006-08-21',
    lifecoach: 'lifecoachSamira',
    registeredDaysAgo: 5,
    consents: consentsFor.matching,
    assessment: {
      // The first conversation is done; the rest of the assessment follows.
      completedDaysAgo: null,
      conversations: 1,
      stoplicht: { fase: 'groen' },
      kunnen: {
        ...dutch(4, 3, 3),
        'P-MAGAZIJN': 1,
        'P-BEZORGING': 2,
        'T-HANDHELD-DEVICES': 3,
        'T-ENTHUSIASM': 3,
        'T-WORK-IN-TEAMS': 3,
      },
    },
  },
  {
    fullName: 'Lucía Martínez',
    phone: '06 2716 4093',
    postcode: '3083 BT',
    dateOfBirth: '1997-04-12',
    preferredLanguage: 'es',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    // Just registered by the partner organisation; the lifecoach has not met her yet.
    registeredDaysAgo: 2,
    consents: { programme: false },
  },
  {
    fullName: 'Rachid Benali',
    phone: '06 3318 2740',
    postcode: '3082 AB',
    dateOfBirth: '1990-09-03',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorker',
    referralNote:
      'Rachid werkte jaren in de bouw en wil graag weer aan de slag, het liefst buiten. Hij heeft geen vaste telefoon: bellen kan het best na 16 uur.',
    howToReach: 'Bellen na 16 uur; overdag is hij vaak bij onze inloop aan de Wolphaertsbocht.',
    // Referred more than a week ago and not met yet: he is on Samira's Today.
    registeredDaysAgo: 9,
    consents: { programme: false },
  },
  {
    fullName: 'Hanna de Wit',
    phone: '06 4127 5590',
    postcode: '3083 AD',
    dateOfBirth: '1994-01-27',
    lifecoach: 'lifecoachSamira',
    referredBy: 'partnerWorker',
    referralNote:
      'Hanna was gastvrouw in een restaurant en zorgde daarna twee jaar voor haar moeder. Ze wil weer werken, het liefst met mensen.',
    howToReach: 'Ze belt liever niet: stuur een berichtje, dan belt ze terug.',
    // The first conversation was held last week; the assessment is planned.
    registeredDaysAgo: 8,
    consents: consentsFor.programmeOnly,
  },
  {
    fullName: 'Martin Dekker',
    phone: '06 5519 3082',
    postcode: '3074 TA',
    dateOfBirth: '1969-11-05',
    lifecoach: 'lifecoachKees',
    referredBy: 'partnerWorker',
    referralNote: 'Martin zoekt werk in de groenvoorziening. Hij woont sinds kort weer bij zijn dochter.',
    registeredDaysAgo: 30,
    consents: consentsFor.programmeOnly,
    // After two conversations he chose to stop for now: he found work through a friend.
    stoppedDaysAgo: 12,
  },
];

// ---- running it --------------------------------------------------------------------------------

const MINUTE_MS = 60_000;

export type DemoJobSeekerSummary = {
  jobSeekers: number;
  segments: Record<Segment, number>;
};

type Demo = {
  organisations: ReadonlyMap<string, Organisation>;
  users: ReadonlyMap<string, User>;
  reference: ReferenceData;
  now: Date;
};

/**
 * Registers the demo personas and takes each through consent, assessment and segment decision, on
 * the caller's transaction. Every persona gets a fork of the EntityManager that keeps the
 * transaction (so the unit of work stays small), and its own timeline in the past.
 */
export async function seedDemoJobSeekers(em: EntityManager, demo: Demo): Promise<DemoJobSeekerSummary> {
  const segments: Record<Segment, number> = { READY: 0, LATER: 0, NOT_NOW: 0 };
  for (const persona of demoPersonas) {
    const fork = em.fork({ keepTransactionContext: true });
    try {
      const segment = await seedPersona(fork, demo, persona);
      if (segment) segments[segment] += 1;
    } catch (error) {
      throw new Error(`Demo persona ${persona.fullName}: ${describe(error)}`, { cause: error });
    }
  }
  return { jobSeekers: demoPersonas.length, segments };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const fieldErrors = (error as { errors?: unknown }).errors;
  return Array.isArray(fieldErrors) ? `${error.message} ${JSON.stringify(fieldErrors)}` : error.message;
}

/** Returns the segment the person has at the end (after a lifecoach override), or null. */
async function seedPersona(em: EntityManager, demo: Demo, persona: DemoPersona): Promise<Segment | null> {
  const { reference } = demo;
  const user = (key: string): User => {
    const found = demo.users.get(key);
    if (!found) throw new Error(`${key} is not a demo user`);
    return found;
  };
  const organisationId = (key: string): string => {
    const found = demo.organisations.get(key);
    if (!found) throw new Error(`${key} is not a demo organisation`);
    return found.id;
  };
  /**
   * `daysAgo` days before today in Rotterdam, in office hours: 08:30 UTC (09:30 or 10:30 there) plus
   * `minutes`, so the events of one day stay in order. With daysAgo >= 1 it is always in the past.
   */
  const at = (daysAgo: number, minutes = 0) => {
    if (daysAgo < 1) throw new Error('demo events lie at least a day in the past');
    const day = addDays(programmeToday(demo.now), -daysAgo);
    return new Date(Date.parse(`${day}T08:30:00Z`) + minutes * MINUTE_MS);
  };
  const as = (key: string, moment: Date): RequestContext => ({
    em,
    actor: actorOf(user(key)),
    requestId: DEMO_REQUEST_ID,
    now: moment,
  });
  const lifecoach = persona.lifecoach;

  // Registration, by the partner worker who referred the person or by the lifecoach.
  const registeredAt = at(persona.registeredDaysAgo);
  const registered = await registerJobSeeker(
    as(persona.referredBy ?? lifecoach, registeredAt),
    registerJobSeekerSchema.parse({
      fullName: persona.fullName,
      phone: persona.phone,
      email: persona.email,
      postcode: persona.postcode,
      dateOfBirth: persona.dateOfBirth,
      preferredLanguage: persona.preferredLanguage,
      lifecoachId: persona.referredBy ? user(lifecoach).id : undefined,
      referralNote: persona.referralNote,
      howToReach: persona.howToReach,
    }),
    reference.postcodes,
  );
  const id = registered.id;
  // The record carries the wall-clock time it was written; the demo dates it back to its story.
  await em.nativeUpdate(JobSeeker, { id }, { createdAt: registeredAt });

  // Consent, asked in the first conversation with the lifecoach, a day after registration.
  const firstTalkDaysAgo = persona.registeredDaysAgo - 1;
  let minute = 0;
  const consent = (purpose: ConsentPurpose, given: boolean, moment: Date, employer?: string) =>
    recordConsent(
      as(lifecoach, moment),
      id,
      recordConsentSchema.parse({
        purpose,
        given,
        textVersion: currentConsentTextVersion(purpose),
        employerOrganisationId: employer && organisationId(employer),
      }),
    );
  const { consents } = persona;
  if (consents.programme) await consent('PROGRAMME_PROCESSING', true, at(firstTalkDaysAgo, minute++));
  if (consents.matching) await consent('MATCHING', true, at(firstTalkDaysAgo, minute++));
  if (consents.meetAndGreet) await consent('MEET_AND_GREET', true, at(firstTalkDaysAgo, minute++));
  if (consents.specialCategories) {
    await consent('SPECIAL_CATEGORIES', true, at(firstTalkDaysAgo, minute++));
  }
  for (const employer of consents.profileSharingWith ?? []) {
    await consent('PROFILE_SHARING', true, at(firstTalkDaysAgo, minute++), employer);
  }

  let segment: Segment | null = null;
  const plan = persona.assessment;
  if (plan) segment = await assess(plan, firstTalkDaysAgo);

  if (persona.legalQualifications) {
    await putJobSeekerLegalQualifications(
      as(lifecoach, at(plan?.completedDaysAgo ?? firstTalkDaysAgo, 120)),
      id,
      putLegalQualificationsSchema.parse({ codes: persona.legalQualifications }).codes,
    );
  }

  if (typeof consents.matching === 'object') {
    await consent('MATCHING', false, at(consents.matching.withdrawnDaysAgo, 30));
  }
  if (persona.stoppedDaysAgo) await requestErasureFor(as(lifecoach, at(persona.stoppedDaysAgo, 200)), id);
  return segment;

  async function assess(plan: DemoAssessment, startDaysAgo: number): Promise<Segment | null> {
    const parts = answerParts(plan);
    const lastDaysAgo = plan.completedDaysAgo ?? startDaysAgo;
    if (lastDaysAgo > startDaysAgo) throw new Error('the assessment ends before it starts');
    // The conversations are spread evenly from the first talk to the day of completion.
    const conversationDaysAgo = (index: number) =>
      parts.length === 1
        ? startDaysAgo
        : startDaysAgo - Math.round(((startDaysAgo - lastDaysAgo) * index) / (parts.length - 1));

    let assessment = await startAssessment(as(lifecoach, at(startDaysAgo, 10)), reference, id);
    const saved = plan.completedDaysAgo === null ? parts.slice(0, 1) : parts;
    for (const [index, answers] of saved.entries()) {
      assessment = await saveAnswers(
        as(lifecoach, at(conversationDaysAgo(index), 20)),
        reference,
        assessment.id,
        saveAnswersSchema.parse({ answers, version: assessment.version }),
      );
    }
    for (const evidence of plan.evidence ?? []) {
      await addEvidence(
        as(lifecoach, at(lastDaysAgo, 40)),
        reference,
        assessment.id,
        addEvidenceSchema.parse(evidence),
      );
    }
    if (plan.completedDaysAgo === null) return null;

    const completion = await completeAssessment(
      as(lifecoach, at(plan.completedDaysAgo, 60)),
      reference,
      assessment.id,
      completeAssessmentSchema.parse({
        strengthsSummary: plan.strengthsSummary,
        summaryForEmployers: plan.summaryForEmployers,
      }),
    );
    const { decision } = completion;
    if (decision.computedSegment !== plan.computedSegment) {
      const unmet = decision.reasons
        .filter((reason) => !reason.met)
        .map((reason) => `${reason.forSegment}.${reason.criterion} (${reason.explanationNl})`);
      throw new Error(
        `the segmentation rules now compute ${decision.computedSegment} where the demo intends ${plan.computedSegment}` +
          ` (not met: ${unmet.join('; ') || 'nothing'}). Did the segmentationRules of instrument version` +
          ` ${assessment.instrumentVersion} change? Adjust this persona's answers in seed/demo-job-seekers.ts.`,
      );
    }
    if (!plan.override) return decision.segment;

    const overriddenAt = at(plan.override.daysAgo, 90);
    const override = await overrideSegment(
      as(lifecoach, overriddenAt),
      reference,
      id,
      segmentOverrideSchema.parse({
        segment: plan.override.segment,
        justification: plan.override.justification,
        reviewDate:
          plan.override.reviewInDays === undefined
            ? undefined
            : addDays(programmeToday(overriddenAt), plan.override.reviewInDays),
      }),
    );
    return override.segment;
  }
}

/** The answers as the lifecoach saves them over the conversations: two or three parts (one in phase rood). */
function answerParts(plan: DemoAssessment): Record<string, unknown>[] {
  const sections = (entries: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  const { stoplicht, kunnen, willen, gedrag, persoonlijkheid, randvoorwaarden } = plan;
  if (stoplicht.fase === 'rood') return [{ stoplicht }];
  switch (plan.conversations) {
    case 1:
    case 3:
      return [
        sections({ stoplicht, kunnen }),
        sections({ willen, persoonlijkheid }),
        sections({ gedrag, randvoorwaarden }),
      ];
    case 2:
      return [
        sections({ stoplicht, kunnen, willen }),
        sections({ persoonlijkheid, gedrag, randvoorwaarden }),
      ];
  }
}
