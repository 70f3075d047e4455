/** What the tools (migrations) may use of the exchange subgraph; the rest is its own. Lint holds tools to this file. */
export { EXCHANGE_ENTITIES, exchangeApp } from './exchange.app';
