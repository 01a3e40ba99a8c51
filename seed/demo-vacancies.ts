import type { EntityManager } from '@mikro-orm/core';
import type { RequestContext } from '../src/http/context';
import { putEmployerProfileSchema } from '../src/modules/employers/employer.schemas';
import { putEmployerProfile } from '../src/modules/employers/employer.service';
import type { Organisation } from '../src/modules/organisations/organisation.entity';
import type { User } from '../src/modules/users/user.entity';
import { createVacancySchema } from '../src/modules/vacancies/vacancy.schemas';
import { changeVacancyStatus, createVacancy } from '../src/modules/vacancies/vacancy.service';
import type { ReferenceData } from '../src/reference/reference-data';
import { actorOf, DEMO_REQUEST_ID } from './demo-actors';

// The employer side of the demo: the three demo employers with a profile, and vacancies with
// competence requirements so that matching has something to rank. Fictional companies and
// addresses; sectors, cao's and pay are realistic for Rotterdam in 2026. Every profile and vacancy
// goes through the same service verbs (and zod schemas) as a request from the employer's recruiter.

type EmployerKey = 'employerHaven' | 'employerSchoon' | 'employerZorg';

const recruiterOf: Record<EmployerKey, string> = {
  employerHaven: 'recruiterHaven',
  employerSchoon: 'recruiterSchoon',
  employerZorg: 'recruiterZorg',
};

/** As an employer fills in PUT /api/employers/{id}/profile. */
const employerProfiles: Record<EmployerKey, unknown> = {
  employerHaven: {
    sectorCode: '93',
    postcode: '3089 JH',
    address: 'Waalhaven Zuidzijde 40',
    underCao: true,
    caoName: 'Cao Beroepsgoederenvervoer over de weg',
    hasSroiObligation: true,
  },
  employerSchoon: {
    sectorCode: '91',
    postcode: '3029 BT',
    address: 'Vierhavensstraat 56',
    underCao: true,
    caoName: 'Cao Schoonmaak- en Glazenwassersbranche',
    hasSroiObligation: false,
  },
  employerZorg: {
    sectorCode: '53',
    postcode: '3083 AE',
    address: 'Pleinweg 210',
    underCao: true,
    caoName: 'Cao VVT (verpleeg- en verzorgingshuizen en thuiszorg)',
    hasSroiObligation: true,
  },
};

type DemoVacancy = { employer: EmployerKey; status: 'OPEN' | 'DRAFT'; body: Record<string, unknown> };

/** As a recruiter posts them to POST /api/vacancies; `status` is where the demo leaves them. */
export const demoVacancies: DemoVacancy[] = [
  // ---- Havenlogistiek Waalhaven: logistics ---------------------------------------------------
  {
    employer: 'employerHaven',
    status: 'OPEN',
    body: {
      title: 'Orderpicker magazijn',
      occupationCode: '9333.8.1',
      description:
        'Je pakt bestellingen in ons magazijn aan de Waalhaven. Met een handscanner zie je wat je moet pakken. ' +
        'Je werkt in een vast team van acht mensen. De eerste weken werk je minder uren. ' +
        'Een vaste collega leert je het werk en is je mentor.',
      postcode: '3089 JH',
      hours: { min: 24, max: 38 },
      gradualBuildUp: true,
      contractType: 'EMPLOYMENT',
      contractKind: 'tijdelijk',
      workingTimes: ['overdag', 'avond'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 14.8, max: 16.4, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-HANDHELD-DEVICES', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-SAFE-WORK', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-WORK-IN-TEAMS', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'P-MAGAZIJN', level: 1, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ minimumAge: 18 }],
      dutchLevel: { speaking: 2, reading: 1, writing: 0 },
      behaviours: ['opTijdKomen', 'regelsVolgen', 'samenwerken'],
      mentorAvailable: true,
      positions: 3,
    },
  },
  {
    employer: 'employerHaven',
    status: 'OPEN',
    body: {
      title: 'Heftruckchauffeur',
      occupationCode: '8344.1',
      description:
        'Je laadt en lost vrachtwagens en zet pallets op de goede plek in het magazijn. ' +
        'Je rijdt op een heftruck; daarvoor heb je een heftruckcertificaat nodig. ' +
        'Je werkt in dagdiensten, van maandag tot en met vrijdag.',
      postcode: '3089 JH',
      hours: { min: 32, max: 40 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'vast',
      workingTimes: ['overdag', 'avond'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 15.6, max: 17.8, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-MAGAZIJN', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'T-SAFE-WORK', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-WORK-INDEPENDENTLY', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-HANDHELD-DEVICES', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ code: 'HEFTRUCK' }, { minimumAge: 18 }],
      dutchLevel: { speaking: 2, reading: 2, writing: 1 },
      behaviours: ['regelsVolgen', 'afsprakenNakomen'],
      mentorAvailable: true,
      positions: 1,
      employerOnlyNotes: { diploma: null, yearsOfExperience: null, remarks: 'Start liefst op 1 februari.' },
    },
  },
  {
    employer: 'employerHaven',
    status: 'OPEN',
    body: {
      title: 'Leer-werkplek logistiek medewerker',
      occupationCode: '9333.8',
      description:
        'Je werkt vier dagen in het magazijn en leert één dag per week, met loon. ' +
        'Je leert orderpicken, goederen ontvangen en veilig werken. Een praktijkopleider helpt je. ' +
        'Na een jaar heb je een mbo-certificaat en kun je bij ons blijven werken. ' +
        'Je begint met minder uren en bouwt rustig op.',
      postcode: '3089 JH',
      hours: { min: 20, max: 32 },
      gradualBuildUp: true,
      contractType: 'LEARN_WORK',
      contractKind: 'leerwerkbaan',
      workingTimes: ['overdag'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 14.71, max: 14.71, per: 'HOUR' },
      requirements: [
        { competenceCode: 'T-WILLINGNESS-TO-LEARN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-SAFE-WORK', level: 1, tier: 'IMPORTANT' },
        { competenceCode: 'P-ORDERPICKEN', level: 1, tier: 'IMPORTANT' },
        { competenceCode: 'T-WORK-IN-TEAMS', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ minimumAge: 18 }],
      dutchLevel: { speaking: 2, reading: 1, writing: 1 },
      behaviours: ['leerbaarheid', 'opTijdKomen', 'omHulpVragen'],
      mentorAvailable: true,
      positions: 2,
    },
  },
  {
    employer: 'employerHaven',
    status: 'DRAFT',
    body: {
      title: 'Expeditiemedewerker nachtdienst',
      occupationCode: '9333.2',
      description:
        'Je maakt ’s nachts de zendingen klaar voor de vrachtwagens van de ochtend. ' +
        'Je controleert of alles compleet is en plakt de labels. Je werkt in een klein team.',
      postcode: '3089 JH',
      hours: { min: 24, max: 32 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'tijdelijk',
      workingTimes: ['nacht'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 16.1, max: 17.5, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-ORDERPICKEN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-ATTEND-TO-DETAIL', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'T-HANDHELD-DEVICES', level: 2, tier: 'IMPORTANT' },
      ],
      legalRequirements: [{ minimumAge: 18 }],
      dutchLevel: { speaking: 2, reading: 1, writing: 1 },
      behaviours: ['opTijdKomen', 'afsprakenNakomen'],
      mentorAvailable: false,
      positions: 2,
    },
  },
  // ---- Schoonmaakbedrijf De Maas: cleaning -----------------------------------------------------
  {
    employer: 'employerSchoon',
    status: 'OPEN',
    body: {
      title: 'Schoonmaker kantoren (avond)',
      occupationCode: '9112.2',
      description:
        'Je maakt kantoren schoon in het centrum van Rotterdam, van maandag tot en met vrijdag tussen 17.00 en 21.00 uur. ' +
        'Je werkt meestal zelfstandig, soms met een collega. Je krijgt een goede uitleg en werkkleding.',
      postcode: '3011 AD',
      hours: { min: 16, max: 20 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'vast',
      workingTimes: ['avond'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 14.9, max: 15.6, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-WORK-INDEPENDENTLY', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-ATTEND-TO-DETAIL', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-HYGIENIC-WORK', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [],
      dutchLevel: { speaking: 1, reading: 1, writing: 0 },
      behaviours: ['opTijdKomen', 'afsprakenNakomen'],
      mentorAvailable: true,
      positions: 4,
    },
  },
  {
    employer: 'employerSchoon',
    status: 'OPEN',
    body: {
      title: 'Stage schoonmaak en facilitaire dienst',
      occupationCode: '9112.4',
      description:
        'In acht weken leer je het vak in een team op de campus in Kralingen. ' +
        'Je begint met een paar uur per week. Je krijgt geen loon, wel een vergoeding van je reiskosten. ' +
        'Na de stage kijken we samen of je bij ons in dienst kunt komen.',
      postcode: '3062 PA',
      hours: { min: 12, max: 20 },
      gradualBuildUp: true,
      contractType: 'INTERNSHIP',
      contractKind: null,
      workingTimes: ['overdag'],
      permanentProspect: true,
      paid: false,
      underCao: false,
      pay: null,
      requirements: [
        { competenceCode: 'P-SCHOONMAKEN', level: 1, tier: 'IMPORTANT' },
        { competenceCode: 'T-WILLINGNESS-TO-LEARN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-WORK-IN-TEAMS', level: 1, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [],
      dutchLevel: { speaking: 1, reading: 1, writing: 0 },
      behaviours: ['leerbaarheid', 'feedbackAannemen'],
      mentorAvailable: true,
      positions: 2,
    },
  },
  {
    employer: 'employerSchoon',
    status: 'DRAFT',
    body: {
      title: 'Glazenwasser in opleiding',
      occupationCode: '9123.1',
      description:
        'Je wast ramen van winkels en kantoren, vaak op hoogte met een hoogwerker. ' +
        'Je leert het vak van een ervaren glazenwasser. Veilig werken is heel belangrijk: je haalt bij ons je VCA.',
      postcode: '3029 BT',
      hours: { min: 32, max: 38 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'tijdelijk',
      workingTimes: ['overdag'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 15.1, max: 16.3, per: 'HOUR' },
      requirements: [
        { competenceCode: 'T-SAFE-WORK', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-ATTEND-TO-DETAIL', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ code: 'VCA_BASIS' }, { minimumAge: 18 }],
      dutchLevel: { speaking: 2, reading: 1, writing: 0 },
      behaviours: ['regelsVolgen', 'opTijdKomen'],
      mentorAvailable: true,
      positions: 1,
    },
  },
  // ---- Zorggroep Zuidplein: care ---------------------------------------------------------------
  {
    employer: 'employerZorg',
    status: 'OPEN',
    body: {
      title: 'Zorghulp in een verpleeghuis',
      occupationCode: '5321.1',
      description:
        'Je helpt bewoners bij dagelijkse dingen: opstaan, eten en drinken, een praatje, een wandeling. ' +
        'Je werkt samen met verzorgenden. Zij vertellen je wat er moet gebeuren. ' +
        'Je begint met minder uren en bouwt rustig op. Een mentor begeleidt je de eerste maanden.',
      postcode: '3083 AE',
      hours: { min: 16, max: 28 },
      gradualBuildUp: true,
      contractType: 'EMPLOYMENT',
      contractKind: 'tijdelijk',
      workingTimes: ['overdag', 'avond', 'weekend'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 15.0, max: 16.8, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-ZORG-ONDERSTEUNING', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-INTERACT-WITH-OTHERS', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'T-HYGIENIC-WORK', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-CONSIDERATION', level: 3, tier: 'IMPORTANT' },
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ code: 'ZORG_VOG' }, { minimumAge: 18 }],
      dutchLevel: { speaking: 3, reading: 2, writing: 2 },
      behaviours: ['afsprakenNakomen', 'samenwerken', 'omHulpVragen'],
      mentorAvailable: true,
      positions: 3,
    },
  },
  {
    employer: 'employerZorg',
    status: 'OPEN',
    body: {
      title: 'Medewerker keuken en restaurant',
      occupationCode: '9412.2',
      description:
        'In de keuken van ons verpleeghuis maak je samen met de kok ontbijt en lunch klaar. ' +
        'Daarna help je in het restaurant: je schenkt koffie en maakt een praatje met de bewoners. ' +
        'Je werkt overdag, ook om het andere weekend.',
      postcode: '3076 CA',
      hours: { min: 20, max: 32 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'tijdelijk',
      workingTimes: ['overdag', 'avond', 'weekend'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 15.2, max: 16.9, per: 'HOUR' },
      requirements: [
        { competenceCode: 'P-KEUKENHULP', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'T-HYGIENIC-WORK', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'P-HORECA-SERVICE', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'P-KLANTCONTACT', level: 2, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [],
      dutchLevel: { speaking: 2, reading: 2, writing: 1 },
      behaviours: ['opTijdKomen', 'samenwerken'],
      mentorAvailable: true,
      positions: 2,
    },
  },
  {
    employer: 'employerZorg',
    status: 'OPEN',
    body: {
      title: 'Gastvrouw of gastheer receptie',
      occupationCode: '4226.1',
      description:
        'Je bent het eerste gezicht van ons zorgcentrum bij Zuidplein. Je ontvangt bezoekers, ' +
        'neemt de telefoon aan en wijst mensen de weg. Je werkt met een eenvoudig computerprogramma.',
      postcode: '3083 AE',
      hours: { min: 24, max: 32 },
      gradualBuildUp: false,
      contractType: 'EMPLOYMENT',
      contractKind: 'vast',
      workingTimes: ['overdag'],
      permanentProspect: true,
      underCao: true,
      pay: { min: 2350, max: 2700, per: 'MONTH' },
      requirements: [
        { competenceCode: 'P-KLANTCONTACT', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'T-GOOD-MANNERS', level: 3, tier: 'ESSENTIAL' },
        { competenceCode: 'T-INTERCULTURAL', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'T-ONLINE-COMMUNICATION', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'P-ADMINISTRATIEF', level: 1, tier: 'NICE_TO_HAVE' },
      ],
      legalRequirements: [{ code: 'ZORG_VOG' }],
      dutchLevel: { speaking: 3, reading: 3, writing: 2 },
      behaviours: ['afsprakenNakomen', 'feedbackAannemen'],
      mentorAvailable: true,
      positions: 1,
    },
  },
];

export type DemoVacancySummary = { vacancies: number; open: number };

/**
 * The employer profiles and vacancies, each created by the employer's own recruiter. Runs on the
 * caller's (transactional) EntityManager: the services flush, the caller's transaction commits.
 */
export async function seedDemoVacancies(
  em: EntityManager,
  demo: {
    organisations: ReadonlyMap<string, Organisation>;
    users: ReadonlyMap<string, User>;
    reference: ReferenceData;
    now: Date;
  },
): Promise<DemoVacancySummary> {
  const contextFor = (employer: EmployerKey): RequestContext => {
    const recruiter = demo.users.get(recruiterOf[employer]);
    if (!recruiter) throw new Error(`Demo recruiter ${recruiterOf[employer]} is not a demo user`);
    return { em, actor: actorOf(recruiter), requestId: DEMO_REQUEST_ID, now: demo.now };
  };
  for (const [employer, profile] of Object.entries(employerProfiles) as [EmployerKey, unknown][]) {
    const organisation = demo.organisations.get(employer);
    if (!organisation) throw new Error(`Demo employer ${employer} is not a demo organisation`);
    await putEmployerProfile(
      contextFor(employer),
      organisation.id,
      putEmployerProfileSchema.parse(profile),
      demo.reference,
    );
  }
  let open = 0;
  for (const vacancy of demoVacancies) {
    const ctx = contextFor(vacancy.employer);
    const created = await createVacancy(ctx, createVacancySchema.parse(vacancy.body), demo.reference);
    if (vacancy.status === 'OPEN') {
      await changeVacancyStatus(
        ctx,
        created.id,
        { status: 'OPEN', version: created.version },
        demo.reference,
      );
      open += 1;
    }
  }
  return { vacancies: demoVacancies.length, open };
}
