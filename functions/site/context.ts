import type { Reply } from '../../shared/http/reply';
import type { Language } from '../../shared/http/route';
import type { PageFrame } from '../../shared/site/layout';

export interface SiteRequest {
  lang: Language;
  /** Path segments after /{lang}/. */
  segments: string[];
  method: 'GET' | 'POST';
  form: Record<string, string | string[]>;
  query: Record<string, string | undefined>;
  /** The query string with every value of a repeated name (filters with checkboxes: `?focusArea=a&focusArea=b`). */
  search: URLSearchParams;
  frame: PageFrame;
  /** The CSRF token for forms on the page. */
  csrf: string;
  /** The form's honeypot was filled: act as if done, store nothing. */
  bot: boolean;
  now: Date;
}

export type PageHandler = (req: SiteRequest) => Promise<Reply | undefined>;
