/** An iCalendar (RFC 5545) file with one event, as attached to a registration confirmation. */
export interface CalendarEvent {
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  location?: string;
  url?: string;
  description?: string;
  now?: Date;
  /**
   * How often the event changed since the first copy was sent (RFC 5545 SEQUENCE): a calendar
   * replaces its entry of the same UID only with a higher sequence. Absent: 0.
   */
  sequence?: number;
  /** CANCEL: the event will not take place; the calendar removes the entry of that UID. */
  method?: 'PUBLISH' | 'CANCEL';
}

const stamp = (iso: string | Date) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). Every kind of
 * line break (CRLF, a lone CR, a lone LF) becomes `\n`; other control characters cannot appear in a
 * TEXT value at all and are removed, so no value can start a property line of its own.
 */
export const escapeText = (value: string) =>
  value
    .replace(/\r\n|\r|\n/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function renderIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Equality network platform//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.method ?? 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    ...(event.sequence ? [`SEQUENCE:${event.sequence}`] : []),
    ...(event.method === 'CANCEL' ? ['STATUS:CANCELLED'] : []),
    `DTSTAMP:${stamp(event.now ?? new Date())}`,
    `DTSTART:${stamp(event.startsAt)}`,
    `DTEND:${stamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
