import type { TestStack } from './local-stack';

/**
 * A browser as far as the console needs one, over plain fetch: a cookie jar (names and values; a cookie
 * with Max-Age=0 is dropped) and redirects followed by hand, so a test sees every hop and every cookie.
 */
export class StaffBrowser {
  readonly cookies = new Map<string, string>();
  /** Every Set-Cookie header seen, in order. */
  readonly setCookies: string[] = [];

  constructor(
    readonly stack: TestStack,
    /** Headers sent with every request (e.g. x-forwarded-proto: https, as CloudFront and API Gateway send). */
    readonly headers: Record<string, string> = {},
  ) {}

  /** One request, no redirect followed; the jar takes the cookies it sets. */
  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.stack.url}${path}`;
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...this.headers,
        ...(cookie ? { cookie } : {}),
        ...(init.headers as Record<string, string>),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      this.setCookies.push(header);
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      if (/;\s*Max-Age=0\b/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1));
    }
    return response;
  }

  /** Requests and follows redirects (GET after each) until a page answers; returns it and the hops. */
  async follow(path: string, init: RequestInit = {}): Promise<{ response: Response; hops: string[] }> {
    const hops: string[] = [];
    let response = await this.request(path, init);
    while (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location') ?? '';
      hops.push(location);
      if (hops.length > 10) throw new Error(`Too many redirects: ${hops.join(' → ')}`);
      await response.arrayBuffer();
      response = await this.request(new URL(location, this.stack.url).href);
    }
    return { response, hops };
  }

  /** Posts a form, redirects not followed. */
  post(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /**
   * Signs in as a local staff user the way a browser does: the page, the sign-in redirect, the local
   * authorize endpoint (picking the user with login_hint), the callback. Returns the page signed in to.
   */
  async signIn(email: string, page = '/sv/console'): Promise<{ response: Response; hops: string[] }> {
    const first = await this.request(page);
    const signInPath = first.headers.get('location');
    if (first.status !== 303 || !signInPath) throw new Error(`${page} answered ${first.status}, not 303`);
    const toProvider = await this.request(signInPath);
    const authorize = new URL(toProvider.headers.get('location') ?? '');
    authorize.searchParams.set('login_hint', email);
    return this.follow(authorize.href);
  }

  /** The CSRF token in the forms of a page's HTML. */
  static csrfOf(html: string): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error('no CSRF token on the page');
    return token;
  }
}
