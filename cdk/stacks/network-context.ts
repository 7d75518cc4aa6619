import type { Node } from 'constructs';
import type { NetworkSettings } from './network-stack';

/** A context value that would deploy something broken; cdk/bin/app.ts prints the message alone. */
export class NetworkSettingsError extends Error {
  override readonly name = 'NetworkSettingsError';
}

/** The stage that may run on placeholder settings (nothing it sends or links to is real). */
export const developmentStage = 'dev';

/** The stage whose SES identity is the mail domain itself; every other stage sends from a subdomain. */
export const productionStage = 'prod';

/** The settings every stage other than `dev` must be given, real (no placeholder). */
export const requiredOutsideDev = [
  'mailFrom',
  'mailDomain',
  'publicBaseUrl',
  'sanityProjectId',
  'alarmEmail',
] as const;

/**
 * The settings of a deployment, from CDK context (`cdk.json`, `-c key=value` or `cdk.context.json`):
 * `stage` (dev), `mailFrom` (noreply@example.org), `mailDomain` (the domain of mailFrom), `alarmEmail`,
 * `publicBaseUrl`, `sanityProjectId`, `sanityDataset` (production), `allowedOrigins` (a list, or a
 * comma-separated string from the command line), `existingSesIdentity` and `sesIdentityVerified`.
 *
 * Mail goes out through an SES domain identity: `mailDomain` itself for the stage `prod`, the subdomain
 * `<stage>.<mailDomain>` for any other stage (so stages in one account never share an identity or its
 * reputation), or `existingSesIdentity` when given. A sender address at `mailDomain` is moved onto the
 * stage's subdomain (`noreply@network.example` → `noreply@staging.network.example`).
 *
 * Invalid values fail the synth with a clear message; outside `dev`, so does each of
 * {@link requiredOutsideDev} that is missing or a placeholder, all of them named in one message.
 */
export function readNetworkSettings(node: Node): NetworkSettings {
  const stage = optionalString(node, 'stage') ?? developmentStage;
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new NetworkSettingsError(
      `Context stage must be lower-case letters, digits and dashes (got "${stage}")`,
    );
  }

  const givenMailFrom = optionalString(node, 'mailFrom');
  const givenMailDomain = optionalString(node, 'mailDomain')?.toLowerCase();
  const mailFrom = givenMailFrom ?? 'noreply@example.org';
  const senderDomain = domainOf(mailFrom);
  if (!senderDomain)
    throw new NetworkSettingsError(`Context mailFrom must be an email address (got "${mailFrom}")`);
  const mailDomain = givenMailDomain ?? senderDomain;
  if (!isDomain(mailDomain))
    throw new NetworkSettingsError(`Context mailDomain must be a domain (got "${mailDomain}")`);

  const existingSesIdentity = optionalString(node, 'existingSesIdentity')?.toLowerCase();
  if (existingSesIdentity !== undefined && !isDomain(existingSesIdentity)) {
    throw new NetworkSettingsError(
      `Context existingSesIdentity must be the domain of an SES identity (got "${existingSesIdentity}")`,
    );
  }

  const publicBaseUrl = optionalString(node, 'publicBaseUrl')?.replace(/\/+$/, '');
  if (publicBaseUrl !== undefined && !isHttpsUrl(publicBaseUrl)) {
    throw new NetworkSettingsError(`Context publicBaseUrl must be an https URL (got "${publicBaseUrl}")`);
  }

  const allowedOrigins = listOf(node, 'allowedOrigins');
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin))
      throw new NetworkSettingsError(`Context allowedOrigins has "${origin}", which is not an origin`);
  }

  const alarmEmail = optionalString(node, 'alarmEmail');
  if (alarmEmail !== undefined && !domainOf(alarmEmail)) {
    throw new NetworkSettingsError(`Context alarmEmail must be an email address (got "${alarmEmail}")`);
  }
  const sanityProjectId = optionalString(node, 'sanityProjectId');

  if (stage !== developmentStage) {
    const given = (value: string | undefined, domain?: string) =>
      value === undefined ? undefined : { value, domain };
    const problems = productionProblems({
      mailFrom: given(givenMailFrom, senderDomain),
      mailDomain: given(givenMailDomain, givenMailDomain),
      publicBaseUrl: given(publicBaseUrl, publicBaseUrl && new URL(publicBaseUrl).hostname),
      sanityProjectId: given(sanityProjectId),
      alarmEmail: given(alarmEmail, alarmEmail && (domainOf(alarmEmail) ?? '')),
    });
    if (problems.length > 0) {
      throw new NetworkSettingsError(
        [
          `The stage "${stage}" needs real values for these context settings:`,
          ...problems.map((problem) => `  - ${problem}`),
          'Give each with -c key=value (see README.md, Deploy); only the stage "dev" runs on placeholders.',
        ].join('\n'),
      );
    }
  }

  const identityDomain =
    existingSesIdentity ?? (stage === productionStage ? mailDomain : `${stage}.${mailDomain}`);
  let sender = mailFrom;
  if (senderDomain !== identityDomain) {
    if (existingSesIdentity === undefined && stage !== productionStage && senderDomain === mailDomain) {
      sender = withDomain(mailFrom, identityDomain);
    } else {
      throw new NetworkSettingsError(
        `Context mailFrom must be an address at the SES identity ${identityDomain} (got "${mailFrom}")`,
      );
    }
  }

  const sesIdentityVerified = optionalBoolean(node, 'sesIdentityVerified') ?? false;
  return {
    stage,
    mailFrom: sender,
    mailDomain,
    sesIdentity: { domain: identityDomain, existing: existingSesIdentity !== undefined },
    userPoolMail: existingSesIdentity !== undefined || sesIdentityVerified ? 'ses' : 'cognito',
    alarmEmail,
    publicBaseUrl,
    sanityProjectId,
    sanityDataset: optionalString(node, 'sanityDataset') ?? 'production',
    allowedOrigins,
  };
}

type RequiredSetting = (typeof requiredOutsideDev)[number];

/**
 * What is wrong with each required setting: missing, or a placeholder. Domains reserved for examples and
 * tests (RFC 2606, RFC 6761) are placeholders: example.com/.org/.net, *.example, *.test, *.invalid and
 * localhost, at any depth.
 */
function productionProblems(
  values: Record<RequiredSetting, { value: string; domain?: string } | undefined>,
): string[] {
  return requiredOutsideDev.flatMap((key) => {
    const given = values[key];
    if (given === undefined) return [`${key}: missing`];
    if (given.domain !== undefined && isPlaceholderDomain(given.domain))
      return [`${key}: "${given.value}" is a placeholder (${given.domain || 'empty'})`];
    return [];
  });
}

const placeholderDomain = /(^|\.)(example\.(com|org|net)|example|test|invalid|localhost)$/i;

export function isPlaceholderDomain(domain: string): boolean {
  return domain.trim() === '' || placeholderDomain.test(domain.trim().replace(/\.$/, ''));
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new NetworkSettingsError(`Context ${key} must be a string`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** `-c key=true` arrives as the string "true"; cdk.json may hold a real boolean. */
function optionalBoolean(node: Node, key: string): boolean | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new NetworkSettingsError(`Context ${key} must be true or false (got "${String(value)}")`);
}

function listOf(node: Node, key: string): string[] {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? parseListString(value) : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    throw new NetworkSettingsError(`Context ${key} must be a list of strings or a comma-separated string`);
  }
  return items.map((item: string) => item.trim()).filter((item) => item !== '');
}

/** `-c allowedOrigins=a,b` arrives as a string; a JSON array given the same way arrives as its text. */
function parseListString(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown;
  return trimmed.split(',');
}

const addressDomain = /@([A-Za-z0-9.-]+\.[A-Za-z]{2,})(>?\s*)$/;

/** `Network <noreply@example.org>` or `noreply@example.org` → `example.org`. */
function domainOf(address: string): string | undefined {
  return addressDomain.exec(address)?.[1]?.toLowerCase();
}

/** `Network <noreply@example.org>` → `Network <noreply@dev.example.org>`. */
function withDomain(address: string, domain: string): string {
  return address.replace(addressDomain, (_match, _domain, rest: string) => `@${domain}${rest}`);
}

function isDomain(value: string): boolean {
  return /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value);
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}
