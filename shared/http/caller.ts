import type { Group } from './route';

export interface Caller {
  subject: string;
  groups: Group[];
}

const knownGroups: readonly Group[] = ['coordinator', 'jury'];

/**
 * The groups of a JWT, as API Gateway's JWT authorizer hands them over. HTTP APIs flatten array
 * claims into one string, `[coordinator jury]`; a real array or a comma list is read as well.
 */
export function groupsFromClaim(claim: unknown): Group[] {
  const raw = Array.isArray(claim)
    ? claim.map(String)
    : typeof claim === 'string'
      ? claim
          .replace(/^\[|\]$/g, '')
          .split(/[\s,]+/)
          .filter(Boolean)
      : [];
  return knownGroups.filter((g) => raw.includes(g));
}

export function callerFromClaims(claims: Record<string, unknown> | undefined): Caller | undefined {
  if (!claims || typeof claims.sub !== 'string' || !claims.sub) return undefined;
  return { subject: claims.sub, groups: groupsFromClaim(claims['cognito:groups']) };
}
