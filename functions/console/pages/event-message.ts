import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalizedMap } from '../../../shared/content/localize';
import { ulid } from '../../../shared/crypto';
import type { Language } from '../../../shared/http/route';
import { documentId } from '../../../shared/http/schemas';
import { validatePart } from '../../../shared/http/validate';
import { isLanguage } from '../../../shared/i18n/language';
import { type AdminEvent, adminEvent } from '../../../shared/registrations/admin-events';
import {
  type MessageAudience,
  messageAudiences,
  messageRecipients,
  type RegistrantMessage,
  sendRegistrantMessage,
} from '../../../shared/registrations/messages';
import { getSecret } from '../../../shared/secrets';
import { csrfInput, errorSummary, type FormState, one, radios, textField } from '../../../shared/site/forms';
import { html } from '../../../shared/site/html';
import { page, redirect } from '../../../shared/site/layout';
import { defaultTable } from '../../../shared/table/client';
import { keys } from '../../../shared/table/keys';
import { button, buttonGroup, notice, paragraphs, summaryList } from '../../../shared/ui/components';
import type { ConsolePage, ConsoleRequest } from '../context';
import { ft } from '../follow-up-strings';
import { ct } from '../strings';
import { backLink, callerOf, messagePage, shortDateTime, withProblems } from './coordinator-kit';

/**
 * A coordinator's message to an event's registrants: write (recipients, language, subject, text),
 * check it with the number of recipients (a confirmation step, nothing written yet), send. The
 * coordinator writes one text in the language they pick, and everyone gets it in that language; a
 * message for several language groups carries its text in each, one after the other.
 */

const SUBJECT_MAX = 150;
const BODY_MAX = 5000;

const eventPath = (lang: Language, eventId: string) =>
  `/${lang}/console/events/${encodeURIComponent(eventId)}`;

async function eventOr404(req: ConsoleRequest) {
  const eventId = validatePart(documentId(), req.params.eventId, '', req.lang);
  return eventId.ok ? adminEvent(defaultTable(), eventId.value, req.lang, req.now) : undefined;
}

const audienceLabel = (audience: MessageAudience, lang: Language) =>
  ft(
    audience === 'confirmed'
      ? 'audienceConfirmed'
      : audience === 'waitlisted'
        ? 'audienceWaitlisted'
        : 'audienceAttended',
    lang,
  );
const languageLabel = (language: Language, lang: Language) =>
  ft(language === 'sv' ? 'languageSv' : language === 'fi' ? 'languageFi' : 'languageEn', lang);

/** The form's values checked; errors by field in the page's language. */
function readMessage(req: ConsoleRequest): {
  state: FormState;
  message?: Omit<RegistrantMessage, 'messageId'>;
} {
  const { lang } = req;
  const values = {
    audience: one(req.form.audience) ?? '',
    language: one(req.form.language) ?? '',
    subject: one(req.form.subject) ?? '',
    body: one(req.form.body) ?? '',
  };
  const errors = new Map<string, string>();
  if (!messageAudiences.includes(values.audience as MessageAudience))
    errors.set('audience', ft('audienceRequired', lang));
  if (!isLanguage(values.language)) errors.set('language', ft('languageRequired', lang));
  if (!values.subject) errors.set('subject', ft('subjectRequired', lang));
  else if (values.subject.length > SUBJECT_MAX) errors.set('subject', ft('subjectTooLong', lang));
  if (!values.body) errors.set('body', ft('textRequired', lang));
  else if (values.body.length > BODY_MAX) errors.set('body', ft('textTooLong', lang));
  const state: FormState = { values, errors };
  if (errors.size) return { state };
  return {
    state,
    message: {
      audience: values.audience as MessageAudience,
      language: values.language as Language,
      subject: values.subject.replace(/[\r\n]+/g, ' '),
      body: values.body,
    },
  };
}

function form(
  req: ConsoleRequest,
  event: AdminEvent,
  state: FormState,
  lead: ReturnType<typeof notice> | '' = '',
) {
  const { lang } = req;
  const fields = html`${radios(
    state,
    'audience',
    ft('recipients', lang),
    messageAudiences.map((a) => ({ value: a, label: audienceLabel(a, lang) })),
    { required: true },
  )}
${radios(
  state,
  'language',
  ft('messageLanguage', lang),
  (['sv', 'fi', 'en'] as const).map((l) => ({ value: l, label: languageLabel(l, lang) })),
  { required: true, hint: ft('messageLanguageHint', lang) },
)}
${textField(state, 'subject', ft('subject', lang), { required: true, lang, maxLength: SUBJECT_MAX })}
${textField(state, 'body', ft('messageText', lang), { required: true, lang, multiline: true, maxLength: BODY_MAX })}`;
  // After the fields, which record the labels the summary names.
  const summary = state.errors.size ? errorSummary(state, lang) : '';
  return page(
    req.frame,
    ft('messageRegistrants', lang),
    html`${lead}
<p>${event.title}, ${shortDateTime(event.startsAt, lang)}</p>
<form method="post" action="${eventPath(lang, event.id)}/message" novalidate>
${csrfInput(req.csrf)}
<input type="hidden" name="step" value="preview">
${fields}
${button(ft('preview', lang))}
</form>
${backLink(eventPath(lang, event.id), ft('backToEvent', lang))}`,
    { status: state.errors.size ? 400 : 200, errorSummary: summary },
  );
}

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;

/** The event's title in every language, as the mail shows it (from the operational copy). */
async function titleOf(eventId: string): Promise<{ title: LocalizedMap; endsAtMs: number }> {
  const table = defaultTable();
  const out = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.eventMeta(eventId),
      ProjectionExpression: 'title, endsAtMs',
    }),
  );
  return { title: (out.Item?.title ?? {}) as LocalizedMap, endsAtMs: Number(out.Item?.endsAtMs ?? 0) };
}

export const eventMessagePage: ConsolePage = {
  path: 'events/:eventId/message',
  groups: ['coordinator'],
  get: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return messagePage(req, ft('messageRegistrants', lang), ct('eventNotFound', lang), 404);
    const sent = req.query.sent;
    const lead =
      sent && /^\d+$/.test(sent) ? notice('success', lang, `${ft('messageSent', lang)} ${sent}`) : '';
    return form(req, event, { values: { language: lang }, errors: new Map() }, lead);
  }),
  post: withProblems(async (req) => {
    const { lang } = req;
    const event = await eventOr404(req);
    if (!event) return messagePage(req, ft('messageRegistrants', lang), ct('eventNotFound', lang), 404);
    const { state, message } = readMessage(req);
    const step = one(req.form.step);
    if (!message || step === 'edit') return form(req, event, state);
    const table = defaultTable();
    if (step === 'send') {
      const messageId = one(req.form.messageId) ?? '';
      if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(messageId)) return form(req, event, state);
      const { sent } = await sendRegistrantMessage(
        { table, pepper: await getSecret('emailPepper'), now: req.now },
        { id: event.id, ...(await titleOf(event.id)) },
        { ...message, messageId },
        callerOf(req),
      );
      return redirect(`${eventPath(lang, event.id)}/message?sent=${sent}`, req.frame.cookies);
    }
    // The confirmation step: what goes, to how many; nothing is written yet.
    const count = (await messageRecipients(table, event.id, message.audience)).length;
    const carried = html`${csrfInput(req.csrf)}
${hidden('audience', message.audience)}${hidden('language', message.language)}${hidden('subject', message.subject)}${hidden('body', message.body)}`;
    return page(
      req.frame,
      ft('messageRegistrants', lang),
      html`<p>${ft('confirmSendText', lang)}</p>
${summaryList([
  { key: ct('event', lang), value: event.title },
  { key: ft('recipients', lang), value: audienceLabel(message.audience, lang) },
  { key: ft('recipientCount', lang), value: String(count) },
  { key: ft('messageLanguage', lang), value: languageLabel(message.language, lang) },
  { key: ft('subject', lang), value: message.subject },
  { key: ft('messageText', lang), value: html`${paragraphs(message.body)}` },
])}
${count === 0 ? html`<p>${ft('noRecipients', lang)}</p>` : ''}
<form method="post" action="${eventPath(lang, event.id)}/message">
${carried}
${buttonGroup(
  count > 0 ? button(ft('sendMessage', lang), { name: 'step', value: 'send' }) : '',
  button(ft('editMessage', lang), { name: 'step', value: 'edit', variant: 'secondary' }),
)}
${hidden('messageId', ulid(req.now.getTime()))}
</form>`,
    );
  }),
};
