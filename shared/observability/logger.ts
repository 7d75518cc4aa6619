import { Logger } from '@aws-lambda-powertools/logger';
import { config } from '../config';

/**
 * One structured JSON logger per container. Never log request bodies, emails or names: log ids,
 * route keys and error names (no personal data in logs).
 */
export const logger = new Logger({ serviceName: config.serviceName, logLevel: config.logLevel });

