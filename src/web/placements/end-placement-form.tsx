import { END_REASON_LABELS_NL, type EndReason } from '../../modules/placements/placement-rules';
import { isoDate } from '../form-input';
import { Heading2, Paragraph } from '../layout/components';
import {
  ErrorSummary,
  type FieldErrors,
  type FormValues,
  PostForm,
  RadioGroup,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../layout/form';

// Ending a placement, or recording that a draft will not start: one form for the employer's
// placement page and the lifecoach's "Na de start"; each says which reasons its reader may give.

type FormState = { values: FormValues; errors: FieldErrors };

/** Today as people type a date (14-03-2027), the form's default last day of work. */
const todayTyped = () =>
  new Date().toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam' }).replace(/\//g, '-');

/** The message per field when the schema refuses what was typed. */
export const END_PLACEMENT_MESSAGES = {
  endDate: 'Vul de laatste werkdag in als dag-maand-jaar, bijvoorbeeld 14-03-2027.',
  reason: 'Kies de belangrijkste reden.',
  note: 'Schrijf in 10 tot 2000 tekens wat er gebeurd is.',
  returnsToProgramme: 'Kies ja of nee.',
};

/** The posted form as the end-placement schema reads it. */
export function endPlacementInput(values: FormValues): Record<string, unknown> {
  const returns = values.returnsToProgramme;
  return {
    endDate: isoDate(values.endDate ?? ''),
    reason: values.reason,
    note: values.note ?? '',
    returnsToProgramme: returns === 'ja' ? true : returns === 'nee' ? false : undefined,
  };
}

export function EndPlacementForm({
  action,
  csrfToken,
  state,
  draft,
  reasons,
  intro,
  returnsLabel,
}: {
  action: string;
  csrfToken: string;
  state: FormState | undefined;
  /** A draft that will not start: no last day of work and no question about coming back. */
  draft: boolean;
  reasons: readonly EndReason[];
  intro: string;
  returnsLabel: string;
}) {
  const values = state?.values ?? {};
  const errors = state?.errors ?? {};
  return (
    <section aria-labelledby="stoppen">
      <Heading2 id="stoppen">{draft ? 'Gaat de plaatsing niet door?' : 'De plaatsing beëindigen'}</Heading2>
      <details class="choice-details" open={Boolean(state)}>
        <summary class="choice-details__summary">
          {draft ? 'Leg vast dat de plaatsing niet begint' : 'Leg vast dat het werk stopt'}
        </summary>
        <Paragraph>{intro}</Paragraph>
        <PostForm action={action} csrfToken={csrfToken}>
          <ErrorSummary errors={errors} order={['endDate', 'reason', 'note', 'returnsToProgramme']} />
          {draft ? null : (
            <TextField
              name="endDate"
              label="Laatste werkdag"
              description="Bijvoorbeeld 14-03-2027. Vandaag of eerder."
              value={values.endDate ?? todayTyped()}
              error={errors.endDate}
              size="date"
            />
          )}
          <RadioGroup
            name="reason"
            label="Wat is de belangrijkste reden?"
            value={values.reason}
            error={errors.reason}
            options={reasons.map((reason) => ({ value: reason, label: END_REASON_LABELS_NL[reason] }))}
          />
          <TextAreaField
            name="note"
            label="Wat is er gebeurd?"
            description="Noem de oorzaken in gewone woorden. Minstens 10 tekens."
            value={values.note}
            error={errors.note}
          />
          {draft ? null : (
            <RadioGroup
              name="returnsToProgramme"
              label={returnsLabel}
              value={values.returnsToProgramme}
              error={errors.returnsToProgramme}
              options={[
                { value: 'ja', label: 'Ja' },
                { value: 'nee', label: 'Nee' },
              ]}
            />
          )}
          <SubmitButton variant="secondary">
            {draft ? 'De plaatsing gaat niet door' : 'Beëindig de plaatsing'}
          </SubmitButton>
        </PostForm>
      </details>
    </section>
  );
}
