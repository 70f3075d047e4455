import { readFile } from 'node:fs/promises';
import type { JSONWebKeySet } from 'jose';

/** The key set could not be read: the log cannot be judged without it. */
export class KeySetError extends Error {}

/** The registry's public key set from a file or an http(s) URL, as published at /.well-known/jwks.json. */
export async function loadKeySet(location: string): Promise<JSONWebKeySet> {
  let text: string;
  if (/^https?:\/\//.test(location)) {
    let response: Response;
    try {
      response = await fetch(location, { signal: AbortSignal.timeout(10_000) });
    } catch (error) {
      throw new KeySetError(`cannot fetch the key set from ${location}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new KeySetError(`cannot fetch the key set from ${location}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    try {
      text = await readFile(location, 'utf8');
    } catch (error) {
      throw new KeySetError(`cannot read the key set ${location}: ${(error as Error).message}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new KeySetError(`${location} is not JSON`);
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new KeySetError(`${location} is no JWK set: { "keys": [ … ] }`);
  return parsed as JSONWebKeySet;
}
