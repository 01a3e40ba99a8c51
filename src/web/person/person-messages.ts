import type { ConsentPurpose } from '../../modules/consents/consent.entity';
import type { ReadinessSegment } from '../../modules/job-seekers/job-seeker.entity';
import { formatDate, segmentLabels } from '../labels';
import type { WebContext } from '../web-context';

/**
 * The words of the person's own space in its two languages: Dutch (B1, "je") first, English second.
 * A page takes `t = messagesFor(lang)` and reads every fixed text from it. Texts that other modules
 * keep in Dutch (the consent texts with their versions, "who looked" lines, reasons written by
 * professionals) stay in the words they were written in.
 */
export const languages = ['nl', 'en'] as const;
export type Lang = (typeof languages)[number];

export const LANGUAGE_COOKIE = 'wrw-taal';

/** The person's choice (cookie), else the browser's Accept-Language (nl or en, by weight), else Dutch. */
export function personLanguage(c: WebContext): Lang {
  const cookie = /(?:^|;\s*)wrw-taal=(nl|en)(?:;|$)/.exec(c.req.header('cookie') ?? '')?.[1];
  if (cookie === 'nl' || cookie === 'en') return cookie;
  return languageFromAcceptLanguage(c.req.header('accept-language'));
}

/** "en-GB,en;q=0.9,nl;q=0.8" → en. Pure. */
export function languageFromAcceptLanguage(header: string | undefined): Lang {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((param) => param.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? '1',
      );
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => (entry.lang === 'nl' || entry.lang === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return (ranked[0]?.lang as Lang | undefined) ?? 'nl';
}

const englishDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const dateIn = (lang: Lang) => (value: string | Date) => {
  if (lang === 'nl') return formatDate(value);
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  return englishDate.format(date);
};

const nl = {
  lang: 'nl' as Lang,
  date: dateIn('nl'),
  switchTo: { lang: 'en' as Lang, label: 'English', hrefLang: 'en' },
  nav: {
    record: 'Mijn gegevens',
    answers: 'Ja of nee',
    whoLooked: 'Wie keek',
    consent: 'Toestemming',
    download: 'Downloaden',
    preparation: 'Mijn plan',
  },
  chrome: {
    skip: 'Naar de inhoud',
    menu: 'Hoofdmenu',
    settings: 'Mijn instellingen',
    signOut: 'Uitloggen',
    role: 'Werkzoekende',
    footer:
      'Warm Rotterdam Werkt: van diploma naar talent. Alles wat we over iemand vastleggen, mag die persoon lezen.',
    language: 'Taal',
  },
  yes: 'ja',
  no: 'nee',
  notKnown: 'Niet bekend',
  notWritten: 'Niet opgeschreven',
  notYetKnown: 'Nog niet bekend',
  record: {
    title: 'Mijn gegevens',
    lead: 'Hier staat alles wat Warm Rotterdam Werkt over jou bewaart. Je mag het altijd lezen. Heb je een vraag? Vraag het je lifecoach.',
    toc: 'Op deze pagina',
    parts: {
      'over-jou': 'Over jou',
      lifecoach: 'Je lifecoach',
      toestemming: 'Je toestemming',
      talenten: 'Je talenten en wensen',
      segment: 'Hoe dichtbij werk je bent',
      trajecten: 'Trajecten',
      'meet-and-greets': 'Meet & Greets',
      voorstellen: 'Voorstellen voor werk',
      werkgevers: 'Werkgevers die je profiel zagen',
      werk: 'Je werk',
    },
    about: {
      name: 'Naam',
      phone: 'Telefoon',
      email: 'E-mail',
      postcode: 'Postcode',
      dateOfBirth: 'Geboortedatum',
      language: 'Taal die je het liefst spreekt',
      referredBy: 'Aangemeld door',
      selfRegistered: 'Je hebt je zelf aangemeld',
      registeredAt: 'Aangemeld op',
      wrong: 'Klopt er iets niet? Zeg het tegen je lifecoach. Die past het aan.',
    },
    lifecoachNow: 'Je lifecoach is nu',
    period: (name: string, from: string, to: string | null) =>
      `${name}: vanaf ${from}${to ? ` tot ${to}` : ' tot nu'}.`,
    handoverNote: 'Wat er bij de overdracht is opgeschreven:',
    consentNone: 'Er is nog geen toestemming opgeschreven.',
    consentSince: (answer: string, since: string) => `${answer}, sinds ${since}.`,
    consentHistory: 'Alles wat je hebt gezegd, nieuwste eerst',
    consentEntry: (date: string, answer: string, what: string) => `${date}: ${answer} voor “${what}”.`,
    consentByYou: 'Dat deed je zelf.',
    consentByLifecoach: 'Je lifecoach schreef het op.',
    consentLink: 'Toestemming geven of stoppen',
    profileMade: (date: string) =>
      `Je talentenprofiel is gemaakt op ${date}, in een gesprek met je lifecoach.`,
    canDo: 'Wat je kunt',
    wants: 'Wat je wilt',
    wantFacts: {
      work: 'Werk dat je leuk vindt',
      hours: 'Uren per week',
      travel: 'Hoe ver je wilt reizen',
      contract: 'Soort contract',
      times: 'Wanneer je kunt werken',
      mobility: 'Hoe je reist',
      motivation: 'Hoe graag je wilt werken',
    },
    range: (min: number, max: number) => `${min} tot ${max}`,
    outOf5: (value: number) => `${value} van 5`,
    onlyLifecoach: 'Wat alleen je lifecoach ziet',
    onlyLifecoachLead: 'Dit gaat over je leven naast werk. Een werkgever ziet dit nooit.',
    earlierProfiles: (dates: string) =>
      `Er zijn ook eerdere profielen, van ${dates}. Die staan in je download.`,
    noProfile: 'Er is nog geen talentenprofiel. Dat maak je samen met je lifecoach.',
    segmentNow: ' (nu)',
    decided: (on: string, review: string) => `Besloten op ${on}. We kijken er opnieuw naar op ${review}.`,
    whyOverride: 'Waarom je lifecoach zo besliste:',
    whatHelps: 'Wat kan helpen:',
    noSegment: 'Er is nog niets besloten.',
    reactionYou: (date: string) => `Wat je zelf schreef op ${date}:`,
    reactionAnswer: (who: string, date: string) => `Antwoord van ${who} op ${date}:`,
    reactionWaiting: 'Je lifecoach heeft nog niet geantwoord.',
    reactLink: 'Wat vind jij van dit besluit? Schrijf het op',
    trajectoryFacts: {
      at: 'Bij',
      state: 'Hoe staat het',
      proposed: 'Voorgesteld op',
      start: 'Begin',
      done: 'Klaar op',
    },
    toldProvider: 'Wat je lifecoach aan hen vertelde:',
    reason: 'Reden:',
    progress: 'Wat de aanbieder opschreef',
    attendance: (words: string) => `Aanwezig: ${words}`,
    observed: (count: number) =>
      count === 1 ? 'Ze keken naar 1 vaardigheid.' : `Ze keken naar ${count} vaardigheden.`,
    noTrajectory: 'Je hebt nog geen traject.',
    eventFacts: { when: 'Wanneer', where: 'Waar', answer: 'Je antwoord' },
    at: (date: string, time: string) => `${date}, ${time} uur`,
    conversation: (round: number, from: string | null, to: string | null, employer: string) =>
      `Gesprek ${round}${from ? ` (${from}–${to})` : ''}: met ${employer}`,
    answerLink: 'Ja of nee zeggen, en je schema',
    noEvents: 'Je bent nog niet uitgenodigd voor een Meet & Greet.',
    matchesLead:
      'Dit zijn de vacatures waarvoor je bent voorgesteld. Je mag altijd nee zeggen. Je hoeft niet te zeggen waarom.',
    matchLine: (job: string, employer: string, state: string) => `${job} bij ${employer}: ${state}.`,
    youSaidYes: (date: string) => `Je zei ja op ${date}.`,
    noMatches: 'Je bent nog niet voorgesteld voor een vacature.',
    employersLead:
      'Een werkgever ziet eerst alleen je talenten, met een code. Niet je naam. Je naam hoort de werkgever alleen als jij dat goed vindt.',
    knowsCode: (employer: string, code: string, job: string, since: string) =>
      [`${employer} kent je als `, code, `, voor de vacature ${job}. Sinds ${since}.`] as [
        string,
        string,
        string,
      ],
    noEmployers: 'Nog geen werkgever heeft je profiel gezien.',
    knowsName: 'Werkgevers die je naam kennen',
    knowsNameLine: (employer: string, job: string, since: string) =>
      `${employer} kent je naam sinds ${since}, voor de vacature ${job}. Dat mocht, omdat je toestemming gaf.`,
    nobodyKnowsName: 'Geen werkgever kent je naam.',
    workTitle: (job: string, employer: string) => `${job} bij ${employer}`,
    workFacts: {
      state: 'Hoe staat het',
      kind: 'Soort werk',
      hours: 'Uren per week',
      paid: 'Betaald',
      start: 'Begin',
      end: 'Einde',
    },
    plan: 'Je inwerkplan',
    planItem: (title: string, date: string, state: string) => `${title}: klaar op ${date}. ${state}.`,
    comment: (by: string, date: string) => `${by}, ${date}:`,
    noPlan: 'Er staat nog niets in je inwerkplan.',
    conversations: 'Gesprekken over je werk',
    conversationLine: (kind: string, date: string, how: string) => `${kind}, ${date}. ${how}.`,
    agreed: 'Afgesproken:',
    noConversations: 'Er zijn nog geen gesprekken opgeschreven.',
    lifecoachNotes: 'Wat je lifecoach opschreef over je leven naast werk',
    lifecoachNotesLead: 'Dit ziet de werkgever nooit.',
    noWork: 'Je bent nog niet begonnen bij een werkgever via Warm Rotterdam Werkt.',
  },
  money: {
    title: 'Geld bij de start van je werk',
    link: 'Geld bij de start: wat er geregeld moet worden',
    noChecklist:
      'Als je via Warm Rotterdam gaat werken, zie je hier wat er met je geld geregeld moet worden.',
    noCalculation:
      'Warm Rotterdam rekent je uitkering of toeslagen niet uit. Je lifecoach helpt je de stappen te zetten en weet bij wie je terecht kunt.',
    employerNever: 'Je werkgever ziet deze lijst niet.',
    progress: (done: number, total: number) => `${done} van de ${total} stappen zijn klaar of niet nodig.`,
    status: {
      OPEN: 'Nog te doen',
      DONE: 'Gedaan',
      NOT_NEEDED: 'Niet nodig',
      HELP_NEEDED: 'Je lifecoach helpt hierbij',
    },
    who: { PERSON: 'Jij', LIFECOACH: 'Je lifecoach', OTHER: 'Iemand anders' },
    whoLabel: 'Wie doet het',
    dateLabel: 'Datum',
    note: 'Notitie',
    questions: 'Vragen over geld? Vraag het je lifecoach.',
  },
  answers: {
    title: 'Ja of nee',
    lead: 'Hier zeg je ja of nee tegen een uitnodiging of een voorstel. Je hoeft niet te zeggen waarom. Een nee heeft geen gevolgen voor hoe wij met je omgaan: je doet dan alleen niet mee aan die ene Meet & Greet of die ene vacature.',
    events: 'Meet & Greets',
    eventAnswer: (words: string) => `Je antwoord: ${words}.`,
    yesCome: 'Ja, ik kom',
    noCome: 'Nee, ik kom niet',
    closed: 'Deze Meet & Greet is al gepland. Wil je toch iets veranderen? Vraag het je lifecoach.',
    schedule: 'Je gesprekken',
    scheduleNotYet: 'Het schema van je gesprekken komt later. Je krijgt het van je lifecoach.',
    schedulePrint: 'Schema bekijken en afdrukken',
    scheduleIcs: 'Zet het in je agenda (.ics)',
    matches: 'Voorstellen voor werk',
    yesMatch: 'Ja, dit wil ik',
    noMatch: 'Nee, liever niet',
    noneOpen: 'Er staat nu niets voor je klaar.',
    saved: {
      ACCEPT: 'Gelukt. Je komt naar de Meet & Greet.',
      DECLINE: 'Gelukt. Je komt niet naar deze Meet & Greet. Verder verandert er niets.',
      YES: 'Gelukt. Je lifecoach ziet dat je dit wilt.',
      NO: 'Gelukt. Je doet niet meer mee voor deze vacature. Verder verandert er niets.',
    },
    failed: 'Dat lukte niet: er is intussen iets veranderd. Kijk hieronder wat er nu staat.',
    scheduleTitle: 'Je gesprekken op de Meet & Greet',
    print: 'Afdrukken',
    back: 'Terug naar ja of nee',
  },
  reaction: {
    title: 'Wat vind jij van het besluit?',
    lead: 'Je lifecoach heeft besloten hoe dichtbij werk je bent. Ben je het er niet mee eens, of wil je iets zeggen? Schrijf het hier. Je reactie wordt bewaard bij het besluit. Je lifecoach leest het en geeft antwoord.',
    decision: 'Het besluit',
    label: 'Jouw reactie',
    hint: 'Kort is goed. Hoogstens 1000 tekens.',
    send: 'Stuur je reactie',
    empty: 'Schrijf eerst iets op.',
    tooLong: 'Dit is te lang. Hoogstens 1000 tekens.',
    sent: 'Gelukt. Je reactie is bewaard. Je lifecoach geeft antwoord.',
    errorSummary: 'Er ging iets mis',
  },
  consentPage: {
    title: 'Je toestemming',
    saved: 'Gelukt. Je keuze is opgeslagen en telt vanaf nu.',
    lead: 'Jij bepaalt wat wij met je gegevens doen. Je mag altijd ja zeggen, en altijd weer stoppen. Dat heeft geen gevolgen voor hoe wij met je omgaan.',
    nothingYet: 'Je hebt hier nog niets over gezegd. Dat betekent: nee.',
    saidYes: (date: string) => `Je zei ja, op ${date}.`,
    saidNo: (date: string) => `Je zei nee, op ${date}.`,
    stop: 'Nee, stop hiermee',
    give: 'Ja, dat is goed',
    leave: 'Wil je stoppen met Warm Rotterdam Werkt? Dat kan altijd.',
    leaveLink: 'Stoppen en je gegevens laten wissen',
    textInDutch: '',
  },
  preparationPage: {
    title: 'Je plan om je voor te bereiden op werk',
    lead: 'Dit plan maak je samen met je lifecoach. Je kiest samen trainingen en wanneer je werkgevers gaat ontmoeten. Wil je iets anders? Zeg het je lifecoach.',
    none: 'Je hebt nog geen plan. Je lifecoach maakt het samen met jou.',
    start: 'Begin',
    length: 'Hoe lang',
    weeks: (weeks: number, until: string) => `${weeks} weken, tot ${until}`,
    progress: 'Hoe ver ben je',
    progressText: (done: number, all: number, week: number, weeks: number) =>
      `${done} van de ${all} trainingen klaar. Je bent in week ${week} van ${weeks}.`,
    meet: 'Werkgevers ontmoeten',
    meetNotYet: 'Dat kiezen jullie nog samen.',
    trainings: 'Je trainingen',
    trainingLine: (title: string, provider: string, hours: number, weeks: number) =>
      `${title}, bij ${provider}. ${hours} uur per week, ${weeks} weken.`,
    practise: 'Je oefent',
    focus: 'Wat je nog meer oefent',
    status: { PLANNED: 'gepland', BUSY: 'bezig', DONE: 'klaar', STOPPED: 'gestopt' } as Record<
      string,
      string
    >,
  },
  whoLookedPage: {
    title: 'Wie heeft mijn gegevens bekeken',
    lead: 'Elke keer dat iemand je gegevens bekijkt of verandert, schrijven wij dat op. Hier zie je wie dat was: welke organisatie, en wat die persoon daar doet. De nieuwste staan bovenaan.',
    times: (count: number) => ` (${count} keer)`,
    nobody: 'Nog niemand heeft je gegevens bekeken.',
    noNames:
      'Wij noemen geen namen van medewerkers, alleen hun organisatie en wat ze doen. Wil je weten wie het was? Vraag het je lifecoach.',
    linesInDutch: '',
  },
  downloadPage: {
    title: 'Je gegevens downloaden',
    lead: 'Je mag alles wat wij over jou bewaren meenemen. Kies hoe je het wilt hebben.',
    printTitle: 'Om af te drukken of te lezen',
    print: 'Een pagina met al je gegevens. Die kun je afdrukken of bewaren.',
    printButton: 'Open de pagina om af te drukken',
    fileTitle: 'Als bestand voor de computer',
    file: 'Een bestand (JSON) met al je gegevens. Dat kun je aan een andere organisatie geven, als je dat wilt.',
    fileButton: 'Download het bestand',
  },
  segment: segmentLabels as Record<ReadinessSegment, string>,
  invitation: { INVITED: 'nog geen antwoord', ACCEPTED: 'je komt', DECLINED: 'je komt niet' } as Record<
    string,
    string
  >,
  consentTitles: {
    PROGRAMME_PROCESSING: 'Meedoen met Warm Rotterdam Werkt',
    MATCHING: 'Zoeken naar werk dat bij je past',
    PROFILE_SHARING: 'Je profiel delen met een werkgever',
    MEET_AND_GREET: 'Naar een Meet & Greet gaan',
    SPECIAL_CATEGORIES: 'Opschrijven wat er speelt met gezondheid, verslaving of justitie',
  } as Record<ConsentPurpose, string>,
  candidacy: {
    PROPOSED: 'voorgesteld',
    SHORTLISTED: 'de werkgever wil kennismaken',
    MET: 'jullie hebben kennisgemaakt',
    INVITED: 'de werkgever wil een sollicitatiegesprek',
    INTERVIEWED: 'je had een sollicitatiegesprek',
    OFFERED: 'je kreeg een baan aangeboden',
    HIRED: 'je bent aangenomen',
    DECLINED_BY_PERSON: 'je zei nee',
    NOT_SELECTED: 'de werkgever koos iemand anders of iets anders',
    WITHDRAWN: 'gestopt',
    VACANCY_CLOSED: 'de vacature is dicht',
  } as Record<string, string>,
  planState: {
    PLANNED: 'Nog niet begonnen',
    IN_PROGRESS: 'Bezig',
    DONE: 'Klaar',
    DROPPED: 'Niet meer nodig',
  } as Record<string, string>,
  checkInKind: {
    MANAGER_FEEDBACK: 'Feedbackgesprek met je leidinggevende',
    MENTOR: 'Gesprek met je mentor',
    LIFECOACH: 'Gesprek met je lifecoach',
  } as Record<string, string>,
  howItsGoing: {
    GOOD: 'Het gaat goed',
    SOME_WORRIES: 'Er zijn wat zorgen',
    SERIOUS_WORRIES: 'Er zijn grote zorgen',
  } as Record<string, string>,
  authorRole: {
    LIFECOACH: 'Je lifecoach',
    MENTOR: 'Je mentor',
    MANAGER: 'Je leidinggevende',
    EMPLOYER_RECRUITER: 'De werkgever',
    PROGRAMME_ADMIN: 'Warm Rotterdam',
  } as Record<string, string>,
  attendance: { ON_TRACK: 'gaat goed', SOME_ABSENCE: 'soms afwezig', STOPPED: 'komt niet meer' } as Record<
    string,
    string
  >,
};

export type PersonMessages = typeof nl;

const en: PersonMessages = {
  lang: 'en',
  date: dateIn('en'),
  switchTo: { lang: 'nl', label: 'Nederlands', hrefLang: 'nl' },
  nav: {
    record: 'My data',
    answers: 'Yes or no',
    whoLooked: 'Who looked',
    consent: 'Consent',
    download: 'Download',
    preparation: 'My plan',
  },
  chrome: {
    skip: 'Skip to content',
    menu: 'Main menu',
    settings: 'My settings',
    signOut: 'Sign out',
    role: 'Job seeker',
    footer:
      'Warm Rotterdam Werkt: from diplomas to talent. Everything we record about someone, that person may read.',
    language: 'Language',
  },
  yes: 'yes',
  no: 'no',
  notKnown: 'Not known',
  notWritten: 'Not written down',
  notYetKnown: 'Not known yet',
  record: {
    title: 'My data',
    lead: 'This is everything Warm Rotterdam Werkt keeps about you. You may always read it. Any questions? Ask your lifecoach.',
    toc: 'On this page',
    parts: {
      'over-jou': 'About you',
      lifecoach: 'Your lifecoach',
      toestemming: 'Your consent',
      talenten: 'Your talents and wishes',
      segment: 'How close to work you are',
      trajecten: 'Trajectories',
      'meet-and-greets': 'Meet & Greets',
      voorstellen: 'Proposals for work',
      werkgevers: 'Employers who saw your profile',
      werk: 'Your work',
    },
    about: {
      name: 'Name',
      phone: 'Phone',
      email: 'E-mail',
      postcode: 'Postcode',
      dateOfBirth: 'Date of birth',
      language: 'Language you prefer to speak',
      referredBy: 'Referred by',
      selfRegistered: 'You registered yourself',
      registeredAt: 'Registered on',
      wrong: 'Is something not right? Tell your lifecoach, who will correct it.',
    },
    lifecoachNow: 'Your lifecoach now is',
    period: (name, from, to) => `${name}: from ${from}${to ? ` to ${to}` : ' until now'}.`,
    handoverNote: 'What was written at the handover:',
    consentNone: 'No consent has been recorded yet.',
    consentSince: (answer, since) => `${answer}, since ${since}.`,
    consentHistory: 'Everything you said, newest first',
    consentEntry: (date, answer, what) => `${date}: ${answer} to “${what}”.`,
    consentByYou: 'You did this yourself.',
    consentByLifecoach: 'Your lifecoach wrote it down.',
    consentLink: 'Give or withdraw consent',
    profileMade: (date) => `Your talent profile was made on ${date}, in a conversation with your lifecoach.`,
    canDo: 'What you can do',
    wants: 'What you want',
    wantFacts: {
      work: 'Work you like',
      hours: 'Hours per week',
      travel: 'How far you want to travel',
      contract: 'Kind of contract',
      times: 'When you can work',
      mobility: 'How you travel',
      motivation: 'How much you want to work',
    },
    range: (min, max) => `${min} to ${max}`,
    outOf5: (value) => `${value} out of 5`,
    onlyLifecoach: 'What only your lifecoach sees',
    onlyLifecoachLead: 'This is about your life outside work. An employer never sees it.',
    earlierProfiles: (dates) => `There are earlier profiles too, from ${dates}. They are in your download.`,
    noProfile: 'There is no talent profile yet. You make it together with your lifecoach.',
    segmentNow: ' (now)',
    decided: (on, review) => `Decided on ${on}. We look at it again on ${review}.`,
    whyOverride: 'Why your lifecoach decided this:',
    whatHelps: 'What can help:',
    noSegment: 'Nothing has been decided yet.',
    reactionYou: (date) => `What you wrote on ${date}:`,
    reactionAnswer: (who, date) => `Answer from ${who} on ${date}:`,
    reactionWaiting: 'Your lifecoach has not answered yet.',
    reactLink: 'What do you think of this decision? Write it down',
    trajectoryFacts: {
      at: 'At',
      state: 'Status',
      proposed: 'Proposed on',
      start: 'Start',
      done: 'Finished on',
    },
    toldProvider: 'What your lifecoach told them:',
    reason: 'Reason:',
    progress: 'What the provider wrote down',
    attendance: (words) => `Attendance: ${words}`,
    observed: (count) => (count === 1 ? 'They looked at 1 skill.' : `They looked at ${count} skills.`),
    noTrajectory: 'You have no trajectory yet.',
    eventFacts: { when: 'When', where: 'Where', answer: 'Your answer' },
    at: (date, time) => `${date}, ${time}`,
    conversation: (round, from, to, employer) =>
      `Conversation ${round}${from ? ` (${from}–${to})` : ''}: with ${employer}`,
    answerLink: 'Say yes or no, and your schedule',
    noEvents: 'You have not been invited to a Meet & Greet yet.',
    matchesLead:
      'These are the vacancies you were proposed for. You may always say no. You do not have to say why.',
    matchLine: (job, employer, state) => `${job} at ${employer}: ${state}.`,
    youSaidYes: (date) => `You said yes on ${date}.`,
    noMatches: 'You have not been proposed for a vacancy yet.',
    employersLead:
      'An employer first sees only your talents, with a code. Not your name. The employer learns your name only if you agree.',
    knowsCode: (employer, code, job, since) =>
      [`${employer} knows you as `, code, `, for the vacancy ${job}. Since ${since}.`] as [
        string,
        string,
        string,
      ],
    noEmployers: 'No employer has seen your profile yet.',
    knowsName: 'Employers who know your name',
    knowsNameLine: (employer, job, since) =>
      `${employer} has known your name since ${since}, for the vacancy ${job}. That was allowed because you consented.`,
    nobodyKnowsName: 'No employer knows your name.',
    workTitle: (job, employer) => `${job} at ${employer}`,
    workFacts: {
      state: 'Status',
      kind: 'Kind of work',
      hours: 'Hours per week',
      paid: 'Paid',
      start: 'Start',
      end: 'End',
    },
    plan: 'Your onboarding plan',
    planItem: (title, date, state) => `${title}: due ${date}. ${state}.`,
    comment: (by, date) => `${by}, ${date}:`,
    noPlan: 'There is nothing in your onboarding plan yet.',
    conversations: 'Conversations about your work',
    conversationLine: (kind, date, how) => `${kind}, ${date}. ${how}.`,
    agreed: 'Agreed:',
    noConversations: 'No conversations have been written down yet.',
    lifecoachNotes: 'What your lifecoach wrote about your life outside work',
    lifecoachNotesLead: 'The employer never sees this.',
    noWork: 'You have not started at an employer through Warm Rotterdam Werkt yet.',
  },
  money: {
    title: 'Money when you start work',
    link: 'Money when you start work: what needs arranging',
    noChecklist:
      'When you start work through Warm Rotterdam, you see here what needs arranging about your money.',
    noCalculation:
      'Warm Rotterdam does not calculate your benefit or allowances. Your lifecoach helps you take the steps and knows who to ask.',
    employerNever: 'Your employer does not see this list.',
    progress: (done, total) => `${done} of the ${total} steps are done or not needed.`,
    status: {
      OPEN: 'Still to do',
      DONE: 'Done',
      NOT_NEEDED: 'Not needed',
      HELP_NEEDED: 'Your lifecoach helps with this',
    },
    who: { PERSON: 'You', LIFECOACH: 'Your lifecoach', OTHER: 'Someone else' },
    whoLabel: 'Who does it',
    dateLabel: 'Date',
    note: 'Note',
    questions: 'Questions about money? Ask your lifecoach.',
  },
  answers: {
    title: 'Yes or no',
    lead: 'Here you say yes or no to an invitation or a proposal. You do not have to say why. A no has no effect on how we treat you: you only leave that one Meet & Greet or that one vacancy.',
    events: 'Meet & Greets',
    eventAnswer: (words) => `Your answer: ${words}.`,
    yesCome: 'Yes, I will come',
    noCome: 'No, I will not come',
    closed: 'This Meet & Greet has been planned already. Want to change something? Ask your lifecoach.',
    schedule: 'Your conversations',
    scheduleNotYet: 'The schedule of your conversations comes later. Your lifecoach gives it to you.',
    schedulePrint: 'View and print the schedule',
    scheduleIcs: 'Add it to your calendar (.ics)',
    matches: 'Proposals for work',
    yesMatch: 'Yes, I want this',
    noMatch: 'No, rather not',
    noneOpen: 'There is nothing waiting for you now.',
    saved: {
      ACCEPT: 'Done. You are coming to the Meet & Greet.',
      DECLINE: 'Done. You are not coming to this Meet & Greet. Nothing else changes.',
      YES: 'Done. Your lifecoach sees that you want this.',
      NO: 'Done. You no longer take part for this vacancy. Nothing else changes.',
    },
    failed: 'That did not work: something changed in the meantime. See below what it says now.',
    scheduleTitle: 'Your conversations at the Meet & Greet',
    print: 'Print',
    back: 'Back to yes or no',
  },
  reaction: {
    title: 'What do you think of the decision?',
    lead: 'Your lifecoach decided how close to work you are. Do you disagree, or do you want to say something? Write it here. Your reaction is kept with the decision. Your lifecoach reads it and answers.',
    decision: 'The decision',
    label: 'Your reaction',
    hint: 'Short is fine. At most 1000 characters.',
    send: 'Send your reaction',
    empty: 'Write something first.',
    tooLong: 'This is too long. At most 1000 characters.',
    sent: 'Done. Your reaction has been kept. Your lifecoach will answer.',
    errorSummary: 'Something went wrong',
  },
  consentPage: {
    title: 'Your consent',
    saved: 'Done. Your choice has been saved and counts from now on.',
    lead: 'You decide what we do with your data. You may always say yes, and always stop again. That has no effect on how we treat you.',
    nothingYet: 'You have not said anything about this yet. That means: no.',
    saidYes: (date) => `You said yes, on ${date}.`,
    saidNo: (date) => `You said no, on ${date}.`,
    stop: 'No, stop this',
    give: 'Yes, that is fine',
    leave: 'Do you want to stop with Warm Rotterdam Werkt? You always can.',
    leaveLink: 'Stop and have your data erased',
    textInDutch: 'The text you agree to is in Dutch. Your lifecoach can explain it.',
  },
  preparationPage: {
    title: 'Your plan to get ready for work',
    lead: 'You make this plan together with your lifecoach. Together you choose trainings and when you will meet employers. Want something else? Tell your lifecoach.',
    none: 'You have no plan yet. Your lifecoach makes it together with you.',
    start: 'Start',
    length: 'How long',
    weeks: (weeks, until) => `${weeks} weeks, until ${until}`,
    progress: 'How far you are',
    progressText: (done, all, week, weeks) =>
      `${done} of the ${all} trainings done. You are in week ${week} of ${weeks}.`,
    meet: 'Meeting employers',
    meetNotYet: 'You will choose this together.',
    trainings: 'Your trainings',
    trainingLine: (title, provider, hours, weeks) =>
      `${title}, at ${provider}. ${hours} hours a week, ${weeks} weeks.`,
    practise: 'You practise',
    focus: 'What else you practise',
    status: { PLANNED: 'planned', BUSY: 'busy', DONE: 'done', STOPPED: 'stopped' },
  },
  whoLookedPage: {
    title: 'Who looked at my data',
    lead: 'Every time someone looks at or changes your data, we write it down. Here you see who it was: which organisation, and what that person does there. The newest are at the top.',
    times: (count) => ` (${count} times)`,
    nobody: 'Nobody has looked at your data yet.',
    noNames:
      'We do not name employees, only their organisation and what they do. Want to know who it was? Ask your lifecoach.',
    linesInDutch: 'The lines below are in Dutch.',
  },
  downloadPage: {
    title: 'Download your data',
    lead: 'You may take everything we keep about you. Choose how you want it.',
    printTitle: 'To print or read',
    print: 'A page with all your data. You can print or keep it.',
    printButton: 'Open the page to print',
    fileTitle: 'As a file for the computer',
    file: 'A file (JSON) with all your data. You can give it to another organisation, if you want.',
    fileButton: 'Download the file',
  },
  segment: {
    READY: 'Ready for work within three months',
    LATER: 'First a learn-work trajectory',
    NOT_NOW: 'Other steps first, for now',
  },
  invitation: { INVITED: 'no answer yet', ACCEPTED: 'you are coming', DECLINED: 'you are not coming' },
  consentTitles: {
    PROGRAMME_PROCESSING: 'Taking part in Warm Rotterdam Werkt',
    MATCHING: 'Looking for work that suits you',
    PROFILE_SHARING: 'Sharing your profile with an employer',
    MEET_AND_GREET: 'Going to a Meet & Greet',
    SPECIAL_CATEGORIES: 'Writing down what is going on with health, addiction or justice',
  },
  candidacy: {
    PROPOSED: 'proposed',
    SHORTLISTED: 'the employer wants to meet you',
    MET: 'you have met',
    INVITED: 'the employer wants a job interview',
    INTERVIEWED: 'you had a job interview',
    OFFERED: 'you were offered the job',
    HIRED: 'you were hired',
    DECLINED_BY_PERSON: 'you said no',
    NOT_SELECTED: 'the employer chose someone or something else',
    WITHDRAWN: 'stopped',
    VACANCY_CLOSED: 'the vacancy is closed',
  },
  planState: {
    PLANNED: 'Not started',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    DROPPED: 'No longer needed',
  },
  checkInKind: {
    MANAGER_FEEDBACK: 'Feedback from your manager',
    MENTOR: 'Conversation with your mentor',
    LIFECOACH: 'Conversation with your lifecoach',
  },
  howItsGoing: {
    GOOD: 'It is going well',
    SOME_WORRIES: 'There are some worries',
    SERIOUS_WORRIES: 'There are serious worries',
  },
  authorRole: {
    LIFECOACH: 'Your lifecoach',
    MENTOR: 'Your mentor',
    MANAGER: 'Your manager',
    EMPLOYER_RECRUITER: 'The employer',
    PROGRAMME_ADMIN: 'Warm Rotterdam',
  },
  attendance: { ON_TRACK: 'going well', SOME_ABSENCE: 'sometimes absent', STOPPED: 'no longer coming' },
};

const catalogue: Record<Lang, PersonMessages> = { nl, en };

export const messagesFor = (lang: Lang): PersonMessages => catalogue[lang];
