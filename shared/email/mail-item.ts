import { emailHash, seal, ulid } from '../crypto';
import type { Language } from '../http/route';
import { keys, personIndexKeys } from '../table/keys';
import type { TemplateData, TemplateName } from './templates';

/** Mail items live a week: long enough for the stream and its retries, then TTL removes them. */
export const MAIL_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface MailRequest<T extends TemplateName> {
  template: T;
  to: string;
  lang: Language;
  /** What the template shows, minus secret links. */
  data: Omit<TemplateData<T>, 'secrets'>;
  /** Secret links (tokens): sealed in the item, opened only by the notifier. */
  secrets?: Record<string, string>;
}

/**
 * The Put that asks for a mail: written in the same transaction as the change that causes it, sent
 * by the notifier from the table stream. It holds an address, so it is in the person index and expires.
 * transactWrite recognises it (`type: 'mail'`) and holds it to the recipient's mail budget
 * (shared/email/mail-budget.ts): over the budget the change is written without it.
 */
export function mailPut<T extends TemplateName>(
  tableName: string,
  request: MailRequest<T>,
  pepper: string,
  now: Date,
) {
  const id = ulid(now.getTime());
  return {
    Put: {
      TableName: tableName,
      Item: {
        ...keys.mail(id),
        type: 'mail',
        mailId: id,
        template: request.template,
        to: request.to,
        lang: request.lang,
        data: request.data,
        ...(request.secrets ? { sealed: seal(JSON.stringify(request.secrets), pepper) } : {}),
        createdAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + MAIL_TTL_SECONDS,
        personKey: personIndexKeys.person(emailHash(request.to, pepper)),
        personSort: personIndexKeys.sort('MAIL', id),
      },
    },
  };
}
