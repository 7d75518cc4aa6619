import type { Group } from './route';

export interface Caller {
  subject: string;
  groups: Group[];
  /** The staff member's email (an ID token's `email` claim), for the activity log; absent in tokens without it. */
  email?: string;
}

const knownGroups: readonly Group[] = ['coordinator', 'jury'];

/**
 * The groups of a JWT, as API Gateway's JWT authorizer hands them over. HTTP APIs flatten an array
 * claim into one string, `[coordinator jury]`, separated by spaces; a real array is read as it is.
 * Cognito group names cannot contain whitespace but can contain commas, so commas never separate: a
 * group named `jury,coordinator` is that one (unknown) group and grants nothing.
 */
export function groupsFromClaim(claim: unknown): Group[] {
  const raw = Array.isArray(claim)
    ? claim.map(String)
    : typeof claim === 'string'
      ? claim
          .replace(/^\[(.*)\]$/s, '$1')
          .split(/\s+/)
          .filter(Boolean)
      : [];
  return knownGroups.filter((g) => raw.includes(g));
}

export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller | undefined {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return undefined;
  const email = typeof claims.email === 'string' && claims.email ? claims.email.toLowerCase() : undefined;
  return {
    subject: claims.sub,
    groups: groupsFromClaim(claims['cognito:groups']),
    ...(email ? { email } : {}),
  };
}
