import type { StaffSession } from '../../shared/auth/session';
import type { Reply } from '../../shared/http/reply';
import type { Group, Language } from '../../shared/http/route';
import type { PageFrame } from '../../shared/site/layout';

/** A request to a console page, after the session, its groups and (for a post) its CSRF token passed. */
export interface ConsoleRequest {
  lang: Language;
  /** Path segments after /{lang}/console/, decoded. */
  segments: string[];
  /** The values of the page path's `:name` segments. */
  params: Record<string, string>;
  method: 'GET' | 'POST';
  form: Record<string, string | string[]>;
  query: Record<string, string | undefined>;
  frame: PageFrame;
  /** The CSRF token for forms on the page (shared/site/forms.ts csrfInput). */
  csrf: string;
  /** Who is signed in, with their groups (from the verified ID token). */
  staff: StaffSession;
  now: Date;
}

/**
 * One console page: its path under /{lang}/console/ and who may open it. A page adds itself by being
 * listed in functions/console/pages/index.ts. A post answers with `redirect()` (shared/site/layout.ts)
 * once it has acted: post/redirect/get.
 */
export interface ConsolePage {
  /** The path after /{lang}/console: `''` for the overview, `people`, `events/:eventId`. */
  path: string;
  /** Staff holding at least one of these groups may open it; anyone else gets the 403 page. */
  groups: readonly Group[];
  /** Its name in the overview's list of pages; pages without one are reached from other pages. */
  title?: Record<Language, string>;
  get?(req: ConsoleRequest): Promise<Reply>;
  post?(req: ConsoleRequest): Promise<Reply>;
}

/** Thrown by requireGroup; the console answers it with the 403 page. */
export class ConsoleForbidden extends Error {
  constructor() {
    super('The signed-in person lacks the group this needs');
    this.name = 'ConsoleForbidden';
  }
}

export const holdsGroup = (staff: StaffSession, groups: readonly Group[]) =>
  groups.some((group) => staff.groups.includes(group));

/**
 * Lets the request through only when the signed-in person holds one of the groups (403 page otherwise).
 * The router applies each page's `groups`; a page calls this itself for a part that needs more, such as
 * a coordinator-only action on a page jurors also see.
 */
export function requireGroup(req: Pick<ConsoleRequest, 'staff'>, ...groups: Group[]): void {
  if (!holdsGroup(req.staff, groups)) throw new ConsoleForbidden();
}

/** The page a path is, with its `:name` values; undefined answers 404. */
export function matchPage(
  pages: readonly ConsolePage[],
  segments: readonly string[],
): { page: ConsolePage; params: Record<string, string> } | undefined {
  for (const page of pages) {
    const pattern = page.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, i) => {
      const value = segments[i] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = value;
        return value.length > 0;
      }
      return part === value;
    });
    if (matches) return { page, params };
  }
  return undefined;
}
