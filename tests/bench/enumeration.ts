import '../../cdk/local/quiet-sdk';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startLocalStack } from '../../cdk/local/local-stack';
import { projectRoot } from '../../cdk/local/settings';
import { confirm, join as joinNetwork } from '../../shared/membership/membership';
import { getSecret } from '../../shared/secrets';
import { createDocumentClient, type Table } from '../../shared/table/client';
import { mailItemsTo } from '../support/mail';
import { machine, median, percentile, writeSection } from './report';

const PAIRS = 60;
const WARM_UP = 10;

const person = (email: string) => ({
  name: 'Bench Person',
  email,
  language: 'sv' as const,
  consent: true as const,
});

/**
 * Can a caller tell a member from a new address by how long `POST /network/members` takes? Members
 * (joined and confirmed beforehand, each signing up once, so each gets the full "already a member"
 * note) and new addresses are signed up in interleaved pairs through the local server, the order
 * within a pair alternating so drift and GC hit both alike; then each address again within ten
 * minutes (no mail either way). Reports the medians and their difference.
 */
export async function measureEnumeration() {
  const stack = await startLocalStack({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-enum-')),
    port: 0,
    inMemory: true,
    writeLimitPerMinute: 0,
  });
  try {
    const table: Table = { name: stack.tableName, doc: createDocumentClient(stack.dynamoEndpoint) };
    const pepper = await getSecret('emailPepper');
    const run = `${Date.now()}`;
    const total = PAIRS + WARM_UP;
    const members = Array.from({ length: total }, (_, i) => `member-${i}-${run}@example.org`);
    const fresh = Array.from({ length: total }, (_, i) => `new-${i}-${run}@example.org`);
    // Members joined two days ago, as real ones did some time before: their earlier mails are not in
    // today's mail budget (which is the same rule for members and new addresses).
    const earlier = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    for (const email of members) {
      await joinNetwork({ table, pepper, now: earlier }, person(email), undefined);
      const [mail] = await mailItemsTo(table, pepper, email);
      await confirm({ table, pepper, now: earlier }, String(mail?.secrets.confirmToken));
    }

    const signUp = async (email: string) => {
      const started = performance.now();
      const response = await fetch(`${stack.url}/network/members`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(person(email)),
      });
      await response.arrayBuffer();
      if (response.status !== 202) throw new Error(`sign-up answered ${response.status}`);
      return performance.now() - started;
    };
    const pairs = async () => {
      const member: number[] = [];
      const address: number[] = [];
      for (let i = 0; i < total; i++) {
        let m: number;
        let n: number;
        if (i % 2 === 0) {
          m = await signUp(members[i] as string);
          n = await signUp(fresh[i] as string);
        } else {
          n = await signUp(fresh[i] as string);
          m = await signUp(members[i] as string);
        }
        if (i < WARM_UP) continue;
        member.push(m);
        address.push(n);
      }
      return { member, address };
    };
    const stamp = (samples: number[]) => ({ p50: median(samples), p90: percentile(samples, 90) });
    const compare = ({ member, address }: { member: number[]; address: number[] }) => {
      const m = stamp(member);
      const a = stamp(address);
      return {
        member: m,
        address: a,
        difference: Math.abs(m.p50 - a.p50) / Math.min(m.p50, a.p50),
        // Within each pair (same moment, same load): how much longer the member took, signed.
        paired: median(member.map((value, i) => (value - (address[i] as number)) / (address[i] as number))),
      };
    };
    const mailed = compare(await pairs());
    const again = compare(await pairs());
    return { pairs: PAIRS, mailed, again };
  } finally {
    await stack.stop();
  }
}

/** Writes the figures into docs/SECURITY.md (its `enumeration` section) and prints them. */
export async function reportEnumeration() {
  const e = await measureEnumeration();
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, r: typeof e.mailed) =>
    `| ${name} | ${ms(r.member.p50)} | ${ms(r.address.p50)} | ${pct(r.difference)} | ${r.paired >= 0 ? '+' : ''}${pct(r.paired)} | ${ms(r.member.p90)} | ${ms(r.address.p90)} |`;
  const verdict = (r: typeof e.mailed) => (r.difference < 0.2 ? 'under' : '**not** under');
  const section = `
### Membership sign-up timing (measured)

Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, DynamoDB Local in memory, by
\`npx tsx tests/bench/enumeration.ts\` (also part of \`npm run bench\`).

${e.pairs} interleaved pairs of \`POST /network/members\` through the local server, after ${WARM_UP} warm-up pairs:
a member (joined and confirmed beforehand) and a new address, the order within a pair alternating.
Then every address once more within ten minutes (no mail for either). Difference = |member − new| / the
smaller median; the goal is under 20 %. Within pairs = the median over the pairs of (member − new) / new,
which cancels the machine's drift (this is a 2-core machine shared with other work, so single medians move
by several per cent between runs).

| sign-up | member p50 | new address p50 | difference | within pairs | member p90 | new address p90 |
|---|---:|---:|---:|---:|---:|---:|
${row('first (a mail each: note / confirmation link)', e.mailed)}
${row('again within ten minutes (no mail)', e.again)}

The first sign-ups differ by ${pct(e.mailed.difference)} (${verdict(e.mailed)} 20 %), the repeated ones by
${pct(e.again.difference)} (${verdict(e.again)} 20 %).
`;
  console.log(section);
  writeSection(resolve(projectRoot, 'docs/SECURITY.md'), 'enumeration', section);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await reportEnumeration();
  process.exit(0);
}
