import { describe, expect, it } from 'vitest';
import { escapeText, renderIcs } from '../../shared/email/ics';

const event = {
  uid: 'reg-01JTEST@equality-network',
  title: 'Nätverksmöte',
  startsAt: '2027-03-16T07:00:00.000Z',
  endsAt: '2027-03-16T10:00:00.000Z',
  now: new Date('2027-01-01T00:00:00Z'),
};

/** The property lines of a rendered file, with folded continuation lines joined back. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('iCalendar TEXT values', () => {
  it('escapes backslash, semicolon and comma', () => {
    // Act
    const escaped = escapeText('a\\b;c,d');
    // Assess
    expect(escaped).toBe('a\\\\b\\;c\\,d');
  });

  it('turns CRLF, a lone LF and a lone CR each into one escaped newline', () => {
    // Act
    const escaped = escapeText('one\r\ntwo\nthree\rfour');
    // Assess
    expect(escaped).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('removes other control characters and DEL but keeps a tab', () => {
    // Act
    const escaped = escapeText('a\u0000b\u0007c\u001bd\u007fe\tf');
    // Assess
    expect(escaped).toBe('abcde\tf');
  });

  it('a lone CR in a title cannot start a property line of its own', () => {
    // Act
    const ics = renderIcs({ ...event, title: 'Möte\rATTENDEE:mailto:victim@example.org' });
    // Assess
    const lines = unfold(ics);
    expect(lines.some((line) => line.startsWith('ATTENDEE'))).toBe(false);
    expect(lines).toContain('SUMMARY:Möte\\nATTENDEE:mailto:victim@example.org');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\r/);
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    // Act
    const ics = renderIcs({ ...event, location: 'Åbo Akademi, Strandgatan 2, Vasa – '.repeat(5) });
    // Assess
    const physical = ics.split('\r\n');
    expect(physical.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(physical.join('')).not.toContain('\uFFFD');
    expect(unfold(ics).find((l) => l.startsWith('LOCATION:'))).toContain('Åbo Akademi\\, Strandgatan 2');
  });
});
