import type { ConsentPurpose } from './consent.entity';

/**
 * The texts a lifecoach reads out or shows before asking for consent, in plain Dutch (B1) with an
 * English translation. A consent record names the version it was given against, so a text is never
 * changed in place: write a new version, make it current, and keep the old one here.
 */
export type ConsentText = {
  version: string;
  purpose: ConsentPurpose;
  title: string;
  text: string;
  titleEn: string;
  textEn: string;
};

type PurposeTexts = { current: string; versions: readonly ConsentText[] };

export const consentTexts: Record<ConsentPurpose, PurposeTexts> = {
  PROGRAMME_PROCESSING: {
    current: 'programme-processing-v1',
    versions: [
      {
        version: 'programme-processing-v1',
        purpose: 'PROGRAMME_PROCESSING',
        title: 'Meedoen met Warm Rotterdam Werkt',
        text:
          'Je doet mee met Warm Rotterdam Werkt. Daarvoor bewaren wij je naam, je telefoonnummer en je postcode. ' +
          'We bewaren ook wat je ons vertelt over je talenten en je wensen. ' +
          'Alleen je lifecoach en de medewerkers van het programma zien alles. ' +
          'De organisatie die jou heeft aangemeld, ziet alleen je naam en je contactgegevens. ' +
          'Je mag altijd vragen wat wij over jou bewaren. Je mag altijd stoppen.',
        titleEn: 'Taking part in Warm Rotterdam Werkt',
        textEn:
          'You take part in Warm Rotterdam Werkt. For this we keep your name, your phone number and your postcode. ' +
          'We also keep what you tell us about your talents and your wishes. ' +
          'Only your lifecoach and the programme staff see everything. ' +
          'The organisation that referred you sees only your name and contact details. ' +
          'You may always ask what we keep about you. You may always stop.',
      },
    ],
  },
  MATCHING: {
    current: 'matching-v1',
    versions: [
      {
        version: 'matching-v1',
        purpose: 'MATCHING',
        title: 'Zoeken naar werk dat bij je past',
        text:
          'We zoeken werk dat bij jou past. We kijken naar wat je kunt en wat je wilt. Niet naar je diploma’s. ' +
          'Een werkgever ziet eerst alleen je talenten, niet je naam. ' +
          'Je mag elke match weigeren. Dat heeft geen gevolgen voor jou. ' +
          'Je mag deze toestemming altijd intrekken.',
        titleEn: 'Looking for work that suits you',
        textEn:
          'We look for work that suits you. We look at what you can do and what you want. Not at your diplomas. ' +
          'An employer first sees only your talents, not your name. ' +
          'You may turn down any match. That has no consequences for you. ' +
          'You may withdraw this consent at any time.',
      },
    ],
  },
  PROFILE_SHARING: {
    current: 'profile-sharing-v1',
    versions: [
      {
        version: 'profile-sharing-v1',
        purpose: 'PROFILE_SHARING',
        title: 'Je profiel delen met één werkgever',
        text:
          'We sturen je talentenprofiel naar één werkgever: de werkgever die hier staat. ' +
          'Dan kan die werkgever kennis met je maken. ' +
          'Over je geld, je gezondheid of je huis vertellen we niets. ' +
          'Je mag deze toestemming altijd intrekken.',
        titleEn: 'Sharing your profile with one employer',
        textEn:
          'We send your talent profile to one employer: the employer named here. ' +
          'Then that employer can get to know you. ' +
          'We say nothing about your money, your health or your home. ' +
          'You may withdraw this consent at any time.',
      },
    ],
  },
  MEET_AND_GREET: {
    current: 'meet-and-greet-v1',
    versions: [
      {
        version: 'meet-and-greet-v1',
        purpose: 'MEET_AND_GREET',
        title: 'Naar een Meet & Greet',
        text:
          'Je gaat naar een Meet & Greet. Daar maak je kennis met werkgevers. ' +
          'De werkgevers die er zijn, zien wie je bent en wat je kunt. ' +
          'Je mag altijd afzeggen. Dat heeft geen gevolgen voor jou.',
        titleEn: 'Going to a Meet & Greet',
        textEn:
          'You go to a Meet & Greet. There you meet employers. ' +
          'The employers who are there see who you are and what you can do. ' +
          'You may always cancel. That has no consequences for you.',
      },
    ],
  },
  SPECIAL_CATEGORIES: {
    current: 'special-categories-v1',
    versions: [
      {
        version: 'special-categories-v1',
        purpose: 'SPECIAL_CATEGORIES',
        title: 'Opschrijven wat er speelt met gezondheid, verslaving of justitie',
        text:
          'Soms speelt er iets met je gezondheid, met verslaving of met justitie. ' +
          'Dat zijn extra gevoelige gegevens. Je lifecoach schrijft daar alleen iets over op als jij dat goed vindt. ' +
          'Het helpt om te regelen wat je nodig hebt om te kunnen werken. ' +
          'Alleen je lifecoach en de medewerkers van het programma zien het. Werkgevers zien het nooit. ' +
          'Je kunt het altijd lezen in Mijn gegevens. ' +
          'Je mag deze toestemming altijd intrekken. ' +
          'Dan halen we weg wat hierover is opgeschreven.',
        titleEn: 'Writing down what is going on with health, addiction or justice',
        textEn:
          'Sometimes something is going on with your health, with addiction or with justice. ' +
          'That is extra sensitive data. Your lifecoach only writes something about it if you agree. ' +
          'It helps to arrange what you need to be able to work. ' +
          'Only your lifecoach and the programme staff see it. Employers never see it. ' +
          'You can always read it in Mijn gegevens. ' +
          'You may always withdraw this consent. ' +
          'Then we remove what was written down about it.',
      },
    ],
  },
};

export const currentConsentTextVersion = (purpose: ConsentPurpose): string => consentTexts[purpose].current;

export const findConsentText = (purpose: ConsentPurpose, version: string): ConsentText | undefined =>
  consentTexts[purpose].versions.find((text) => text.version === version);

export const allConsentTexts = (): ConsentText[] =>
  Object.values(consentTexts).flatMap((purposeTexts) => [...purposeTexts.versions]);
