import { parse, type DocumentNode } from 'graphql';

/**
 * The plain subgraphs' schemas: only the types and fields the workloads ask, named as in
 * sochung's supergraph so that the same query text runs against both graphs.
 */
export const PLAIN_POPULATION_SDL: DocumentNode = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Citizen @key(fields: "personalIdNumber") {
    personalIdNumber: String!
    fullName: String!
    sex: String!
  }
  type Query {
    citizen(personalIdNumber: String!): Citizen
    citizens(personalIdNumbers: [String!]!): [Citizen]!
  }
`);

export const PLAIN_BUSINESS_SDL: DocumentNode = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Citizen @key(fields: "personalIdNumber") {
    personalIdNumber: String!
  }
  type LegalRepresentative {
    title: String!
    citizen: Citizen
  }
  type Enterprise @key(fields: "enterpriseCode") {
    enterpriseCode: String!
    name: String!
    legalRepresentatives: [LegalRepresentative!]!
  }
  type Query {
    enterprise(enterpriseCode: String!): Enterprise
  }
`);
