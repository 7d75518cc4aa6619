import { randomBytes } from 'node:crypto';
import type { MailMessage } from './message';

const needsEncoding = (value: string) => /[^\x20-\x7e]/.test(value);

/** RFC 2047 encoded-word for header text outside ASCII (å, ä, ö in subjects and names). */
const headerText = (value: string) =>
  needsEncoding(value) ? `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=` : value;

const base64Lines = (content: string) =>
  (
    Buffer.from(content, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/**
 * The address part must stay ASCII; only a display name before <…> is encoded (RFC 2047) or, when it
 * is ASCII with a special character such as a comma or a full stop, quoted (RFC 5322 quoted-string).
 */
function address(value: string) {
  const match = /^(.*)<([^>]+)>$/.exec(value.trim());
  if (!match) return value;
  const name = (match[1] ?? '').trim().replace(/^"(.*)"$/, '$1');
  if (!name) return `<${match[2]}>`;
  const shown = needsEncoding(name)
    ? headerText(name)
    : /[()<>[\]:;@\\,."]/.test(name)
      ? `"${name.replace(/(["\\])/g, '\\$1')}"`
      : name;
  return `${shown} <${match[2]}>`;
}

/**
 * An RFC 5322 message with MIME parts: UTF-8 text, base64 bodies, attachments (.ics). The same bytes
 * go to SES (SendEmail Raw) and to the local outbox, so what a developer opens is what is sent.
 */
export function renderMime(message: MailMessage, date: Date = new Date()): string {
  const boundary = `=_${randomBytes(12).toString('hex')}`;
  const headers = [
    `From: ${address(message.from)}`,
    `To: ${address(message.to)}`,
    ...(message.replyTo ? [`Reply-To: ${address(message.replyTo)}`] : []),
    `Subject: ${headerText(message.subject)}`,
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${message.id}@equality-network>`,
    `Content-Language: ${message.language}`,
    `X-Mail-Template: ${message.template}`,
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(message.text),
  ];
  if (!message.attachments?.length) return [...headers, ...textPart, ''].join('\r\n');

  const parts = [
    textPart.join('\r\n'),
    ...message.attachments.map((a) =>
      [
        `Content-Type: ${a.contentType}; charset=UTF-8; name="${a.filename}"`,
        `Content-Disposition: attachment; filename="${a.filename}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(a.content),
      ].join('\r\n'),
    ),
  ];
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    ...parts.map((part) => `--${boundary}\r\n${part}`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
