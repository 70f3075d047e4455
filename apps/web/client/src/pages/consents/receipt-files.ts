/** What a receipt JWS says (its payload), decoded for showing; not a check of its signature. */
export function receiptPayload(jws: string): Record<string, unknown> | null {
  const [, payload] = jws.split('.');
  if (!payload) return null;
  try {
    const binary = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
