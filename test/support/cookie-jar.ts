/** One cookie as a response set it (name, value, and the attributes the tests look at). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: string[];
}

export function parseSetCookie(header: string): SetCookie {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const at = pair.indexOf('=');
  return { name: pair.slice(0, at), value: pair.slice(at + 1), attributes };
}

/**
 * A user agent without a page: fetch with cookies kept per origin (as a browser keeps them
 * apart by host; here the provider and the portal share 127.0.0.1), redirects followed by hand
 * so each hop can be seen. What the tests drive the sign-in with.
 */
export class CookieJarAgent {
  private readonly jar = new Map<string, Map<string, string>>();

  /** One request, no redirect followed. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.jar.get(target.origin);
    if (cookies?.size) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const header of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(header);
      const expired = cookie.attributes.some(
        (attribute) => /^max-age=0$/i.test(attribute) || /^expires=Thu, 01 Jan 1970/i.test(attribute),
      );
      const forOrigin = this.jar.get(target.origin) ?? new Map<string, string>();
      if (expired || cookie.value === '') forOrigin.delete(cookie.name);
      else forOrigin.set(cookie.name, cookie.value);
      this.jar.set(target.origin, forOrigin);
    }
    return response;
  }

  /** Follows redirects until `until` matches the next URL (not fetched) or a non-redirect answer comes. */
  async follow(url: string, until?: (next: URL) => boolean): Promise<{ url: string; response: Response | null }> {
    let current = url;
    for (let hops = 0; hops < 20; hops += 1) {
      const response = await this.fetch(current);
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      await response.arrayBuffer();
      const next = new URL(location, current);
      if (until?.(next)) return { url: next.toString(), response: null };
      current = next.toString();
    }
    throw new Error(`too many redirects from ${url}`);
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(new URL(origin).origin)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const forOrigin = this.jar.get(new URL(origin).origin) ?? new Map<string, string>();
    forOrigin.set(name, value);
    this.jar.set(new URL(origin).origin, forOrigin);
  }
}

/** Submits the provider's own login, then consent, pages (oidc-provider's devInteractions) as `login`. */
export async function passProviderInteraction(
  agent: CookieJarAgent,
  interactionUrl: string,
  login: string,
  isCallback: (url: URL) => boolean,
): Promise<string> {
  let url = interactionUrl;
  for (let step = 0; step < 4; step += 1) {
    const page = await agent.fetch(url);
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt)
      throw new Error(
        `no interaction form at ${url}: ${html
          .replace(/<style[\s\S]*?<\/style>/g, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'any' } : {}) });
    const submitted = await agent.fetch(new URL(action, url).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    const location = submitted.headers.get('location');
    if (!location) throw new Error(`the ${prompt} form was not accepted (${submitted.status})`);
    const next = await agent.follow(
      new URL(location, url).toString(),
      (candidate) => isCallback(candidate) || candidate.pathname.startsWith('/interaction/'),
    );
    if (isCallback(new URL(next.url))) return next.url;
    url = next.url;
  }
  throw new Error('the provider did not send the browser back');
}
