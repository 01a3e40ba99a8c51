import { redactName } from '../matching/redact-name';

// Pure module: the summary a lifecoach writes for employers, checked for words from which an
// employer could tell someone's gender, age, origin, religion or health. Employers read only
// this summary (never the lifecoach's own strengths summary), before and after any introduction.
//
// The rules err on the side of the person: a word that could reveal something is refused, and the
// lifecoach rewrites the sentence. They are checked when the summary is saved, and again whenever
// an employer reads it (a summary that no longer passes — the list grew, the name changed — is not
// shown at all).

export type RevealedAspect = 'gender' | 'age' | 'origin' | 'religion' | 'health' | 'name';

export interface RevealingWord {
  word: string;
  aspect: RevealedAspect;
}

const GENDERED_PRONOUNS = new Set([
  'hij',
  'hem',
  'zij',
  'ze',
  'haar',
  "z'n",
  "d'r",
  'hijzelf',
  'hemzelf',
  'zijzelf',
  'haarzelf',
]);

/**
 * "zijn" is a possessive ("zijn werk": his) or a verb ("ze zijn", "kan zijn"). It counts as the
 * verb only where "his" cannot be meant: it ends a clause ("… die er zijn."), follows a word that
 * only a verb can follow (below), or follows a plural ("collega's zijn", "afspraken zijn"; not the
 * prepositions that end like one, "tussen zijn"). Everywhere else it is read as "his" and refused.
 */
const BEFORE_VERB_ZIJN = new Set([
  'te',
  'kan',
  'kunnen',
  'kon',
  'konden',
  'wil',
  'willen',
  'wilde',
  'wilden',
  'moet',
  'moeten',
  'moest',
  'moesten',
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'zal',
  'zullen',
  'zou',
  'zouden',
  'we',
  'wij',
  'jullie',
  'er',
  'die',
  'dat',
  'deze',
  'dit',
  'wat',
  'hier',
  'daar',
]);

const PREPOSITIONS_LIKE_PLURALS = new Set(['binnen', 'boven', 'buiten', 'tegen', 'tussen', 'beneden']);
const isPlural = (word: string) =>
  word.endsWith("'s") || (word.length > 3 && word.endsWith('en') && !PREPOSITIONS_LIKE_PLURALS.has(word));

const GENDERED_WORDS = new Set([
  'man',
  'mannen',
  'vrouw',
  'vrouwen',
  'meneer',
  'mevrouw',
  'mevr',
  'dhr',
  'mw',
  'heer',
  'heren',
  'dame',
  'dames',
  'jongen',
  'jongens',
  'meisje',
  'meisjes',
  'meid',
  'meiden',
  'moeder',
  'moeders',
  'vader',
  'vaders',
  'zoon',
  'dochter',
  'broer',
  'zus',
  'zuster',
  'oma',
  'opa',
  'tante',
  'oom',
  'echtgenoot',
  'echtgenote',
  'vriendin',
  'weduwe',
  'weduwnaar',
  'moederschap',
  'vaderschap',
  'mama',
  'papa',
  // job titles with a female or male form
  'medewerkster',
  'schoonmaakster',
  'verkoopster',
  'kapster',
  'serveerster',
  'verpleegster',
  'werkster',
  'huishoudster',
  'naaister',
  'kassière',
  'studente',
  'lerares',
  'gastvrouw',
  'gastheer',
  'huisvrouw',
  'huisman',
]);
/** Compounds on a gendered word: vakvrouw, zakenman, alleenstaande-moeder, schoonmaakster … */
const GENDERED_COMPOUND = /(vrouw|vrouwen|moeder|moeders|vader|vaders|meisje|jongen|mannen|man)$/;
const GENDERED_COMPOUND_EXCEPTIONS = new Set(['roman', 'talisman', 'oman']);

const AGE_WORDS = new Set([
  'geboren',
  'geboortejaar',
  'geboortedatum',
  'leeftijd',
  'jong',
  'jonge',
  'jongere',
  'jongeren',
  'oud',
  'oude',
  'ouder',
  'oudere',
  'ouderen',
  'bejaard',
  'bejaarde',
  'senior',
  'senioren',
  'junior',
  'pensioen',
  'gepensioneerd',
  'aow',
  'tiener',
  'puber',
]);
const AGE_PATTERNS = [
  /^(19|20)\d\d$/, // a year: of birth or not, it dates a person
  /jarigen?$/, // vijftigjarige, 52-jarige
  /^(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig)(er|ers|plus|plusser|plussers)$/,
  /plussers?$/,
  /^\d+\+$/,
];
/**
 * A number of years from 15 up, in digits or words: "52 jaar", "dertig jaar werk", "vijfenveertig
 * jaar" — an age, or a career that dates a person.
 */
const AGE_IN_YEARS =
  /(?<![\p{L}\p{N}])(?:1[5-9]|[2-9]\d|1[01]\d|\p{L}*(?:tien|tig))\s*(?:-\s*)?(?:jaar|jaren|jr)(?![\p{L}])/giu;

const ORIGIN_PATTERNS = [
  /^marokk/,
  /^turk(s|se|ije|en)?$/,
  /^surinam/,
  /^antill/,
  /^curacao/,
  /^kaapverd/,
  /^arub/,
  /^pol(en|e|in)$/,
  /^poolse?$/,
  /^pools$/,
  /^syri/,
  /^eritre/,
  /^somali/,
  /^afgha/,
  /^ira(k|kees|kese|akse?|aks|n|ns|anse?)$/,
  /^koerd/,
  /^arab/,
  /^berber/,
  /^amazigh/,
  /^chin(a|ees|ese|ezen)$/,
  /^indones/,
  /^indisch/,
  /^hindoestan/,
  /^ghan(a|ees|ese)$/,
  /^nigeria/,
  /^portug/,
  /^spa(nje|ans|anse)$/,
  /^itali/,
  /^grie(k|ks|kse|ken|kenland)$/,
  /^bulga/,
  /^roeme/,
  /^honga/,
  /^oekra/,
  /^russ/,
  /^rusland$/,
  /^joegosla/,
  /^bosni/,
  /^servi(e|er|ers|sch|sche)$/,
  /^kroat/,
  /^albane/,
  /^albani/,
  /^afrika/,
  /^azi(e|atisch|atische)$/,
  /^caribisch/,
  /^papiament/,
  /^sranan/,
  /^tigrinya$/,
  /^(farsi|dari|pashto|urdu|hindi|tamil|mandarijn|kantonees)$/,
  /^(frans|franse|duits|duitse)$/,
  /^buitenland/,
  /^allochto/,
  /^autochto/,
  /^migra/,
  /^vluchteling/,
  /^statushouder/,
  /^asiel/,
  /^nieuwkomer/,
  /^inburger/,
  /^expat/,
  /^afkomst/,
  /^herkomst/,
  /^nationaliteit/,
  /^etni/,
  /^nederlander/,
  /^nederlandse$/,
  /^hollandse?$/,
  /^moedertaal/,
];

const RELIGION_PATTERNS = [
  /^moslim/,
  /^islam/,
  /^christ/,
  /^katholie/,
  /^protestan/,
  /^jood/,
  /^joods/,
  /^hindoe/,
  /^boeddh/,
  /^moskee/,
  /^kerk(en|elijk|elijke)?$/,
  /^synago/,
  /^tempel/,
  /^hoofddoek/,
  /^ramadan/,
  /^geloo[fv]/,
  /^gelovig/,
  /^religi/,
  /^halal$/,
  /^koran/,
  /^bijbel/,
  /^suikerfeest/,
  /^offerfeest/,
  /^bidden$/,
  /^gebed/,
  /^imam/,
  /^dominee/,
  /^pastoor/,
  /^sabbat/,
  /^vasten$/,
];

const HEALTH_PATTERNS = [
  /^ziek(e|er|te|tes|ten|tewet|teverzuim|melding)?$/,
  /^gezondheid/,
  /^beperking/,
  /^handicap/,
  /^gehandicapt/,
  /^burn-?out/,
  /^depress/,
  /^angst/,
  /^psych/,
  /^ggz$/,
  /^verslav/,
  /^verslaafd/,
  /^afkick/,
  /^diabet/,
  /^suikerziekte/,
  /^kanker/,
  /^hart(patient|klachten|aanval|problemen|ziekte)/,
  /klachten$/,
  /^medicijn/,
  /^medicatie/,
  /^therap/,
  /^revalid/,
  /^arbeidsongeschikt/,
  /^wajong/,
  /^(wia|wao|adhd|ptss)$/,
  /^autis/,
  /^dyslex/,
  /^zwanger/,
  /^rolstoel/,
  /^(blind|doof|slechthorend|slechtziend)e?$/,
  /^chronisch/,
  /^pijn/,
  /^overspannen/,
  /^trauma/,
  /^epileps/,
  /^astma/,
  /^reuma/,
  /^operatie/,
  /^verzuim/,
];

/** Lower case without accents, so "Syriër" and "syrier" are one word. */
const normalise = (word: string) =>
  word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*\+?/gu;

/** One pattern per aspect: the check runs for every candidate an employer reads. */
const anyOf = (patterns: readonly RegExp[]) => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
const AGE = anyOf(AGE_PATTERNS);
const ORIGIN = anyOf(ORIGIN_PATTERNS);
const RELIGION = anyOf(RELIGION_PATTERNS);
const HEALTH = anyOf(HEALTH_PATTERNS);

function aspectOf(token: string): RevealedAspect | null {
  if (GENDERED_PRONOUNS.has(token) || GENDERED_WORDS.has(token)) return 'gender';
  if (token.length > 3 && GENDERED_COMPOUND.test(token) && !GENDERED_COMPOUND_EXCEPTIONS.has(token))
    return 'gender';
  if (AGE_WORDS.has(token) || AGE.test(token)) return 'age';
  if (ORIGIN.test(token)) return 'origin';
  if (RELIGION.test(token)) return 'religion';
  if (HEALTH.test(token)) return 'health';
  return null;
}

/**
 * Every word in `text` from which a reader could tell gender, age, origin, religion or health —
 * and the person's own name, when given — in the order they appear, each once.
 */
export function revealingWords(text: string, fullName?: string): RevealingWord[] {
  const found: RevealingWord[] = [];
  const seen = new Set<string>();
  const add = (word: string, aspect: RevealedAspect) => {
    const key = `${aspect}:${word.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ word, aspect });
  };
  const matches = [...text.matchAll(WORD)];
  matches.forEach((match, index) => {
    const word = match[0];
    const whole = normalise(word);
    if (whole === 'zijn') {
      const rest = text.slice((match.index ?? 0) + word.length);
      const endsClause = /^\s*($|[.,;:!?)])/.test(rest);
      const before = index > 0 ? normalise(matches[index - 1]?.[0] ?? '') : '';
      if (!endsClause && !BEFORE_VERB_ZIJN.has(before) && !isPlural(before)) add(word, 'gender');
      return;
    }
    // A compound is checked whole ("52-jarige", "50-plusser") and by its parts ("oud-collega").
    for (const token of new Set([whole, ...whole.split('-')])) {
      const aspect = aspectOf(token);
      if (aspect) {
        add(word, aspect);
        break;
      }
    }
  });
  for (const match of text.matchAll(AGE_IN_YEARS)) add(match[0], 'age');
  if (fullName && redactName(text, fullName, '\u0000') !== text) add(fullName, 'name');
  return found;
}

const ADVICE: Record<RevealedAspect, string> = {
  gender:
    'zegt of het om een man of een vrouw gaat. Schrijf bijvoorbeeld ‘deze kandidaat’, of begin de zin met wat de persoon doet (‘Werkt precies …’).',
  age: 'zegt iets over leeftijd. Laat het weg, of schrijf wat de persoon kan (‘heeft ervaring met …’).',
  origin:
    'zegt iets over afkomst of nationaliteit. Laat het weg; de taal Nederlands staat al in het profiel.',
  religion: 'zegt iets over geloof. Laat het weg.',
  health: 'gaat over gezondheid. Dat bespreekt de lifecoach; het hoort niet in een tekst voor werkgevers.',
  name: 'is de naam van de persoon. Werkgevers lezen deze tekst voordat ze weten wie het is: laat de naam weg.',
};

/** One plain-Dutch line per word, saying what it reveals and how to rewrite it. */
export const rewriteAdvice = (word: RevealingWord) => `‘${word.word}’ ${ADVICE[word.aspect]}`;

export const EMPLOYER_SUMMARY_REFUSAL =
  'Werkgevers lezen deze samenvatting. Schrijf de tekst zo dat niemand eruit kan halen of het om een man of een vrouw gaat, hoe oud iemand is, waar iemand vandaan komt, wat iemand gelooft of hoe het met de gezondheid gaat. Herschrijf de woorden hieronder; er is niets opgeslagen.';

// The check costs about 0.1 ms a text, for every candidate in every list an employer opens; profiles
// never change, so the verdicts are remembered (bounded: forgotten all at once when full).
const MAX_REMEMBERED = 50_000;
const passes = new Map<string, boolean>();

/** The employer summary as an employer may read it now: the text, or null when it does not pass. */
export function employerSummaryOf(summary: string | null | undefined, fullName: string): string | null {
  if (!summary) return null;
  const key = `${fullName}\u0000${summary}`;
  let verdict = passes.get(key);
  if (verdict === undefined) {
    verdict = revealingWords(summary, fullName).length === 0;
    if (passes.size >= MAX_REMEMBERED) passes.clear();
    passes.set(key, verdict);
  }
  return verdict ? summary : null;
}
