import type { Hono } from 'hono';
import type { ErasureStateView } from '../../modules/erasure/erasure.service';
import { getOwnErasureState, requestOwnErasure } from '../../modules/erasure/erasure.service';
import { Alert, Heading1, Heading2, Paragraph } from '../layout/components';
import { PostForm, SubmitButton } from '../layout/form';
import { Page } from '../layout/page';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import type { Lang } from './person-messages';
import { personContext } from './person-page';

export const STOP_PATH = '/mijn-gegevens/stoppen';

/** The words of "Stoppen", in Dutch (B1, je) and English. */
const words = {
  nl: {
    title: 'Stoppen',
    lead: 'Wil je stoppen met Warm Rotterdam Werkt? Dat mag altijd. Je hoeft niet te zeggen waarom. Het heeft geen gevolgen voor je uitkering of voor hoe wij met je omgaan.',
    whatHappens: 'Wat gebeurt er als je stopt?',
    steps: [
      'Je komt niet meer in lijsten voor werkgevers. Dat gaat meteen.',
      'Iemand van het programma kijkt naar je vraag en wist dan je gegevens.',
      'We wissen je naam, telefoonnummer, e-mail, adres, geboortedatum, je verhaal en alle notities over jou.',
      'We bewaren alleen wat niemand naar jou kan herleiden: bijvoorbeeld dat iemand in een segment zat, en in welke maand. Zo kunnen we tellen wat het programma doet.',
      'Werk je nu via ons bij een werkgever? Dan wachten we met wissen tot dat werk klaar is. Je contract en de begeleiding lopen dan nog.',
      'Daarna kun je niet meer inloggen.',
    ],
    wantData: 'Wil je eerst je gegevens hebben? Download ze dan voordat je stopt.',
    download: 'Naar downloaden',
    ask: 'Ja, ik wil stoppen',
    asked: (date: string) => `Je hebt op ${date} gevraagd om te stoppen. We gaan ermee aan de slag.`,
    askedNow:
      'Je vraag is ontvangen. Je komt niet meer in lijsten voor werkgevers. Iemand van het programma wist je gegevens zo snel mogelijk.',
    notYet: 'Het programma heeft uitgelegd waarom het nog niet kan:',
    waits: 'Het wissen moet nog even wachten:',
    waitsPlacement:
      'Je werkt nu via ons bij een werkgever. Je contract en de begeleiding lopen nog. Als dat klaar is, wissen we je gegevens.',
    changeMind: 'Wil je toch blijven? Zeg het tegen je lifecoach.',
  },
  en: {
    title: 'Stop',
    lead: 'Do you want to stop with Warm Rotterdam Werkt? You may always stop. You do not have to say why. It has no effect on your benefit or on how we treat you.',
    whatHappens: 'What happens when you stop?',
    steps: [
      'You no longer appear in lists for employers. That happens at once.',
      'Someone from the programme looks at your request and then erases your data.',
      'We erase your name, phone number, e-mail, address, date of birth, your story and all notes about you.',
      'We only keep what nobody can trace back to you: for example that someone was in a segment, and in which month. That way we can count what the programme does.',
      'Do you work at an employer through us now? Then we wait with erasing until that work has ended. Your contract and the guidance still run.',
      'After that you cannot sign in any more.',
    ],
    wantData: 'Do you want your data first? Then download it before you stop.',
    download: 'Go to download',
    ask: 'Yes, I want to stop',
    asked: (date: string) => `On ${date} you asked to stop. We are working on it.`,
    askedNow:
      'Your request has arrived. You no longer appear in lists for employers. Someone from the programme will erase your data as soon as possible.',
    notYet: 'The programme explained why it cannot be done yet:',
    waits: 'The erasure has to wait a little:',
    waitsPlacement:
      'You work at an employer through us now. Your contract and the guidance still run. When that has ended, we erase your data.',
    changeMind: 'Do you want to stay after all? Tell your lifecoach.',
  },
} satisfies Record<Lang, unknown>;

const isOpen = (state: ErasureStateView) =>
  state.request?.status === 'REQUESTED' || state.request?.status === 'NOT_YET';

/** "Stoppen": the person asks to leave the programme and have their data erased. */
export function myStopPage(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get(STOP_PATH, ...tools.person, async (c) => {
    const { ctx, me, t, lang, language } = personContext(c, tools.deps);
    const x = words[lang];
    const state = await getOwnErasureState(ctx);
    const open = isOpen(state);
    return c.html(
      <Page title={x.title} signedIn={me} section="record" language={language}>
        <Heading1>{x.title}</Heading1>
        {c.req.query('gevraagd') !== undefined && open ? (
          <Alert kind="ok" live>
            <Paragraph>{x.askedNow}</Paragraph>
          </Alert>
        ) : null}
        {open && state.request ? (
          <>
            <Paragraph lead>{x.asked(t.date(state.request.requestedAt))}</Paragraph>
            {state.request.notYetReason ? (
              <Paragraph>
                {x.notYet}{' '}
                <q class="record-quote" lang="nl">
                  {state.request.notYetReason}
                </q>
              </Paragraph>
            ) : null}
            {state.blockers.length ? (
              <Alert kind="warning">
                <Paragraph>
                  {x.waits} {x.waitsPlacement}
                </Paragraph>
              </Alert>
            ) : null}
            <Paragraph>{x.changeMind}</Paragraph>
          </>
        ) : (
          <>
            <Paragraph lead>{x.lead}</Paragraph>
            <Heading2>{x.whatHappens}</Heading2>
            <ul class="utrecht-unordered-list">
              {x.steps.map((step) => (
                <li class="utrecht-unordered-list__item">{step}</li>
              ))}
            </ul>
            <Paragraph>
              {x.wantData}{' '}
              <a class="utrecht-link" href="/mijn-gegevens/downloaden">
                {x.download}
              </a>
            </Paragraph>
            <PostForm action={STOP_PATH} csrfToken={me.csrfToken}>
              <SubmitButton variant="secondary">{x.ask}</SubmitButton>
            </PostForm>
          </>
        )}
      </Page>,
    );
  });

  web.post(STOP_PATH, ...tools.person, tools.csrf, async (c) => {
    const { ctx } = personContext(c, tools.deps);
    await requestOwnErasure(ctx);
    return c.redirect(`${STOP_PATH}?gevraagd`, 303);
  });
}
