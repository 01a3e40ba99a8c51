import { LEGAL_QUALIFICATION_LABELS_NL, LEGAL_QUALIFICATIONS } from '../../modules/matching/engine';
import {
  contractKinds,
  contractTypes,
  requirementTiers,
  workingTimes,
} from '../../modules/vacancies/vacancy.entity';
import type { VacancyView } from '../../modules/vacancies/vacancy.schemas';
import type { ReferenceData } from '../../reference/reference-data';
import { contractKindLabels, contractTypeLabels, requirementTierLabels, workingTimeLabels } from '../labels';
import { CheckboxGroup, RangeField } from '../layout/choice-fields';
import { Heading2, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  type Option,
  PostForm,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';

/** Rows for competence requirements on the form; an empty row is left out. */
export const REQUIREMENT_ROWS = 8;

const levelWords = ['geen', 'beginner', 'basis', 'zelfstandig', 'ervaren'];
export const levelLabel = (level: number) => `Niveau ${level} (${levelWords[level] ?? ''})`;
const dutchLevelWords = ['niet nodig', 'een paar woorden', 'eenvoudig', 'gewoon gesprek (B1)', 'vlot'];

const yesNo: Option[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nee', label: 'Nee' },
];

/** The competences whose Dutch label contains the search words; all of them without a search. */
export function competenceOptions(reference: ReferenceData, search: string, keep: readonly string[]) {
  const words = search
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  return reference.catalogue.competences
    .filter(
      (competence) =>
        keep.includes(competence.code) ||
        words.every((word) => competence.labelNl.toLowerCase().includes(word)),
    )
    .map((competence) => ({ value: competence.code, label: competence.labelNl }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** A saved vacancy as the form's values, so editing starts from what is there. */
export function valuesOfVacancy(vacancy: VacancyView): FormValues {
  const values: FormValues = {
    title: vacancy.title,
    description: vacancy.description,
    postcode: vacancy.postcode,
    'hours.min': String(vacancy.hours.min),
    'hours.max': String(vacancy.hours.max),
    gradualBuildUp: vacancy.gradualBuildUp ? 'ja' : 'nee',
    contractType: vacancy.contractType,
    contractKind: vacancy.contractKind ?? '',
    permanentProspect: vacancy.permanentProspect ? 'ja' : 'nee',
    paid: vacancy.paid ? 'ja' : 'nee',
    underCao: vacancy.underCao ? 'ja' : 'nee',
    'pay.min': vacancy.pay ? String(vacancy.pay.min).replace('.', ',') : '',
    'pay.max': vacancy.pay ? String(vacancy.pay.max).replace('.', ',') : '',
    payPer: vacancy.pay?.per ?? 'HOUR',
    mentorAvailable: vacancy.mentorAvailable ? 'ja' : 'nee',
    positions: String(vacancy.positions),
    dutchSpeaking: vacancy.dutchLevel ? String(vacancy.dutchLevel.speaking) : '',
    dutchReading: vacancy.dutchLevel ? String(vacancy.dutchLevel.reading) : '',
    dutchWriting: vacancy.dutchLevel ? String(vacancy.dutchLevel.writing) : '',
    minimumAge: '',
    version: String(vacancy.version),
  };
  vacancy.requirements.forEach((requirement, index) => {
    values[`req${index}.code`] = requirement.competenceCode;
    values[`req${index}.level`] = String(requirement.level);
    values[`req${index}.tier`] = requirement.tier;
  });
  for (const legal of vacancy.legalRequirements) {
    if ('code' in legal) values[`legal.${legal.code}`] = 'on';
    else values.minimumAge = String(legal.minimumAge);
  }
  for (const behaviour of vacancy.behaviours) values[`behaviour.${behaviour}`] = 'on';
  for (const time of vacancy.workingTimes) values[`workingTimes.${time}`] = 'on';
  return values;
}

const number = (text: string | undefined) => {
  const trimmed = (text ?? '').trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
};

/** The posted form as the API's vacancy input (the schema then checks it, as for the API). */
export function vacancyInputOf(values: FormValues, reference: ReferenceData): Record<string, unknown> {
  const requirements = [];
  for (let index = 0; index < REQUIREMENT_ROWS; index += 1) {
    const code = values[`req${index}.code`]?.trim();
    if (!code) continue;
    requirements.push({
      competenceCode: code,
      level: number(values[`req${index}.level`]) ?? 0,
      tier: values[`req${index}.tier`] || 'ESSENTIAL',
    });
  }
  const legalRequirements: Record<string, unknown>[] = LEGAL_QUALIFICATIONS.filter(
    (code) => values[`legal.${code}`],
  ).map((code) => ({ code }));
  const minimumAge = number(values.minimumAge);
  if (minimumAge !== undefined) legalRequirements.push({ minimumAge });
  const behaviours = reference.activeInstrument.sections.gedrag.items
    .map((item) => item.id)
    .filter((id) => values[`behaviour.${id}`]);
  const dutch = [values.dutchSpeaking, values.dutchReading, values.dutchWriting];
  const payMin = number(values['pay.min']);
  const payMax = number(values['pay.max']);
  const yes = (name: string) => (values[name] === 'ja' ? true : values[name] === 'nee' ? false : undefined);
  return {
    title: values.title ?? '',
    description: values.description ?? '',
    postcode: values.postcode ?? '',
    hours: { min: number(values['hours.min']), max: number(values['hours.max']) },
    gradualBuildUp: yes('gradualBuildUp') ?? false,
    contractType: values.contractType,
    contractKind: values.contractKind ? values.contractKind : null,
    workingTimes: workingTimes.filter((time) => values[`workingTimes.${time}`]),
    permanentProspect: yes('permanentProspect'),
    paid: yes('paid') ?? true,
    underCao: yes('underCao'),
    pay:
      payMin === undefined && payMax === undefined
        ? null
        : { min: payMin ?? payMax, max: payMax ?? payMin, per: values.payPer || 'HOUR' },
    requirements,
    legalRequirements,
    dutchLevel: dutch.every((part) => !part)
      ? null
      : { speaking: number(dutch[0]) ?? 0, reading: number(dutch[1]) ?? 0, writing: number(dutch[2]) ?? 0 },
    behaviours,
    mentorAvailable: yes('mentorAvailable'),
    positions: number(values.positions) ?? 1,
    ...(values.version ? { version: number(values.version) } : {}),
  };
}

/** Which form field a path of the vacancy input belongs to. */
export function vacancyFieldOf(path: readonly PropertyKey[]): string {
  const [first, second, third] = path;
  if (first === 'requirements') {
    if (typeof second !== 'number') return 'req0.code';
    return `req${second}.${third === 'level' ? 'level' : third === 'tier' ? 'tier' : 'code'}`;
  }
  if (first === 'hours' || first === 'pay') return `${String(first)}.${second === 'max' ? 'max' : 'min'}`;
  if (first === 'dutchLevel') return 'dutchSpeaking';
  if (first === 'legalRequirements') return 'minimumAge';
  if (first === 'behaviours') return 'behaviour';
  if (first === 'workingTimes') return 'workingTimes';
  return String(first ?? '_form');
}

export const vacancyMessages: Record<string, string> = {
  title: 'Geef de vacature een naam van minstens 3 tekens.',
  description: 'Vertel in minstens 10 tekens wat het werk is.',
  postcode: 'Vul een postcode in, bijvoorbeeld 3011 AB of 3011.',
  'hours.min': 'Vul het aantal uren per week in (0 tot 60); minimaal niet meer dan maximaal.',
  'hours.max': 'Vul het maximale aantal uren per week in (1 tot 60).',
  contractType: 'Kies het soort contract.',
  contractKind: 'Kies wat voor contract het is, of ‘Nog niet bekend’.',
  workingTimes: 'Kies elke werktijd één keer.',
  permanentProspect: 'Zeg of er uitzicht is op een vast contract.',
  underCao: 'Zeg of de baan onder een cao valt.',
  mentorAvailable: 'Zeg of er een mentor is.',
  'pay.min': 'Vul het loon in als bedrag; minimaal niet meer dan maximaal.',
  'pay.max': 'Vul het loon in als bedrag.',
  positions: 'Vul het aantal plaatsen in (1 tot 100).',
  'req0.code': 'Kies minstens één vaardigheid die nodig is.',
  minimumAge: 'Een wettelijke minimumleeftijd ligt tussen 16 en 21.',
  dutchSpeaking: 'Kies voor spreken, lezen en schrijven een niveau.',
};

export const vacancyServiceMessages: Record<string, string> = {
  postcode: 'Deze postcode kennen we niet. Vul een postcode in Rotterdam of de regio in.',
  paid: 'Een baan in loondienst is betaald werk.',
  contractKind: 'Een vast contract is een baan in loondienst. Kies bij soort contract ‘Baan in loondienst’.',
  permanentProspect: 'Bij een vast contract is er uitzicht op een vast contract. Kies ‘Ja’.',
};

export function VacancyForm({
  action,
  csrfToken,
  values,
  errors,
  reference,
  search,
  submitLabel,
}: {
  action: string;
  csrfToken: string;
  values: FormValues;
  errors: FieldErrors;
  reference: ReferenceData;
  search: string;
  submitLabel: string;
}) {
  const chosen = Array.from({ length: REQUIREMENT_ROWS }, (_, index) => values[`req${index}.code`] ?? '');
  const options = competenceOptions(reference, search, chosen.filter(Boolean));
  const behaviourItems = reference.activeInstrument.sections.gedrag.items;
  const checked = (prefix: string) =>
    new Set(
      Object.keys(values)
        .filter((key) => key.startsWith(`${prefix}.`))
        .map((key) => key.slice(prefix.length + 1)),
    );
  const dutchOptions: Option[] = [
    { value: '', label: 'Kies een niveau' },
    ...dutchLevelWords.map((word, level) => ({ value: String(level), label: `${level}: ${word}` })),
  ];
  return (
    <>
      <form method="get" action={action} class="utrecht-form competence-search">
        <TextField
          name="zoek"
          type="search"
          label="Zoek een vaardigheid"
          description="Typ een deel van het woord, bijvoorbeeld ‘kassa’ of ‘klant’. De keuzelijsten hieronder tonen dan alleen wat past. Wat u al koos, blijft staan."
          value={search}
          optional
          quiet
        />
        {Object.entries(values)
          .filter(([name]) => name !== 'zoek' && name !== '_csrf')
          .map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
        <SubmitButton variant="secondary">Zoek</SubmitButton>
        {search ? (
          <Paragraph>
            {options.length - chosen.filter(Boolean).length > 0
              ? `${options.length} vaardigheden in de keuzelijsten.`
              : 'Geen vaardigheid gevonden met dat woord. Probeer een ander woord.'}
          </Paragraph>
        ) : null}
      </form>
      <PostForm action={action} csrfToken={csrfToken}>
        <ErrorSummary errors={errors} />
        {values.version ? <input type="hidden" name="version" value={values.version} /> : null}
        <input type="hidden" name="zoek" value={search} />
        <TextField name="title" label="Naam van de vacature" value={values.title} error={errors.title} />
        <TextAreaField
          name="description"
          label="Wat is het werk?"
          description="In gewone woorden, zoals u het aan een nieuwe collega vertelt."
          value={values.description}
          error={errors.description}
        />
        <TextField
          name="postcode"
          label="Postcode van de werkplek"
          value={values.postcode}
          error={errors.postcode}
          size="postcode"
        />

        <Heading2>Wat iemand moet kunnen</Heading2>
        <Paragraph>
          Kies de vaardigheden die nodig zijn, het niveau en hoe belangrijk het is. We kijken naar wat iemand
          kan, niet naar diploma's. Een lege regel telt niet mee.
        </Paragraph>
        {chosen.map((code, index) => {
          const competence = code ? reference.catalogue.competence(code) : undefined;
          const level = Number(values[`req${index}.level`] ?? '');
          const descriptor = competence?.levels.find((entry) => entry.level === level)?.descriptorNl;
          return (
            <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset requirement-row">
              <legend class="utrecht-form-fieldset__legend utrecht-form-label">
                Vaardigheid {index + 1}
              </legend>
              <SelectField
                name={`req${index}.code`}
                label="Vaardigheid"
                value={code}
                error={errors[`req${index}.code`]}
                options={[{ value: '', label: 'Geen' }, ...options]}
                optional
                quiet
              />
              <SelectField
                name={`req${index}.level`}
                label="Niveau"
                value={values[`req${index}.level`] ?? '2'}
                error={errors[`req${index}.level`]}
                options={[1, 2, 3, 4].map((value) => ({ value: String(value), label: levelLabel(value) }))}
                optional
                quiet
              />
              {descriptor ? <p class="utrecht-paragraph requirement-row__descriptor">{descriptor}</p> : null}
              <SelectField
                name={`req${index}.tier`}
                label="Hoe belangrijk"
                value={values[`req${index}.tier`] ?? 'ESSENTIAL'}
                error={errors[`req${index}.tier`]}
                options={requirementTiers.map((tier) => ({
                  value: tier,
                  label: requirementTierLabels[tier],
                }))}
                optional
                quiet
              />
            </fieldset>
          );
        })}

        <Heading2>Wat de wet vraagt</Heading2>
        <CheckboxGroup
          name="legal"
          label="Certificaten of rijbewijs die de wet verplicht"
          options={LEGAL_QUALIFICATIONS.map((code) => ({
            value: code,
            label: LEGAL_QUALIFICATION_LABELS_NL[code],
          }))}
          checked={checked('legal')}
          optional
        />
        <TextField
          name="minimumAge"
          label="Minimumleeftijd die de wet verplicht"
          description="Alleen als de wet het zegt, bijvoorbeeld 18 voor werk met alcohol. Anders leeg laten."
          value={values.minimumAge}
          error={errors.minimumAge}
          inputmode="numeric"
          optional
        />

        <Heading2>Nederlandse taal</Heading2>
        <Paragraph>Laat leeg als Nederlands geen eis is. Niveau 3 is ongeveer B1.</Paragraph>
        <SelectField
          name="dutchSpeaking"
          label="Spreken"
          value={values.dutchSpeaking}
          error={errors.dutchSpeaking}
          options={dutchOptions}
          optional
        />
        <SelectField
          name="dutchReading"
          label="Lezen"
          value={values.dutchReading}
          options={dutchOptions}
          optional
        />
        <SelectField
          name="dutchWriting"
          label="Schrijven"
          value={values.dutchWriting}
          options={dutchOptions}
          optional
        />

        <Heading2>Gedrag op het werk</Heading2>
        <CheckboxGroup
          name="behaviour"
          label="Welk gedrag is belangrijk in dit werk?"
          error={errors.behaviour}
          options={behaviourItems.map((item) => ({ value: item.id, label: item.label }))}
          checked={checked('behaviour')}
          optional
        />

        <Heading2>Uren, contract en loon</Heading2>
        <RangeField
          name="hours"
          label="Uren per week"
          unit="uur"
          values={{ min: values['hours.min'], max: values['hours.max'] }}
          errors={{ min: errors['hours.min'], max: errors['hours.max'] }}
        />
        <RadioGroup
          name="gradualBuildUp"
          label="Mag iemand met minder uren beginnen en langzaam opbouwen?"
          value={values.gradualBuildUp}
          error={errors.gradualBuildUp}
          options={yesNo}
        />
        <RadioGroup
          name="contractType"
          label="Soort contract"
          value={values.contractType}
          error={errors.contractType}
          options={contractTypes.map((type) => ({ value: type, label: contractTypeLabels[type] }))}
        />
        <RadioGroup
          name="contractKind"
          label="Wat voor contract is het?"
          description="Dezelfde keuzes als we de werkzoekende vragen. Wie dit soort contract niet wil, komt niet op uw lijst. Een oproep- of nulurencontract alleen bij wie daar zelf voor koos."
          value={values.contractKind ?? ''}
          error={errors.contractKind}
          options={[
            ...contractKinds.map((kind) => ({ value: kind, label: contractKindLabels[kind] })),
            { value: '', label: 'Nog niet bekend' },
          ]}
        />
        <CheckboxGroup
          name="workingTimes"
          label="Wanneer is het werk?"
          description="Kies alles wat geldt. Wie op geen van deze tijden kan werken, komt niet op uw lijst. Niets gekozen: dan kijken we niet naar werktijden."
          error={errors.workingTimes}
          options={workingTimes.map((time) => ({ value: time, label: workingTimeLabels[time] }))}
          checked={checked('workingTimes')}
          optional
        />
        <RadioGroup
          name="permanentProspect"
          label="Is er uitzicht op een vast contract?"
          value={values.permanentProspect}
          error={errors.permanentProspect}
          options={yesNo}
        />
        <RadioGroup
          name="paid"
          label="Is het betaald werk?"
          value={values.paid ?? 'ja'}
          error={errors.paid}
          options={yesNo}
        />
        <RadioGroup
          name="underCao"
          label="Valt het werk onder een cao?"
          value={values.underCao}
          error={errors.underCao}
          options={yesNo}
        />
        <RangeField
          name="pay"
          label="Loon (bruto)"
          description="Mag leeg blijven als u het nog niet weet."
          unit="euro"
          values={{ min: values['pay.min'], max: values['pay.max'] }}
          errors={{ min: errors['pay.min'], max: errors['pay.max'] }}
          optional
        />
        <SelectField
          name="payPer"
          label="Loon per"
          value={values.payPer ?? 'HOUR'}
          options={[
            { value: 'HOUR', label: 'Uur' },
            { value: 'MONTH', label: 'Maand' },
          ]}
          optional
          quiet
        />

        <Heading2>Begeleiding en plaatsen</Heading2>
        <RadioGroup
          name="mentorAvailable"
          label="Is er een mentor die de nieuwe collega begeleidt?"
          description="Een mentor is iemand anders dan de leidinggevende."
          value={values.mentorAvailable}
          error={errors.mentorAvailable}
          options={yesNo}
        />
        <TextField
          name="positions"
          label="Hoeveel mensen zoekt u?"
          value={values.positions ?? '1'}
          error={errors.positions}
          inputmode="numeric"
        />
        <SubmitButton>{submitLabel}</SubmitButton>
      </PostForm>
    </>
  );
}
