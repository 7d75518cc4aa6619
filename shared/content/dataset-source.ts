import { readFile } from 'node:fs/promises';
import { evaluate, parse } from 'groq-js';
import type { ContentSource } from './content-source';
import { rebaseExamples, weeksSinceSeed } from './example-rebase';

export type SanityDocument = { _id: string; _type: string } & Record<string, unknown>;

/** Published documents only, as perspective `published` sees them: no drafts, no release versions. */
export const isPublished = (doc: SanityDocument) =>
  !doc._id.startsWith('drafts.') && !doc._id.startsWith('versions.');

export function parseNdjson(text: string): SanityDocument[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as SanityDocument;
      } catch {
        throw new Error(`Line ${index + 1} of the dataset is not JSON`);
      }
    });
}

/** groq-js over an in-memory dataset in the format of `sanity dataset export`. */
export class DatasetContentSource implements ContentSource {
  private readonly documents: SanityDocument[];

  constructor(
    documents: SanityDocument[],
    readonly description = 'in-memory dataset',
  ) {
    this.documents = documents.filter(isPublished);
  }

  /**
   * The dataset in an NDJSON file, its example documents moved to `now` (example-rebase.ts) so the
   * local stack always has open windows to try; the file itself keeps the dates it was written with.
   */
  static async fromFile(path: string, now: Date = new Date()): Promise<DatasetContentSource> {
    const weeks = weeksSinceSeed(now);
    return new DatasetContentSource(
      rebaseExamples(parseNdjson(await readFile(path, 'utf8')), now),
      `dataset ${path.split('/').slice(-3).join('/')}${weeks ? ` (examples moved ${weeks} week${Math.abs(weeks) === 1 ? '' : 's'})` : ''}`,
    );
  }

  get size() {
    return this.documents.length;
  }

  async fetch<T = unknown>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    const tree = parse(query, { params });
    const value = await evaluate(tree, { dataset: this.documents, params });
    return (await value.get()) as T;
  }
}
