import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { requiredOutsideDev } from '../../cdk/stacks/network-context';
import { functionNames } from '../../functions/manifest';
import { SEED_WRITTEN_ON } from '../../shared/content/example-rebase';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const stackName = 'EqualityNetwork-dev';

/** The environment of a machine without AWS credentials, and without CLI network chatter. */
function offlineEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // NODE_ENV=test (set by vitest) would make the app run in the CDK's in-memory test mode.
    if (!key.startsWith('AWS_') && !key.startsWith('CDK_') && key !== 'NODE_ENV') env[key] = value;
  }
  return {
    ...env,
    AWS_EC2_METADATA_DISABLED: 'true',
    CDK_DISABLE_VERSION_CHECK: 'true',
    CDK_DISABLE_CLI_TELEMETRY: 'true',
  };
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: offlineEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

describe('npx cdk synth (real bundling with esbuild)', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'network-cdk-out-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('synthesizes offline without credentials and bundles every function as ESM', {
    timeout: 180_000,
  }, async () => {
    // Prepare
    const args = ['cdk', 'synth', '--quiet', '--no-notices', '--output', outdir];

    // Act
    const result = await run('npx', args);

    // Assess
    expect(result.code, result.output).toBe(0);
    const templatePath = join(outdir, `${stackName}.template.json`);
    expect(existsSync(templatePath), result.output).toBe(true);
    const template = JSON.parse(readFileSync(templatePath, 'utf8')) as {
      Resources: Record<string, { Type: string }>;
    };
    const lambdas = Object.values(template.Resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function',
    );
    expect(lambdas).toHaveLength(functionNames.length);
    // The WAF web ACL's own stack (us-east-1) synthesizes offline too.
    const edgeTemplate = readFileSync(join(outdir, `${stackName}-edge.template.json`), 'utf8');
    expect(edgeTemplate).toContain('AWS::WAFv2::WebACL');

    const bundles = readdirSync(outdir)
      .filter((entry) => entry.startsWith('asset.'))
      .map((entry) => join(outdir, entry, 'index.mjs'))
      .filter((file) => existsSync(file));
    expect(bundles).toHaveLength(functionNames.length);
    for (const bundle of bundles) {
      const code = readFileSync(bundle, 'utf8');
      expect(code.startsWith("import { createRequire as __createRequire } from 'node:module';")).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b|export\s*\{[^}]*\bhandler\b/);
      expect(code).toContain('//# sourceMappingURL=index.mjs.map');
      expect(existsSync(`${bundle}.map`)).toBe(true);
      expect(statSync(bundle).size).toBeLessThan(2_000_000);
      // The local dataset source (and with it the rebase of the seed's examples) never ships.
      expect(code.includes(SEED_WRITTEN_ON), bundle).toBe(false);
    }
    console.info(`cdk synth with bundling took ${result.ms} ms`);
  });
});

describe('npx cdk synth of a stage other than dev', () => {
  const outdir = mkdtempSync(join(tmpdir(), 'network-cdk-prod-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));
  const synthArgs = ['cdk', 'synth', '--quiet', '--no-notices', '--output', outdir, '-c', 'stage=prod'];

  it('fails with one message naming each missing or placeholder setting', { timeout: 180_000 }, async () => {
    // Act
    const result = await run('npx', synthArgs);

    // Assess
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('The stage "prod" needs real values for these context settings:');
    // cdk.json's default sender is a placeholder; the others are missing.
    expect(result.output).toContain('  - mailFrom: "noreply@example.org" is a placeholder (example.org)');
    for (const setting of requiredOutsideDev.filter((name) => name !== 'mailFrom')) {
      expect(result.output).toContain(`  - ${setting}: missing`);
    }
    expect(result.output, 'a settings problem prints no stack trace').not.toMatch(/\n\s+at \S+ \(/);
    expect(existsSync(join(outdir, 'EqualityNetwork-prod.template.json'))).toBe(false);
  });

  it('synthesizes with real values for all of them', { timeout: 240_000 }, async () => {
    // Prepare
    const settings = {
      mailFrom: 'Nätverket <noreply@network.fi>',
      mailDomain: 'network.fi',
      publicBaseUrl: 'https://network.fi',
      sanityProjectId: 'abcd1234',
      alarmEmail: 'ops@network.fi',
    };
    const context = Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]);

    // Act
    const result = await run('npx', [...synthArgs, ...context]);

    // Assess
    expect(result.code, result.output).toBe(0);
    const template = JSON.parse(readFileSync(join(outdir, 'EqualityNetwork-prod.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: Record<string, any> }>;
    };
    const resources = Object.values(template.Resources);
    expect(resources.find((r) => r.Type === 'AWS::SES::EmailIdentity')?.Properties.EmailIdentity).toBe(
      'network.fi',
    );
    expect(resources.find((r) => r.Type === 'AWS::SNS::Subscription')?.Properties.Endpoint).toBe(
      'ops@network.fi',
    );
  });
});
