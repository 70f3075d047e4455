import { isAbsolute, resolve } from 'node:path';

/**
 * Reads typed values from an environment, collecting every problem instead of stopping
 * at the first, so that one start-up tells the operator everything that is wrong.
 */
export class EnvReader {
  readonly problems: string[] = [];

  constructor(private readonly env: Record<string, string | undefined>) {}

  string(name: string, fallback: string): string {
    const value = this.raw(name);
    return value ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
    if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max) return parsed;
    this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${value}")`);
    return fallback;
  }

  /** 0 asks the system for any free port; the app then reports the one it got. */
  port(name: string, fallback: number): number {
    return this.integer(name, fallback, 0, 65535);
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  url(name: string, protocols: readonly string[], fallback?: string): string | undefined {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (protocols.includes(parsed.protocol)) return value;
    } catch {
      // reported below
    }
    // Never echo a database URL: it may carry a password.
    this.problems.push(`${name} must be a ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')} URL`);
    return fallback;
  }

  /** A value with a parser of its own; the parser's error message says what is expected. */
  parsed<T>(name: string, parse: (value: string) => T, fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    try {
      return parse(value);
    } catch (error) {
      this.problems.push(`${name}: ${(error as Error).message}`);
      return fallback;
    }
  }

  path(name: string, fallback: string, baseDir: string): string {
    const value = this.raw(name) ?? fallback;
    return isAbsolute(value) ? value : resolve(baseDir, value);
  }

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }
}
