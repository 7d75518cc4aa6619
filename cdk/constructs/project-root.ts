import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file's own location (cdk/constructs/), so `cdk synth`, the tests
 * and the bench resolve manifest entries the same way whatever the working directory is.
 */
export const projectRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A path given relative to the project root (as the manifest's `entry` is), made absolute. */
export const fromProjectRoot = (relativePath: string): string => resolve(projectRoot, relativePath);
