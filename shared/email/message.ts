import type { Language } from '../http/route';

export interface Attachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface MailMessage {
  /** Stable id of the mail item: the outbox file name and the Message-ID, so a resend overwrites. */
  id: string;
  to: string;
  /** "Name <address>": the network's name in the recipient's language. */
  from: string;
  /** Where replies go: the network's contact address (settings). */
  replyTo?: string;
  language: Language;
  subject: string;
  text: string;
  attachments?: readonly Attachment[];
  /** The template it was rendered from, as a header for support and tests. */
  template: string;
}

/** Sends one rendered mail: SES in AWS, a local outbox of .eml files on a developer's machine. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
