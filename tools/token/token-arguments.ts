import { parseArgs } from 'node:util';
import {
  AGENCY_CODE_PATTERN,
  ClaimsError,
  PURPOSE_CODE_PATTERN,
  REGISTRIES,
  principalFromClaims,
  type PrincipalClaims,
  type Registry,
} from '@app/auth';
import { personalIdProblem } from '@app/identifiers';
import { DATA_CATEGORY_CODES } from '@app/access';

export const DEFAULT_TTL_SECONDS = 3600;
const DEFAULT_ASSURANCE_LEVEL = '2';
const DEFAULT_IDS = { steward: 'st-dev', admin: 'admin-dev', auditor: 'auditor-dev' } as const;

export const USAGE = `Usage: npm run --silent token -- <kind> … [--ttl <seconds>]

Prints a bearer token signed by the development issuer (absent in production), with the key
in DATA_DIR (or DEV_ISSUER_KEY_FILE) that npm start trusts:

  citizen <personalIdNumber> [--acr 1|2|3]     a person; --acr is the assurance level (default ${DEFAULT_ASSURANCE_LEVEL})
  steward population|business [--id st-…]      a steward of one registry (default id ${DEFAULT_IDS.steward})
  admin [--id …]                               a platform administrator (default id ${DEFAULT_IDS.admin})
  auditor [--id …]                             an auditor of the access log (default id ${DEFAULT_IDS.auditor})
  agency <CODE> --purpose <PURPOSE> [--client <clientId>] [--scope "<category> …"]
                                               an agency's system reading for one purpose; the client
                                               defaults to <code lowercased>-demo, the scope to every
                                               data category

  --ttl <seconds>   lifetime, default ${DEFAULT_TTL_SECONDS}, at most MAX_TOKEN_LIFETIME_SECONDS

Categories: ${DATA_CATEGORY_CODES.join(' ')}

Example:
  curl -s localhost:4000/graphql -H "Authorization: Bearer $(npm run --silent token -- steward population)" \\
    -H 'Content-Type: application/json' -d '{"query":"{ citizen(personalIdNumber: \\"001085012345\\") { fullName } }"}'`;

/** A command line that cannot mint a token; the message says what to change. */
export class UsageError extends Error {}

/** What to mint: the claims, and a lifetime when --ttl gave one. */
export type TokenRequest = { help: true } | { help: false; claims: PrincipalClaims; ttlSeconds: number | undefined };

type Options = Partial<Record<'acr' | 'id' | 'purpose' | 'client' | 'scope' | 'ttl', string>>;

/** Reads `npm run token`'s arguments; throws UsageError naming what is wrong. */
export function parseTokenArguments(args: string[]): TokenRequest {
  let parsed: { values: Options & { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        acr: { type: 'string' },
        id: { type: 'string' },
        purpose: { type: 'string' },
        client: { type: 'string' },
        scope: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [kind, ...rest] = positionals;
  const claims = claimsFor(kind, rest, values);
  // The verifier's own shape checks, so that a token the tool prints is one the apps accept.
  try {
    principalFromClaims({ ...claims, iss: 'check', jti: 'check' });
  } catch (error) {
    if (!(error instanceof ClaimsError)) throw error;
    if (/\bsub\b/.test(error.message)) {
      const option = claims.kind === 'agency' ? '--client' : '--id';
      throw new UsageError(`${option} ${claims.sub} is not an id (1–128 letters, digits and . _ : @ -)`);
    }
    throw new UsageError(`the token would be refused: ${error.message}`);
  }
  return { help: false, claims, ttlSeconds: values.ttl === undefined ? undefined : seconds(values.ttl) };
}

/** The lifetime to mint with: --ttl, or the default, never beyond what verifiers accept. */
export function tokenLifetime(requested: number | undefined, maxTokenLifetimeSeconds: number): number {
  if (requested === undefined) return Math.min(DEFAULT_TTL_SECONDS, maxTokenLifetimeSeconds);
  if (requested > maxTokenLifetimeSeconds) {
    throw new UsageError(
      `--ttl ${requested} is longer than MAX_TOKEN_LIFETIME_SECONDS (${maxTokenLifetimeSeconds}): no app would accept the token`,
    );
  }
  return requested;
}

function claimsFor(kind: string | undefined, rest: string[], values: Options): PrincipalClaims {
  switch (kind) {
    case 'citizen': {
      only(kind, values, ['acr']);
      const personalIdNumber = one(rest, 'citizen needs one personal ID number: citizen <personalIdNumber>');
      const problem = personalIdProblem(personalIdNumber);
      if (problem === 'FORMAT') throw new UsageError(`${personalIdNumber} is not a personal ID number (12 digits)`);
      if (problem) {
        throw new UsageError(
          `${personalIdNumber} is not a personal ID number: ${personalIdNumber.slice(0, 3)} is no birth registration code`,
        );
      }
      const acr = values.acr ?? DEFAULT_ASSURANCE_LEVEL;
      if (!/^[1-3]$/.test(acr)) throw new UsageError(`--acr must be 1, 2 or 3, not ${acr}`);
      return { kind: 'citizen', sub: personalIdNumber, acr };
    }
    case 'steward': {
      only(kind, values, ['id']);
      const registry = one(rest, `steward needs a registry: steward ${REGISTRIES.join('|')}`);
      if (!(REGISTRIES as readonly string[]).includes(registry)) {
        throw new UsageError(`${registry} is not a registry (${REGISTRIES.join(', ')})`);
      }
      return { kind: 'steward', sub: values.id ?? DEFAULT_IDS.steward, registry: registry as Registry };
    }
    case 'admin':
    case 'auditor':
      only(kind, values, ['id']);
      none(kind, rest);
      return { kind, sub: values.id ?? DEFAULT_IDS[kind] };
    case 'agency': {
      only(kind, values, ['purpose', 'client', 'scope']);
      const code = one(rest, 'agency needs an agency code: agency <CODE> --purpose <PURPOSE>');
      if (!AGENCY_CODE_PATTERN.test(code)) {
        throw new UsageError(`${code} is not an agency code (capital letters, digits and -, e.g. BHXH)`);
      }
      if (values.purpose === undefined) throw new UsageError('agency needs --purpose <PURPOSE>');
      if (!PURPOSE_CODE_PATTERN.test(values.purpose)) {
        throw new UsageError(`--purpose ${values.purpose} is not a purpose code (e.g. SOCIAL_INSURANCE_ENROLMENT)`);
      }
      return {
        kind: 'agency',
        sub: values.client ?? `${code.toLowerCase()}-demo`,
        agency: code,
        purpose: values.purpose,
        scope: scope(values.scope),
      };
    }
    case undefined:
      throw new UsageError('name the kind of caller: citizen, steward, admin, auditor or agency');
    default:
      throw new UsageError(`${kind} is not a kind of caller (citizen, steward, admin, auditor, agency)`);
  }
}

/**
 * A development agency token asks for every category unless --scope narrows it: the
 * agreements and consents still decide per read.
 */
function scope(value: string | undefined): string {
  if (value === undefined) return DATA_CATEGORY_CODES.join(' ');
  const categories = value.split(/\s+/).filter(Boolean);
  if (categories.length === 0) throw new UsageError('--scope names no category');
  const unknown = categories.filter((category) => !(DATA_CATEGORY_CODES as readonly string[]).includes(category));
  if (unknown.length > 0) throw new UsageError(`--scope: not a data category: ${unknown.join(', ')}`);
  return categories.join(' ');
}

function seconds(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--ttl must be a whole number of seconds`);
  return Number(value);
}

function one(rest: string[], message: string): string {
  if (rest.length === 0) throw new UsageError(message);
  if (rest.length > 1) throw new UsageError(`unexpected arguments: ${rest.slice(1).join(' ')}`);
  return rest[0];
}

function none(kind: string, rest: string[]): void {
  if (rest.length > 0) throw new UsageError(`${kind} takes no arguments besides options: ${rest.join(' ')}`);
}

function only(kind: string, values: Options, allowed: (keyof Options)[]): void {
  const misplaced = (Object.keys(values) as (keyof Options)[]).filter(
    (option) => option !== 'ttl' && values[option] !== undefined && !allowed.includes(option),
  );
  if (misplaced.length > 0) throw new UsageError(`--${misplaced[0]} does not apply to ${kind} tokens`);
}
