import type { Child } from 'hono/jsx';

/** Field name → the Dutch message shown next to that field and in the error summary. */
export type FieldErrors = Record<string, string>;

/** What a person typed, kept when a form comes back with errors. */
export type FormValues = Record<string, string>;

export const fieldId = (name: string) => `veld-${name}`;
export const errorId = (name: string) => `veld-${name}-fout`;
export const descriptionId = (name: string) => `veld-${name}-uitleg`;

/** The per-session anti-forgery token; every POST form carries it (checked by requireCsrf). */
export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

export function PostForm({
  action,
  csrfToken,
  children,
  class: className,
}: {
  action: string;
  csrfToken: string;
  children?: Child;
  class?: string;
}) {
  return (
    <form method="post" action={action} class={`utrecht-form ${className ?? ''}`.trim()} novalidate>
      <CsrfField token={csrfToken} />
      {children}
    </form>
  );
}

/**
 * At the top of a form that came back with errors: what to fix, each line a link to its field. It
 * takes focus (web.js) so a screen reader announces it; role=alert does so without JavaScript too.
 */
export function ErrorSummary({
  errors,
  order,
  labels = {},
  title,
}: {
  errors: FieldErrors;
  order?: string[];
  /** The heading in another language than Dutch. */
  title?: string | undefined;
  /** The question per field, put before its message where the message alone does not say which one. */
  labels?: Record<string, string>;
}) {
  const names = order ? order.filter((name) => errors[name]) : Object.keys(errors);
  const rest = Object.keys(errors).filter((name) => !names.includes(name));
  const all = [...names, ...rest];
  if (!all.length) return null;
  return (
    <div
      class="utrecht-alert utrecht-alert--error error-summary"
      role="alert"
      tabindex={-1}
      aria-labelledby="fouten-titel"
      data-error-summary
    >
      <div class="utrecht-alert__content">
        <h2 class="utrecht-heading-2" id="fouten-titel">
          {title ??
            (all.length === 1
              ? 'Er is 1 ding om te verbeteren'
              : `Er zijn ${all.length} dingen om te verbeteren`)}
        </h2>
        <ul class="utrecht-unordered-list">
          {all.map((name) => (
            <li>
              {name === '_form' ? (
                errors[name]
              ) : (
                <a class="utrecht-link" href={`#${fieldId(name)}`}>
                  {labels[name] ? `${labels[name]} ${errors[name]}` : errors[name]}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

type FieldFrame = {
  name: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  /** May stay empty; the label says so unless `quiet` (search and filter fields). */
  optional?: boolean;
  quiet?: boolean;
};

const describedBy = ({ name, description, error }: FieldFrame) =>
  [description ? descriptionId(name) : null, error ? errorId(name) : null].filter(Boolean).join(' ') ||
  undefined;

function FieldShell(props: FieldFrame & { children?: Child }) {
  const { name, label, description, error, optional, quiet, children } = props;
  return (
    <div class={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={fieldId(name)}>
          {label}
          {optional && !quiet ? <span class="form-optional"> (mag leeg blijven)</span> : null}
        </label>
      </div>
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
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export type TextFieldProps = FieldFrame & {
  value?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'date' | 'search';
  autocomplete?: string;
  inputmode?: 'numeric' | 'tel' | 'email' | 'text';
  size?: 'postcode' | 'phone' | 'date';
};

export function TextField(props: TextFieldProps) {
  const { name, value, type = 'text', autocomplete, inputmode, error, optional, size } = props;
  return (
    <FieldShell {...props}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input ${error ? 'utrecht-textbox--invalid' : ''} ${size ? `textbox--${size}` : ''}`}
        id={fieldId(name)}
        name={name}
        type={type}
        value={value ?? ''}
        autocomplete={autocomplete}
        inputmode={inputmode}
        aria-required={optional ? undefined : 'true'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: FieldFrame & { value?: string | undefined; rows?: number }) {
  const { name, value, error, optional, rows = 4 } = props;
  return (
    <FieldShell {...props}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
        id={fieldId(name)}
        name={name}
        rows={rows}
        aria-required={optional ? undefined : 'true'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {value ?? ''}
      </textarea>
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectField(props: FieldFrame & { value?: string | undefined; options: Option[] }) {
  const { name, value, error, options, optional } = props;
  return (
    <FieldShell {...props}>
      <select
        class={`utrecht-select utrecht-select--html-select ${error ? 'utrecht-select--invalid' : ''}`}
        id={fieldId(name)}
        name={name}
        aria-required={optional ? undefined : 'true'}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
      >
        {options.map((option) => (
          <option value={option.value} selected={option.value === (value ?? '')}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A group of radio buttons in a fieldset with a legend; the first button carries the field id. */
export function RadioGroup(props: FieldFrame & { value?: string | undefined; options: Option[] }) {
  const { name, label, value, error, options, description } = props;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(props)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-label">{label}</legend>
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
      {options.map((option, index) => {
        const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--radio">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={id}
              name={name}
              value={option.value}
              checked={option.value === value}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function SubmitButton({
  children,
  variant = 'primary',
  name,
  value,
}: {
  children?: Child;
  variant?: 'primary' | 'secondary';
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      class={`utrecht-button utrecht-button--${variant === 'primary' ? 'primary-action' : 'secondary-action'}`}
    >
      {children}
    </button>
  );
}

export const ButtonLink = ({
  href,
  children,
  variant = 'secondary',
}: {
  href: string;
  children?: Child;
  variant?: 'primary' | 'secondary';
}) => (
  <a
    href={href}
    class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant === 'primary' ? 'primary-action' : 'secondary-action'}`}
  >
    {children}
  </a>
);
