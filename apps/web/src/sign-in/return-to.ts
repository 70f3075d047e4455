/**
 * Where to send the citizen after sign-in: a path of this portal, or '/'. Anything that could
 * leave the origin is refused (an absolute URL, `//host`, `/\host`, a scheme, control characters),
 * so the sign-in flow is no open redirect.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/';
  // What a browser would make of it, resolved against a placeholder origin, must stay on it.
  const base = 'https://portal.invalid';
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return '/';
  }
  if (resolved.origin !== base) return '/';
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
