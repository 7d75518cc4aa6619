import { Logger } from '@aws-lambda-powertools/logger';
import { config } from '../config';

/**
 * One structured JSON logger per container. Never log request bodies, emails or names: log ids,
 * route keys and error names (no personal data in logs).
 */
export const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });

/**
 * An unexpected error as it may be logged: its name and the `at …` frames of its stack, never its
 * message. Messages of SDK errors can quote request values (an email address in a
 * ValidationException), and a stack starts with the message, which may span several lines.
 */
export function loggableError(error: unknown): { name: string; stack?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const stack = error.stack ?? '';
  // Frames come after the message; a message line that merely looks like a frame is skipped too.
  const at = error.message ? stack.indexOf(error.message) : -1;
  const frames = (at >= 0 ? stack.slice(at + error.message.length) : stack)
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return { name: error.name, stack: frames };
}
