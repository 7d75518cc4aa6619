import { describe, expect, it } from 'vitest';
import { loggableError } from '../../shared/observability/logger';

describe('an error as the API and the site log it', () => {
  it('keeps the name and the frames, and no line of the message, even one shaped like a frame', () => {
    // Prepare
    const error = Object.assign(
      new Error('Invalid value anna@example.org\n    at anna.lind@example.org (given in the request)'),
      { name: 'ValidationException' },
    );

    // Act
    const logged = loggableError(error);

    // Assess
    expect(logged.name).toBe('ValidationException');
    expect(logged.stack).toMatch(/^\s+at .*loggable-error\.test\.ts/);
    expect(JSON.stringify(logged)).not.toContain('@example.org');
  });

  it('logs only the type of a thrown value that is not an Error', () => {
    // Act / Assess
    expect(loggableError('user anna@example.org not found')).toEqual({ name: 'string' });
  });
});
