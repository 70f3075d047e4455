import { graphqlClient } from '../../api/graphql';

/** The console's GraphQL: forwarded by the web server with the staff member's token. */
export const { request: consoleRequest, graphql: consoleGraphql } = graphqlClient('/console/graphql');
