import type { Child } from 'hono/jsx';
import { descriptionId, errorId, fieldId, type Option } from './form';

type GroupFrame = {
  /** The group's name: the first input carries its field id, so the error summary links to it. */
  name: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
};

const describedBy = ({ name, description, error }: GroupFrame) =>
  [description ? descriptionId(name) : null, error ? errorId(name) : null].filter(Boolean).join(' ') ||
  undefined;

/** A fieldset with legend, description and error, as the radio groups have. */
export function FieldGroup(props: GroupFrame & { children?: Child; class?: string }) {
  const { name, label, description, error, optional, children } = props;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${error ? 'utrecht-form-fieldset--invalid utrecht-form-field--invalid' : ''} ${props.class ?? ''}`}
      aria-describedby={describedBy(props)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-label">
        {label}
        {optional ? <span class="form-optional"> (mag leeg blijven)</span> : null}
      </legend>
      {description ? (
        <div class="utrecht-form-field-description" id={descriptionId(name)}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={errorId(name)}>
          <span class="visually-hidden">Fout: </span>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

/**
 * Check boxes, one field per option (`<name>.<value>`), so a plain form post carries each choice
 * without repeated names. `checked` holds the values that are ticked.
 */
export function CheckboxGroup(props: GroupFrame & { options: Option[]; checked: ReadonlySet<string> }) {
  const { name, options, checked } = props;
  return (
    <FieldGroup {...props}>
      {options.map((option, index) => {
        const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--checkbox">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={id}
              name={`${name}.${option.value}`}
              value="ja"
              checked={checked.has(option.value)}
            />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FieldGroup>
  );
}

/** A minimum and a maximum (`<name>.min`, `<name>.max`) side by side, with their unit. */
export function RangeField(
  props: GroupFrame & {
    unit: string;
    values: { min?: string | undefined; max?: string | undefined };
    errors: { min?: string | undefined; max?: string | undefined };
  },
) {
  const { name, unit, values, errors } = props;
  const part = (key: 'min' | 'max', text: string) => {
    const partName = `${name}.${key}`;
    const error = errors[key];
    return (
      <div class={`utrecht-form-field range-field__part ${error ? 'utrecht-form-field--invalid' : ''}`}>
        <label class="utrecht-form-label" for={fieldId(partName)}>
          {text} <span class="form-optional">({unit})</span>
        </label>
        {error ? (
          <div class="utrecht-form-field-error-message" id={errorId(partName)}>
            <span class="visually-hidden">Fout: </span>
            {error}
          </div>
        ) : null}
        <input
          class={`utrecht-textbox utrecht-textbox--html-input textbox--number ${error ? 'utrecht-textbox--invalid' : ''}`}
          id={fieldId(partName)}
          name={partName}
          type="text"
          inputmode="numeric"
          value={values[key] ?? ''}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId(partName) : undefined}
        />
      </div>
    );
  };
  return (
    <FieldGroup {...props} error={undefined} class="range-field">
      <div class="range-field__parts">
        {part('min', 'Minimaal')}
        {part('max', 'Maximaal')}
      </div>
    </FieldGroup>
  );
}
