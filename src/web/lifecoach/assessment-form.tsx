import type { Child } from 'hono/jsx';
import type { SectionId } from '../../modules/assessments/instrument';
import type { InstrumentFormView } from '../../modules/assessments/instrument.schemas';
import { isSpecialCategoryObstacle } from '../../modules/assessments/special-categories';
import { CheckboxGroup, FieldGroup, RangeField } from '../layout/choice-fields';
import { Heading2 } from '../layout/components';
import {
  type FieldErrors,
  type FormValues,
  fieldId,
  type Option,
  RadioGroup,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';

// The assessment form, drawn from the instrument data alone: every section and item is rendered by
// its item type, so a new instrument version needs no new page code. Each item has fixed field
// names in the posted form; the same names map the service's error paths back to the fields.

type Sections = InstrumentFormView['sections'];
export type FormSection = Sections[SectionId];
type FormItem = FormSection['items'][number];
type CompetenceItem = Sections['kunnen']['items'][number];
type SavedAnswers = Record<string, unknown>;

/** Reference lists the form needs beyond the instrument (labels only, no personal data). */
export type FormCatalogue = {
  /** Every catalogue competence, for "another competence" in kunnen. */
  competences: { code: string; label: string }[];
  sectors: { code: string; label: string }[];
  occupationLabel: (code: string) => string;
  /** The result of "search an occupation" in this post, if one was asked. */
  occupationResults?: { query: string; items: { code: string; label: string }[] } | undefined;
};

export const OTHER_COMPETENCE = '_andere';
export const OTHER_COMPETENCE_LEVEL = '_andere_niveau';
/** The submit button that searches occupations instead of saving. */
export const SEARCH_ACTION = 'zoek-beroep';
const searchField = (itemId: string) => `${itemId}._zoek`;

const COMPETENCE_CODE = /^[TPL]-[A-Z0-9-]+$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const itemsOf = (section: FormSection): readonly FormItem[] => section.items;

const numberText = (value: unknown) => (typeof value === 'number' ? String(value).replace('.', ',') : '');

/** Codes scored in kunnen that the instrument does not list itself (acceptOtherCatalogueCompetences). */
function otherCompetenceCodes(section: FormSection, values: FormValues): string[] {
  const listed = new Set(itemsOf(section).map((item) => item.id));
  return Object.keys(values).filter((key) => COMPETENCE_CODE.test(key) && !listed.has(key));
}

// ---------------------------------------------------------------------------------------------
// Saved answers → form values

export function answersToValues(section: FormSection, saved: SavedAnswers | undefined): FormValues {
  const values: FormValues = {};
  const answers = saved ?? {};
  for (const item of itemsOf(section)) {
    const answer = answers[item.id];
    if (answer === undefined || answer === null) continue;
    switch (item.type) {
      case 'numberRange':
        if (isRecord(answer)) {
          values[`${item.id}.min`] = numberText(answer.min);
          values[`${item.id}.max`] = numberText(answer.max);
        }
        break;
      case 'multiChoice':
      case 'sectors':
      case 'occupations':
        if (Array.isArray(answer)) for (const value of answer) values[`${item.id}.${String(value)}`] = 'ja';
        break;
      case 'boolean':
        values[item.id] = answer === true ? 'ja' : 'nee';
        break;
      case 'obstacles':
        if (Array.isArray(answer)) {
          for (const obstacle of answer) {
            if (!isRecord(obstacle)) continue;
            const base = `${item.id}.${String(obstacle.type)}`;
            values[`${base}.speelt`] = obstacle.bekend === true ? 'bekend' : 'onbekend';
            values[`${base}.binnen`] = String(obstacle.oplosbaarBinnen ?? 'onbekend');
            if (typeof obstacle.toelichting === 'string')
              values[`${base}.toelichting`] = obstacle.toelichting;
          }
        }
        break;
      case 'number':
        values[item.id] = numberText(answer);
        break;
      default:
        values[item.id] = String(answer);
    }
  }
  // kunnen: competences from the wider catalogue that were scored too.
  if (itemsOf(section)[0]?.type === 'competenceLevel') {
    const listed = new Set(itemsOf(section).map((item) => item.id));
    for (const [code, level] of Object.entries(answers)) {
      if (!listed.has(code) && typeof level === 'number') values[code] = String(level);
    }
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Form values → answer patch for the service

/** A typed number as a number; anything else as typed, so the service explains what is wrong. */
function typedNumber(text: string | undefined): number | string | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return null;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
}

const ticked = (values: FormValues, prefix: string) =>
  Object.entries(values)
    .filter(([key, value]) => key.startsWith(`${prefix}.`) && value === 'ja')
    .map(([key]) => key.slice(prefix.length + 1))
    .filter((value) => value !== '' && !value.startsWith('_'));

export type SectionPatch = {
  /** Answers per item id; null removes an answer that is no longer given. */
  answers: Record<string, unknown>;
  /** The form field a service error path (after answers.<section>) belongs to. */
  fieldOf: (rest: readonly PropertyKey[]) => string;
};

export function valuesToPatch(section: FormSection, values: FormValues): SectionPatch {
  const answers: Record<string, unknown> = {};
  const obstacleOrder = new Map<string, string[]>();
  for (const item of itemsOf(section)) {
    const raw = values[item.id]?.trim() ?? '';
    switch (item.type) {
      case 'competenceLevel':
      case 'scale':
      case 'bipolar':
      case 'number':
        answers[item.id] = typedNumber(values[item.id]);
        break;
      case 'numberRange': {
        const min = typedNumber(values[`${item.id}.min`]);
        const max = typedNumber(values[`${item.id}.max`]);
        answers[item.id] = min === null && max === null ? null : { min, max };
        break;
      }
      case 'multiChoice':
      case 'sectors':
      case 'occupations': {
        const chosen = ticked(values, item.id);
        answers[item.id] = chosen.length ? chosen : null;
        break;
      }
      case 'boolean':
        answers[item.id] = raw === '' ? null : raw === 'ja';
        break;
      case 'obstacles': {
        const types: string[] = [];
        const listed = item.obstacleTypes.flatMap((type) => {
          const base = `${item.id}.${type.value}`;
          const plays = values[`${base}.speelt`];
          if (plays !== 'bekend' && plays !== 'onbekend') return [];
          types.push(type.value);
          const note = values[`${base}.toelichting`]?.trim();
          return [
            {
              type: type.value,
              bekend: plays === 'bekend',
              oplosbaarBinnen: values[`${base}.binnen`] || 'onbekend',
              ...(note ? { toelichting: note } : {}),
            },
          ];
        });
        obstacleOrder.set(item.id, types);
        answers[item.id] = listed;
        break;
      }
      default:
        answers[item.id] = raw === '' ? null : raw;
    }
  }
  if (itemsOf(section)[0]?.type === 'competenceLevel') {
    for (const code of otherCompetenceCodes(section, values)) answers[code] = typedNumber(values[code]);
    const added = values[OTHER_COMPETENCE]?.trim();
    if (added) answers[added] = typedNumber(values[OTHER_COMPETENCE_LEVEL]);
  }
  const fieldOf = (rest: readonly PropertyKey[]): string => {
    const [itemId, next, detail] = rest;
    const id = String(itemId ?? '_form');
    const item = itemsOf(section).find((candidate) => candidate.id === id);
    if (item?.type === 'numberRange') return `${id}.${next === 'max' ? 'max' : 'min'}`;
    if (item?.type === 'obstacles' && typeof next === 'number') {
      const type = obstacleOrder.get(id)?.[next];
      if (type) return `${id}.${type}.${detail === 'toelichting' ? 'toelichting' : 'speelt'}`;
    }
    if (!item && id === values[OTHER_COMPETENCE]?.trim()) return OTHER_COMPETENCE;
    return id;
  };
  return { answers, fieldOf };
}

// ---------------------------------------------------------------------------------------------
// Rendering

const levelOptions = (item: CompetenceItem): Option[] => [
  { value: '', label: 'Nog geen niveau gekozen' },
  ...item.levels.map((level) => ({
    value: String(level.level),
    label: `${level.level} – ${level.descriptorNl}`,
  })),
];

const genericLevelOptions = (labels: readonly string[]): Option[] => [
  { value: '', label: 'Kies een niveau' },
  ...labels.map((label, level) => ({ value: String(level), label: `${level} – ${label}` })),
];

function scaleOptions(min: number, labels: readonly string[]): Option[] {
  return labels.map((label, index) => ({ value: String(min + index), label: `${min + index} – ${label}` }));
}

/** Radio buttons cannot be unticked: an answer that may stay open gets its own "no answer" choice. */
const clearable = (options: Option[], required: boolean): Option[] =>
  required ? options : [...options, { value: '', label: 'Geen antwoord' }];

function KunnenFields({
  section,
  values,
  errors,
  catalogue,
}: {
  section: Sections['kunnen'];
  values: FormValues;
  errors: FieldErrors;
  catalogue: FormCatalogue;
}) {
  const groups: { label: string; items: CompetenceItem[] }[] = [];
  for (const item of section.items) {
    const group = groups.find((candidate) => candidate.label === item.group.labelNl);
    if (group) group.items.push(item);
    else groups.push({ label: item.group.labelNl, items: [item] });
  }
  const listed = new Set(section.items.map((item) => item.id));
  const others = otherCompetenceCodes(section, values);
  const labelOf = (code: string) => catalogue.competences.find((c) => c.code === code)?.label ?? code;
  return (
    <>
      <p class="utrecht-paragraph">
        De niveaus: {section.scale.labels.map((label, level) => `${level} ${label.toLowerCase()}`).join(', ')}
        . Je hoeft niet alles te scoren: kies alleen wat je weet. Nodig om af te ronden: minstens{' '}
        {section.minimumScored} vaardigheden.
      </p>
      {groups.map((group) => (
        <section class="form-group" aria-label={group.label}>
          <h3 class="utrecht-heading-3">{group.label}</h3>
          {group.items.map((item) => (
            <SelectField
              name={item.id}
              label={item.label}
              value={values[item.id]}
              error={errors[item.id]}
              options={levelOptions(item)}
              optional={!item.required}
            />
          ))}
        </section>
      ))}
      {others.length ? (
        <section class="form-group" aria-label="Andere vaardigheden">
          <h3 class="utrecht-heading-3">Andere vaardigheden</h3>
          {others.map((code) => (
            <SelectField
              name={code}
              label={labelOf(code)}
              value={values[code]}
              error={errors[code]}
              options={[
                { value: '', label: 'Niet meer scoren' },
                ...genericLevelOptions(section.scale.labels).slice(1),
              ]}
            />
          ))}
        </section>
      ) : null}
      {section.acceptOtherCatalogueCompetences ? (
        <FieldGroup
          name={OTHER_COMPETENCE}
          label="Nog een vaardigheid toevoegen"
          description="Staat een vaardigheid niet in de lijst? Kies hem hier en geef een niveau."
          error={errors[OTHER_COMPETENCE]}
          optional
        >
          <SelectField
            name={OTHER_COMPETENCE}
            label="Vaardigheid"
            value={values[OTHER_COMPETENCE]}
            options={[
              { value: '', label: 'Geen' },
              ...catalogue.competences
                .filter((competence) => !listed.has(competence.code) && !others.includes(competence.code))
                .map((competence) => ({ value: competence.code, label: competence.label })),
            ]}
            optional
          />
          <SelectField
            name={OTHER_COMPETENCE_LEVEL}
            label="Niveau"
            value={values[OTHER_COMPETENCE_LEVEL]}
            options={genericLevelOptions(section.scale.labels)}
            optional
          />
        </FieldGroup>
      ) : null}
    </>
  );
}

function ObstaclesField({
  item,
  values,
  errors,
}: {
  item: Extract<FormItem, { type: 'obstacles' }>;
  values: FormValues;
  errors: FieldErrors;
}) {
  const horizons: Option[] = (['drie_maanden', 'anderhalf_jaar', 'onbekend'] as const).map((value) => ({
    value,
    label: item.horizonLabels[value],
  }));
  return (
    <FieldGroup
      name={item.id}
      label={item.label}
      description={item.help ?? 'Kies per onderwerp of het speelt. Wat niet speelt, laat je op "Nee".'}
      error={errors[item.id]}
    >
      {item.obstacleTypes.map((type) => {
        const base = `${item.id}.${type.value}`;
        return (
          <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset obstacle">
            <legend class="utrecht-form-fieldset__legend obstacle__title">{type.label}</legend>
            {isSpecialCategoryObstacle(type.value) && (
              <p class="utrecht-form-field-description">
                Schrijf dit alleen op als de persoon daar apart toestemming voor gaf (bij Toestemming:
                gezondheid, verslaving of justitie).
              </p>
            )}
            <div class="obstacle__fields">
              <SelectField
                name={`${base}.speelt`}
                label="Speelt dit?"
                value={values[`${base}.speelt`] ?? 'nee'}
                error={errors[`${base}.speelt`]}
                options={[
                  { value: 'nee', label: 'Nee' },
                  { value: 'bekend', label: 'Ja, en het is duidelijk wat er speelt' },
                  { value: 'onbekend', label: 'Ja, maar nog niet duidelijk wat er speelt' },
                ]}
              />
              <SelectField
                name={`${base}.binnen`}
                label="Wanneer is het geregeld?"
                value={values[`${base}.binnen`] ?? 'onbekend'}
                options={horizons}
              />
              <TextField
                name={`${base}.toelichting`}
                label="Toelichting"
                value={values[`${base}.toelichting`]}
                error={errors[`${base}.toelichting`]}
                optional
              />
            </div>
          </fieldset>
        );
      })}
    </FieldGroup>
  );
}

function OccupationsField({
  item,
  values,
  errors,
  catalogue,
}: {
  item: Extract<FormItem, { type: 'occupations' }>;
  values: FormValues;
  errors: FieldErrors;
  catalogue: FormCatalogue;
}) {
  const chosen = ticked(values, item.id);
  const results = (catalogue.occupationResults?.items ?? []).filter(
    (result) => !chosen.includes(result.code),
  );
  const options = [
    ...chosen.map((code) => ({ value: code, label: catalogue.occupationLabel(code) })),
    ...results.map((result) => ({ value: result.code, label: result.label })),
  ];
  const query = catalogue.occupationResults?.query;
  return (
    <div class="occupations">
      {options.length ? (
        <CheckboxGroup
          name={item.id}
          label={item.label}
          description={
            results.length
              ? `Vink aan wat past (hoogstens ${item.maxSelected}). Gevonden bij "${query}": ${results.length}.`
              : (item.help ?? `Hoogstens ${item.maxSelected}.`)
          }
          error={errors[item.id]}
          optional={!item.required}
          options={options}
          checked={new Set(chosen)}
        />
      ) : (
        <p class="utrecht-paragraph">
          <strong>{item.label}</strong> {item.help ?? ''}
        </p>
      )}
      {query !== undefined && results.length === 0 ? (
        <p class="utrecht-paragraph" role="status">
          Geen beroep gevonden bij "{query}". Probeer een ander woord.
        </p>
      ) : null}
      <div class="search-row">
        <TextField
          name={searchField(item.id)}
          label="Zoek een beroep"
          description="Typ een deel van de naam, bijvoorbeeld kok of magazijn."
          value={values[searchField(item.id)]}
          type="search"
          optional
        />
        <SubmitButton variant="secondary" name="_actie" value={SEARCH_ACTION}>
          Zoeken
        </SubmitButton>
      </div>
    </div>
  );
}

/** One item as form fields, by its type. */
function ItemField({
  item,
  values,
  errors,
  catalogue,
}: {
  item: FormItem;
  values: FormValues;
  errors: FieldErrors;
  catalogue: FormCatalogue;
}): Child {
  const common = {
    name: item.id,
    error: errors[item.id],
    optional: !item.required,
  };
  const { label } = item;
  const sensitive = 'sensitive' in item && item.sensitive === true;
  const help =
    [
      ('help' in item ? item.help : undefined) ?? '',
      sensitive ? 'Alleen voor lifecoaches en het programma.' : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  switch (item.type) {
    case 'competenceLevel':
      return null; // drawn by KunnenFields
    case 'scale':
      return (
        <RadioGroup
          {...common}
          label={item.required ? label : `${label} (mag leeg blijven)`}
          description={help}
          value={values[item.id]}
          options={clearable(scaleOptions(item.scale.min, item.scale.labels), item.required)}
        />
      );
    case 'bipolar': {
      const { min, max } = item.scale;
      const middle = (min + max) / 2;
      // Each point in words: the pole it is nearer to, the ends fully, the middle as "both".
      const options = Array.from({ length: max - min + 1 }, (_, index) => {
        const value = min + index;
        const pole = value < middle ? item.poles.min : item.poles.max;
        const text =
          value === middle
            ? 'Allebei even graag'
            : value === min || value === max
              ? pole
              : `${pole} (een beetje)`;
        return { value: String(value), label: `${value} – ${text}` };
      });
      return (
        <RadioGroup
          {...common}
          label={item.required ? label : `${label} (mag leeg blijven)`}
          description={help}
          value={values[item.id]}
          options={clearable(options, item.required)}
        />
      );
    }
    case 'singleChoice':
    case 'precondition':
      return (
        <RadioGroup
          {...common}
          label={item.required ? label : `${label} (mag leeg blijven)`}
          description={help}
          value={values[item.id]}
          options={clearable(
            item.options.map((option) => ({ value: option.value, label: option.label })),
            item.required,
          )}
        />
      );
    case 'boolean':
      return (
        <RadioGroup
          {...common}
          label={item.required ? label : `${label} (mag leeg blijven)`}
          description={help}
          value={values[item.id]}
          options={clearable(
            [
              { value: 'ja', label: 'Ja' },
              { value: 'nee', label: 'Nee' },
            ],
            item.required,
          )}
        />
      );
    case 'number':
      return (
        <TextField
          {...common}
          label={`${label} (${item.bounds.unit})`}
          description={[help, `Een getal van ${item.bounds.min} tot en met ${item.bounds.max}.`]
            .filter(Boolean)
            .join(' ')}
          value={values[item.id]}
          inputmode="numeric"
          size="postcode"
        />
      );
    case 'numberRange':
      return (
        <RangeField
          name={item.id}
          label={label}
          description={[help, `Getallen van ${item.bounds.min} tot en met ${item.bounds.max}.`]
            .filter(Boolean)
            .join(' ')}
          optional={!item.required}
          unit={item.bounds.unit}
          values={{ min: values[`${item.id}.min`], max: values[`${item.id}.max`] }}
          errors={{ min: errors[`${item.id}.min`], max: errors[`${item.id}.max`] }}
        />
      );
    case 'multiChoice':
      return (
        <CheckboxGroup
          {...common}
          label={label}
          description={help}
          options={item.options.map((option) => ({ value: option.value, label: option.label }))}
          checked={new Set(ticked(values, item.id))}
        />
      );
    case 'sectors': {
      const chosen = new Set(ticked(values, item.id));
      return (
        <details class="choice-details" open={chosen.size > 0 || Boolean(errors[item.id])}>
          <summary class="choice-details__summary">
            {label} {chosen.size ? `(${chosen.size} gekozen)` : '(mag leeg blijven)'}
          </summary>
          <CheckboxGroup
            {...common}
            label={label}
            description={help ?? `Kies er hoogstens ${item.maxSelected}.`}
            options={catalogue.sectors.map((sector) => ({ value: sector.code, label: sector.label }))}
            checked={chosen}
          />
        </details>
      );
    }
    case 'occupations':
      return <OccupationsField item={item} values={values} errors={errors} catalogue={catalogue} />;
    case 'text':
      return item.maxLength > 200 ? (
        <TextAreaField
          {...common}
          label={label}
          description={[help, 'De werkzoekende kan dit lezen.'].filter(Boolean).join(' ')}
          value={values[item.id]}
          rows={3}
        />
      ) : (
        <TextField {...common} label={label} description={help} value={values[item.id]} />
      );
    case 'obstacles':
      return <ObstaclesField item={item} values={values} errors={errors} />;
  }
}

/** In the red phase only the items the instrument asks in a crisis count as required. */
function forPhase(section: FormSection, redPhase: boolean): FormSection {
  if (!redPhase) return section;
  return {
    ...section,
    items: itemsOf(section).map((item) =>
      'requiredInRedPhase' in item ? { ...item, required: item.requiredInRedPhase === true } : item,
    ),
  } as FormSection;
}

/** Every item of one section, in the instrument's order. */
export function SectionFields({
  section,
  values,
  errors,
  catalogue,
  redPhase,
}: {
  section: FormSection;
  values: FormValues;
  errors: FieldErrors;
  catalogue: FormCatalogue;
  redPhase: boolean;
}) {
  const shown = forPhase(section, redPhase);
  if (itemsOf(shown)[0]?.type === 'competenceLevel') {
    return (
      <KunnenFields
        section={shown as Sections['kunnen']}
        values={values}
        errors={errors}
        catalogue={catalogue}
      />
    );
  }
  return (
    <>
      {itemsOf(shown).map((item) => (
        <ItemField item={item} values={values} errors={errors} catalogue={catalogue} />
      ))}
    </>
  );
}

/** The field names in the order they appear, for the error summary. */
export function fieldOrder(section: FormSection): string[] {
  return itemsOf(section).flatMap((item) => {
    if (item.type === 'numberRange') return [`${item.id}.min`, `${item.id}.max`];
    if (item.type === 'obstacles')
      return [
        item.id,
        ...item.obstacleTypes.flatMap((type) => [
          `${item.id}.${type.value}.speelt`,
          `${item.id}.${type.value}.toelichting`,
        ]),
      ];
    return [item.id];
  });
}

/** The question of each field, for the error summary: "Hoe ver wil je reizen naar je werk? Geef een …". */
export function fieldLabels(section: FormSection): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of itemsOf(section)) {
    const question = /[?:.]$/.test(item.label) ? item.label : `${item.label}:`;
    labels[item.id] = question;
    if (item.type === 'numberRange') {
      labels[`${item.id}.min`] = `${item.label} (minimaal):`;
      labels[`${item.id}.max`] = `${item.label} (maximaal):`;
    }
    if (item.type === 'obstacles') {
      for (const type of item.obstacleTypes) {
        labels[`${item.id}.${type.value}.speelt`] = `${type.label}:`;
        labels[`${item.id}.${type.value}.toelichting`] = `${type.label}, toelichting:`;
      }
    }
  }
  return labels;
}

/** The search box of an occupations item, if the post asked for a search. */
export function occupationSearch(
  section: FormSection,
  values: FormValues,
): { itemId: string; query: string } | null {
  const item = itemsOf(section).find((candidate) => candidate.type === 'occupations');
  if (!item || values._actie !== SEARCH_ACTION) return null;
  return { itemId: item.id, query: values[searchField(item.id)]?.trim() ?? '' };
}

export const sectionHeadingId = 'onderdeel-titel';
export const SectionHeading = ({ children }: { children?: Child }) => (
  <Heading2 id={sectionHeadingId}>{children}</Heading2>
);

export { fieldId };
