import {
  IntrospectAndCompose,
  RemoteGraphQLDataSource,
  type GatewayConfig,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { existsSync, readFileSync } from 'node:fs';
import { SUBGRAPH_NAMES, type AppConfig, type SubgraphName } from '@app/config';
import { CASE_REFERENCE_HEADER, OFFICER_ID_HEADER } from '@app/auth';
import { GATEWAY_REQUEST_ID_HEADER, REQUEST_ID_HEADER, signGatewayRequestId } from '@app/observability';
import { signSchemaToken } from '@app/server';
import type { GatewayContext } from '../gateway-context';
import { subgraphFetcher } from './subgraph-fetcher';

/** The gateway cannot start: the message says what to do. */
export class SupergraphUnavailableError extends Error {}

/**
 * Where the gateway gets its query plan from. `file` (default): the committed supergraph
 * that `npm run schema:compose` writes — what was reviewed is what runs, and the gateway
 * starts without waiting for the subgraphs. `introspect`: composed at start from the
 * running subgraphs, for development while a schema is changing; a production subgraph serves
 * its schema only with a schema token, which the gateway signs with SCHEMA_TOKEN_SECRET.
 */
export function supergraphSource(config: AppConfig): GatewayConfig {
  const fetcher = subgraphFetcher(config.subgraphCalls);
  const buildService = ({ name, url }: { name: string; url?: string }) =>
    new ForwardingDataSource({ url: subgraphUrl(config, name) ?? url, fetcher }, config.requestIdSecret);
  if (config.supergraph.source === 'introspect') {
    return {
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: SUBGRAPH_NAMES.map((name) => ({ name, url: config.subgraphUrls[name] })),
        introspectionHeaders: async (): Promise<Record<string, string>> => {
          const secret = config.schemaTokenSecret;
          return secret ? { authorization: `Bearer ${await signSchemaToken(secret, 'gateway')}` } : {};
        },
      }),
      buildService,
    };
  }
  if (!existsSync(config.supergraph.path)) {
    throw new SupergraphUnavailableError(
      `no supergraph at ${config.supergraph.path}: run "npm run schema:compose", or set SUPERGRAPH_SOURCE=introspect`,
    );
  }
  return { supergraphSdl: readFileSync(config.supergraph.path, 'utf8'), buildService };
}

/** The configured URL wins over the one recorded at composition time. */
function subgraphUrl(config: AppConfig, name: string): string | undefined {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name) ? config.subgraphUrls[name as SubgraphName] : undefined;
}

/**
 * Carries the request id (signed, so that the subgraph takes it as its own), the caller's own
 * X-Request-Id, the caller's credentials and the officer and case to every subgraph.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    options: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly requestIdSecret: string | null,
  ) {
    super(options);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const { requestId, clientRequestId, authorization, officerId, caseReference } = context as GatewayContext;
    const headers = request.http?.headers;
    if (typeof requestId === 'string' && this.requestIdSecret !== null) {
      headers?.set(GATEWAY_REQUEST_ID_HEADER, signGatewayRequestId(requestId, this.requestIdSecret));
    }
    if (typeof clientRequestId === 'string') headers?.set(REQUEST_ID_HEADER, clientRequestId);
    if (typeof authorization === 'string') headers?.set('authorization', authorization);
    if (typeof officerId === 'string') headers?.set(OFFICER_ID_HEADER, officerId);
    if (typeof caseReference === 'string') headers?.set(CASE_REFERENCE_HEADER, caseReference);
  }
}
