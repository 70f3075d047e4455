import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, SUBGRAPH_NAMES, type AppConfig, type SubgraphName } from '@app/config';

/**
 * ok; database-unavailable: the subgraph runs and says its database is down; unavailable: it
 * answers not ready for another reason; unreachable: no answer within the deadline.
 */
export type SubgraphState = 'ok' | 'database-unavailable' | 'unavailable' | 'unreachable';

/** Asks each subgraph's /health whether it is ready, in parallel, with a deadline. */
@Injectable()
export class SubgraphProbe {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async probeAll(): Promise<Record<SubgraphName, SubgraphState>> {
    const states = await Promise.all(SUBGRAPH_NAMES.map((name) => this.probe(name)));
    return Object.fromEntries(SUBGRAPH_NAMES.map((name, i) => [name, states[i]])) as Record<
      SubgraphName,
      SubgraphState
    >;
  }

  private async probe(name: SubgraphName): Promise<SubgraphState> {
    const url = new URL('/health', this.config.subgraphUrls[name]);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.config.healthTimeoutMs) });
      if (response.ok) {
        await response.body?.cancel();
        return 'ok';
      }
      const body = (await response.json().catch(() => null)) as { down?: unknown } | null;
      return Array.isArray(body?.down) && body.down.includes('database') ? 'database-unavailable' : 'unavailable';
    } catch {
      return 'unreachable';
    }
  }
}
