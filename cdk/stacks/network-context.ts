import type { Node } from 'constructs';
import type { NetworkSettings } from './network-stack';

/**
 * The settings of a deployment, from CDK context (`cdk.json`, `-c key=value` or `cdk.context.json`):
 * `stage` (dev), `mailFrom` (noreply@example.org), `mailDomain` (the domain of mailFrom), `alarmEmail`,
 * `publicBaseUrl`, `sanityProjectId`, `sanityDataset` (production) and `allowedOrigins` (a list, or a
 * comma-separated string from the command line). Invalid values fail the synth with a clear message.
 */
export function readNetworkSettings(node: Node): NetworkSettings {
  const stage = optionalString(node, 'stage') ?? 'dev';
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new Error(`Context stage must be lower-case letters, digits and dashes (got "${stage}")`);
  }

  const mailFrom = optionalString(node, 'mailFrom') ?? 'noreply@example.org';
  const mailDomain = optionalString(node, 'mailDomain') ?? domainOf(mailFrom);
  if (!mailDomain) throw new Error(`Context mailFrom must be an email address (got "${mailFrom}")`);

  const publicBaseUrl = optionalString(node, 'publicBaseUrl')?.replace(/\/+$/, '');
  if (publicBaseUrl !== undefined && !isHttpsUrl(publicBaseUrl)) {
    throw new Error(`Context publicBaseUrl must be an https URL (got "${publicBaseUrl}")`);
  }

  const allowedOrigins = listOf(node, 'allowedOrigins');
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin)) throw new Error(`Context allowedOrigins has "${origin}", which is not an origin`);
  }

  const alarmEmail = optionalString(node, 'alarmEmail');
  if (alarmEmail !== undefined && !domainOf(alarmEmail)) {
    throw new Error(`Context alarmEmail must be an email address (got "${alarmEmail}")`);
  }

  return {
    stage,
    mailFrom,
    mailDomain,
    alarmEmail,
    publicBaseUrl,
    sanityProjectId: optionalString(node, 'sanityProjectId'),
    sanityDataset: optionalString(node, 'sanityDataset') ?? 'production',
    allowedOrigins,
  };
}

function optionalString(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Error(`Context ${key} must be a string`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function listOf(node: Node, key: string): string[] {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? parseListString(value) : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    throw new Error(`Context ${key} must be a list of strings or a comma-separated string`);
  }
  return items.map((item: string) => item.trim()).filter((item) => item !== '');
}

/** `-c allowedOrigins=a,b` arrives as a string; a JSON array given the same way arrives as its text. */
function parseListString(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed.startsWith('[')) return JSON.parse(trimmed) as unknown;
  return trimmed.split(',');
}

/** `Network <noreply@example.org>` or `noreply@example.org` → `example.org`. */
function domainOf(address: string): string | undefined {
  const match = /@([A-Za-z0-9.-]+\.[A-Za-z]{2,})>?\s*$/.exec(address);
  return match?.[1]?.toLowerCase();
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
