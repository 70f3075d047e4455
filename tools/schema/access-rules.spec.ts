import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Logger, type DynamicModule, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_REFERENCE_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { PERMISSIONS, permissionOf, type Permission } from '@app/access';
import { loadConfig } from '@app/config';
import type { AppDefinition } from '@app/server';
import { businessRegistryApp } from '../../apps/business-registry/src/business-registry.app';
import { exchangeApp } from '../../apps/exchange/src/exchange.app';
import { gatewayApp } from '../../apps/gateway/src/gateway.app';
import { populationApp } from '../../apps/population/src/population.app';

const ROOT = join(__dirname, '..', '..');
const APPS: AppDefinition[] = [populationApp, businessRegistryApp, exchangeApp, gatewayApp];

/** The only operations anyone may call without a token. Adding one is a decision: say so here. */
/** Open to anyone without a token, reviewed: the agency directory and the purpose catalogue citizens read. */
// logConsistency: the log's consistency proof between two signed checkpoints, hashes only (no
// personal data), which any verifier needs to hold the log to a checkpoint it saw before.
const PUBLIC_OPERATIONS = ['exchange Query.agencies', 'exchange Query.logConsistency', 'exchange Query.purposes'];

interface Operation {
  app: string;
  /** `Query.citizen`, `Mutation.registerCitizen`, `Citizen.__resolveReference`. */
  field: string;
  handler: string;
  permission: Permission | undefined;
}

/**
 * Every operation a subgraph serves that the AccessGuard stands in front of: each @Query,
 * @Mutation and @Subscription, and each @ResolveReference (another subgraph's entity fetch),
 * found the way Nest finds them — the resolver classes among the providers of the app's
 * module tree — with the permission the guard would read for it.
 */
function operationsOf(app: AppDefinition): Operation[] {
  // The introspecting gateway reads no supergraph file; no module here is ever started.
  const root = app.module(loadConfig({ SUPERGRAPH_SOURCE: 'introspect' }, ROOT));
  const scanner = new MetadataScanner();
  const operations: Operation[] = [];
  for (const provider of providersOf(root)) {
    for (const method of scanner.getAllMethodNames(provider.prototype)) {
      const handler = (provider.prototype as Record<string, unknown>)[method] as object;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const isReference = Reflect.getMetadata(RESOLVER_REFERENCE_METADATA, handler) === true;
      const isRoot = type === 'Query' || type === 'Mutation' || type === 'Subscription';
      if (!isRoot && !isReference) continue;
      const field = isReference
        ? `${Reflect.getMetadata(RESOLVER_TYPE_METADATA, provider)}.__resolveReference`
        : `${type}.${(Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method}`;
      operations.push({ app: app.name, field, handler: `${provider.name}.${method}`, permission: permissionOf(field) });
    }
  }
  return operations;
}

/** Provider classes of a module and everything it imports, static or dynamic. */
function providersOf(module: unknown, seen = new Set<unknown>()): Set<Type> {
  const found = new Set<Type>();
  const visit = (entry: unknown) => {
    const resolved = unwrapForwardRef(entry);
    if (!resolved || seen.has(resolved)) return;
    seen.add(resolved);
    const dynamic = typeof resolved === 'object' && 'module' in resolved ? (resolved as DynamicModule) : undefined;
    const moduleClass = dynamic ? dynamic.module : resolved;
    if (typeof moduleClass !== 'function') return;
    const listed = (key: string, extra: unknown[] = []) => [
      ...((Reflect.getMetadata(key, moduleClass) as unknown[] | undefined) ?? []),
      ...extra,
    ];
    for (const provider of listed(MODULE_METADATA.PROVIDERS, dynamic?.providers)) {
      const type = typeof provider === 'function' ? provider : (provider as { useClass?: unknown }).useClass;
      if (typeof type === 'function') found.add(type as Type);
    }
    for (const imported of listed(MODULE_METADATA.IMPORTS, dynamic?.imports)) visit(imported);
  };
  visit(module);
  return found;
}

function unwrapForwardRef(entry: unknown): unknown {
  const forward = (entry as { forwardRef?: () => unknown } | undefined)?.forwardRef;
  return typeof forward === 'function' ? forward() : entry;
}

const describeOperation = (operation: Operation) => `${operation.app} ${operation.field} (${operation.handler})`;

describe('deny by default: every operation of every subgraph declares who may call it', () => {
  // Three subgraphs' modules in one process: TypeORM warns that they share a data source name.
  Logger.overrideLogger(['error']);
  const operations = APPS.flatMap(operationsOf);

  it('walks every app under apps/', () => {
    const onDisk = readdirSync(join(ROOT, 'apps'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.app.ts'))
      .map((file) => relative(ROOT, join(ROOT, 'apps', file)))
      .sort();
    expect(onDisk).toEqual([
      'apps/business-registry/src/business-registry.app.ts',
      'apps/exchange/src/exchange.app.ts',
      'apps/gateway/src/gateway.app.ts',
      'apps/population/src/population.app.ts',
      // No GraphQL of its own: it forwards the citizen's GraphQL to the gateway with the
      // session's token, and the graph judges it (test/web-*.e2e-spec.ts).
      'apps/web/src/web.app.ts',
      // No GraphQL: its REST endpoints are public by design (a checkpoint it is given must
      // carry the registry's signature and a consistency proof; what it holds is public).
      'apps/witness/src/witness.app.ts',
    ]);
    expect(APPS.map((app) => app.name).sort()).toEqual(['business-registry', 'exchange', 'gateway', 'population']);
  });

  it('finds the operations the subgraphs serve (so it cannot pass by walking nothing)', () => {
    const fields = operations.map((operation) => `${operation.app} ${operation.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'population Query.citizen',
        'population Query.citizens',
        'population Query.searchCitizens',
        'population Mutation.registerCitizen',
        'population Mutation.correctCitizen',
        'population Citizen.__resolveReference',
        'business-registry Query.enterprise',
        'business-registry Mutation.registerEnterprise',
        'business-registry Enterprise.__resolveReference',
        'business-registry Citizen.__resolveReference',
        'exchange Query.agencies',
        'exchange Query.logVerificationRuns',
      ]),
    );
    for (const subgraph of ['population', 'business-registry', 'exchange']) {
      expect(operations.some((operation) => operation.app === subgraph)).toBe(true);
    }
    expect(operations.length).toBeGreaterThanOrEqual(25);
  });

  it('every query, mutation and reference resolver has a permission in the one list', () => {
    const undeclared = operations.filter((operation) => !operation.permission).map(describeOperation);
    expect(undeclared).toEqual([]);
  });

  it('the list holds no permission for an operation no subgraph serves', () => {
    const served = new Set(operations.map((operation) => operation.field));
    expect(Object.keys(PERMISSIONS).filter((coordinate) => !served.has(coordinate))).toEqual([]);
  });

  it('a permission that is not public names at least one kind of caller; a registry one names stewards only', () => {
    const malformed = operations
      .filter(
        ({ permission }) =>
          permission &&
          permission.callers !== 'anyone' &&
          (permission.callers.length === 0 ||
            (permission.registry && permission.callers.some((kind) => kind !== 'steward'))),
      )
      .map(describeOperation);
    expect(malformed).toEqual([]);
  });

  it("verify-log's runs are for auditors only, like the log's other auditor-only reads", () => {
    expect(permissionOf('Query.logVerificationRuns')).toMatchObject({ callers: ['auditor'] });
    expect(permissionOf('Query.accessDisputes')).toMatchObject({ callers: ['auditor'] });
  });

  it(`only ${PUBLIC_OPERATIONS.join(' and ')} are public`, () => {
    const open = operations.filter((o) => o.permission?.callers === 'anyone').map((o) => `${o.app} ${o.field}`);
    expect(open.sort()).toEqual([...PUBLIC_OPERATIONS].sort());
  });
});
