import { formatDate } from '../calendar/dutch-dates';

/**
 * The e-mail 30 days before the anonymisation, in plain Dutch (je) with English below. It names
 * the date and what the person can do; it says nothing else about the record.
 */
export function retentionMail(input: { fullName: string; anonymiseOn: string; baseUrl: string }): {
  subject: string;
  text: string;
} {
  const date = formatDate(input.anonymiseOn);
  return {
    subject: 'Je gegevens bij Warm Rotterdam Werkt worden gewist',
    text: [
      `Hallo ${input.fullName},`,
      '',
      'Er is lang niets gebeurd met je gegevens bij Warm Rotterdam Werkt.',
      `Daarom wissen we je gegevens op ${date}.`,
      'We bewaren dan alleen wat niemand naar jou kan herleiden.',
      '',
      'Wil je blijven meedoen? Neem dan contact op met je lifecoach.',
      `Of log in op Mijn gegevens: ${input.baseUrl}/inloggen`,
      'Dan blijven je gegevens bewaard.',
      '',
      'Wil je eerst je gegevens hebben? Download ze op Mijn gegevens.',
      '',
      '---',
      `Nothing has happened with your data at Warm Rotterdam Werkt for a long time. We will erase it on ${input.anonymiseOn}.`,
      'Do you want to keep taking part? Contact your lifecoach, or sign in to Mijn gegevens.',
      '',
      'Warm Rotterdam Werkt',
    ].join('\n'),
  };
}
