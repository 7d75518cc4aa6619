import { describe, expect, it } from 'vitest';
import { decodeHeader } from '../../cdk/local/server';
import { renderMime } from '../../shared/email/mime';

const message = {
  id: '01JTESTMAIL',
  to: 'Åsa Öberg <asa@example.org>',
  from: 'Nätverket <noreply@example.org>',
  language: 'sv' as const,
  subject: 'Välkommen till mötet',
  text: 'Hej Åsa!\nVälkommen.',
  template: 'notice',
};

const bodyOf = (eml: string, contentType: string) => {
  const part = eml.split(/\r\n--=_[0-9a-f]+/).find((p) => p.includes(contentType)) ?? eml;
  const encoded = part.split('\r\n\r\n')[1] ?? '';
  return Buffer.from(encoded.replace(/\r\n/g, ''), 'base64').toString('utf8');
};

describe('renderMime', () => {
  it('encodes non-ASCII headers and keeps the body intact in UTF-8', () => {
    // Act
    const eml = renderMime(message, new Date('2026-11-24T10:00:00Z'));
    // Assess
    const subject = /^Subject: (.*)$/m.exec(eml)?.[1];
    expect(subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeHeader(subject)).toBe('Välkommen till mötet');
    expect(eml).toMatch(/^To: =\?UTF-8\?B\?[^?]+\?= <asa@example\.org>\r$/m);
    expect(eml).toContain('Message-ID: <01JTESTMAIL@equality-network>');
    expect(bodyOf(eml, 'text/plain')).toBe('Hej Åsa!\nVälkommen.');
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it('writes Reply-To, and quotes an ASCII sender name with a comma or a full stop', () => {
    // Act
    const eml = renderMime(
      {
        ...message,
        from: 'Network, Ostrobothnia Ltd. <noreply@example.org>',
        replyTo: 'contact@example.org',
      },
      new Date('2026-11-24T10:00:00Z'),
    );
    // Assess
    expect(eml).toMatch(/^From: "Network, Ostrobothnia Ltd\." <noreply@example\.org>\r$/m);
    expect(eml).toMatch(/^Reply-To: contact@example\.org\r$/m);
    expect(renderMime(message)).not.toContain('Reply-To:');
  });

  it('attaches files as their own MIME parts', () => {
    // Prepare
    const ics = 'BEGIN:VCALENDAR\r\nSUMMARY:Möte\r\nEND:VCALENDAR\r\n';
    // Act
    const eml = renderMime({
      ...message,
      attachments: [{ filename: 'event.ics', contentType: 'text/calendar', content: ics }],
    });
    // Assess
    expect(eml).toMatch(/Content-Type: multipart\/mixed; boundary="=_[0-9a-f]+"/);
    expect(eml).toContain('Content-Disposition: attachment; filename="event.ics"');
    expect(bodyOf(eml, 'text/calendar')).toBe(ics);
    expect(bodyOf(eml, 'text/plain')).toBe('Hej Åsa!\nVälkommen.');
  });
});
