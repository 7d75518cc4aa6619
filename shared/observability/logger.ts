import { Logger } from '@aws-lambda-powertools/logger';

/**
 * One structured JSON logger per container. Never log request bodies, emails or names: log ids,
 * route keys and error names (DESIGN.md: no PII in logs).
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'equality-network',
  logLevel: (process.env.LOG_LEVEL as 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'SILENT' | undefined) ?? 'INFO',
});
