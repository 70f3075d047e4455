/**
 * Headers on every answer of the portal. The policy allows scripts, styles and fetches from
 * the portal alone (no inline script, no eval: an injected string cannot run), no framing
 * (clickjacking), and forms only to the portal and, when one is configured, the identity
 * provider's sign-in. Referrer-Policy same-origin keeps page paths from other sites while
 * still letting the browser send our own Origin, which the CSRF check needs.
 */
export function securityHeaders(options: { https: boolean; formTargets: string[] }): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${options.formTargets.map((origin) => ` ${origin}`).join('')}`,
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
