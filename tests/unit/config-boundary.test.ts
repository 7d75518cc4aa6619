import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `process.env` in any spelling that reaches it: member access, `process['env']`, `import { env }`. */
const environmentAccess = [
  /\bprocess\s*\??\.\s*env\b/,
  /\bprocess\s*\??\.?\s*\[\s*['"`]env['"`]\s*\]/,
  /\bimport\s*\{[^}]*\benv\b[^}]*\}\s*from\s*['"](node:)?process['"]/,
];

describe('one module reads the environment', () => {
  it('finds process.env in no module of functions/, shared/ or cdk/ but shared/config.ts', () => {
    // Prepare
    const files = ['functions', 'shared', 'cdk'].flatMap((dir) => typeScriptFiles(join(root, dir)));

    // Act
    const offenders = files
      .map((file) => relative(root, file).split('\\').join('/'))
      .filter((file) => file !== 'shared/config.ts')
      .filter((file) =>
        environmentAccess.some((pattern) => pattern.test(readFileSync(join(root, file), 'utf8'))),
      );

    // Assess
    expect(files.length).toBeGreaterThan(50);
    expect(offenders, 'read the setting through a getter of shared/config.ts instead').toEqual([]);
  });

  it('recognises every spelling of an environment read it looks for', () => {
    // Prepare
    const reads = [
      'const a = process.env.TABLE_NAME;',
      "const b = process.env['TABLE_NAME'];",
      'const c = process?.env?.X;',
      "const d = process['env'].X;",
      "import { env } from 'node:process';",
    ];
    const notReads = [
      'const processed = envelope.env;',
      'const p = process.cwd();',
      "import { argv } from 'node:process';",
    ];

    // Act
    const found = (code: string) => environmentAccess.some((pattern) => pattern.test(code));

    // Assess
    for (const code of reads) expect(found(code), code).toBe(true);
    for (const code of notReads) expect(found(code), code).toBe(false);
  });
});
