import { describe, expect, it } from 'vitest';
import { ConsoleForbidden, type ConsolePage, matchPage, requireGroup } from '../../functions/console/context';
import { safeReturnPath } from '../../shared/auth/return-path';
import { type StaffSession, sessionFromClaims } from '../../shared/auth/session';

describe('the return path after sign-in', () => {
  it.each([
    ['/sv/console', '/sv/console'],
    ['/fi/console/people?tab=a&b=%2F%2Fx', '/fi/console/people?tab=a&b=%2F%2Fx'],
    ['/en/console/events/e1#part', '/en/console/events/e1'],
  ])('keeps the same-site path %s', (value, expected) => {
    // Act
    const path = safeReturnPath(value);
    // Assess
    expect(path).toBe(expected);
  });

  it.each([
    '//evil.example',
    '///evil.example',
    'https://evil.example/sv/console',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/ /evil.example',
    'sv/console',
    '/auth/sign-in?return=/sv/console',
    '/sv/../auth/callback',
    `/${'a'.repeat(3000)}`,
    '',
  ])('refuses %j', (value) => {
    // Act
    const path = safeReturnPath(value);
    // Assess
    expect(path).toBeUndefined();
  });
});

describe('the session from ID token claims', () => {
  it('takes the subject, email, known groups and expiry; refuses claims without a subject or expiry', () => {
    // Prepare
    const claims = {
      sub: 'abc',
      email: 'chair@example.org',
      'cognito:groups': ['jury', 'coordinator', 'admins'],
      exp: 1_900_000_000,
    };
    // Act
    const session = sessionFromClaims(claims);
    const noSubject = sessionFromClaims({ ...claims, sub: '' });
    const noExpiry = sessionFromClaims({ ...claims, exp: undefined });
    // Assess
    expect(session).toEqual({
      subject: 'abc',
      email: 'chair@example.org',
      groups: ['coordinator', 'jury'],
      expiresAt: new Date(1_900_000_000_000),
    });
    expect(noSubject).toBeUndefined();
    expect(noExpiry).toBeUndefined();
  });
});

describe('console page routing', () => {
  const page = (path: string): ConsolePage => ({ path, groups: ['coordinator'] });
  const pages = [page(''), page('people'), page('events/:eventId'), page('events/:eventId/check-in')];
  const staff = (groups: StaffSession['groups']): StaffSession => ({
    subject: 's',
    email: undefined,
    groups,
    expiresAt: new Date(1_900_000_000_000),
  });

  it.each([
    [[], '', {}],
    [['people'], 'people', {}],
    [['events', 'e1'], 'events/:eventId', { eventId: 'e1' }],
    [['events', 'e1', 'check-in'], 'events/:eventId/check-in', { eventId: 'e1' }],
  ])('matches %j to %s', (segments, path, params) => {
    // Act
    const found = matchPage(pages, segments);
    // Assess
    expect(found?.page.path).toBe(path);
    expect(found?.params).toEqual(params);
  });

  it('matches nothing for an unknown path or an extra segment', () => {
    // Act
    const unknown = matchPage(pages, ['nothing']);
    const extra = matchPage(pages, ['people', 'x']);
    // Assess
    expect(unknown).toBeUndefined();
    expect(extra).toBeUndefined();
  });

  it('lets requireGroup pass a holder of any of the groups and stop anyone else', () => {
    // Act
    const chair = () => requireGroup({ staff: staff(['coordinator', 'jury']) }, 'coordinator');
    const juror = () => requireGroup({ staff: staff(['jury']) }, 'coordinator');
    const nobody = () => requireGroup({ staff: staff([]) }, 'coordinator', 'jury');
    // Assess
    expect(chair).not.toThrow();
    expect(juror).toThrow(ConsoleForbidden);
    expect(nobody).toThrow(ConsoleForbidden);
  });
});
