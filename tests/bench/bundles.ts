import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { esbuildOptions } from '../../cdk/bundling';
import { functions } from '../../functions/manifest';
import { median } from './report';

export interface BundleFigure {
  name: string;
  bytes: number;
  importMs: number;
}

const IMPORT_RUNS = 7;

/** Cold import of a bundle in a fresh Node process, as a Lambda init does; the median of several runs. */
function coldImportMs(file: string): number {
  const script = `const t=performance.now();await import(${JSON.stringify(`file://${file}`)});process.stdout.write(String(performance.now()-t));`;
  const runs = Array.from({ length: IMPORT_RUNS }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TABLE_NAME: 'bench', AWS_REGION: 'eu-north-1', LOG_LEVEL: 'SILENT' },
      }).toString(),
    ),
  );
  return median(runs);
}

async function bundle(name: string, entry: string, outDir: string): Promise<BundleFigure> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({ ...esbuildOptions, entryPoints: [resolve(entry)], outfile, logLevel: 'error' });
  return { name, bytes: statSync(outfile).size, importMs: coldImportMs(outfile) };
}

/** Every function bundled with the deployed esbuild settings, next to the DocumentClient-only baseline. */
export async function measureBundles() {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  const baseline = await bundle('baseline (DocumentClient only)', 'tests/bench/baseline-handler.ts', outDir);
  const figures: BundleFigure[] = [];
  for (const [name, spec] of Object.entries(functions)) figures.push(await bundle(name, spec.entry, outDir));
  return { baseline, figures };
}
