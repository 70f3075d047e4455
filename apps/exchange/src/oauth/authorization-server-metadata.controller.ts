import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ACCEPTED_ALGORITHMS, Public } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DATA_CATEGORY_CODES } from '@app/access';
import { tokenEndpointOf } from './token.service';

/** What RFC 8414 metadata says of this authorization server. */
export interface AuthorizationServerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri: string;
  grant_types_supported: string[];
  response_types_supported: string[];
  token_endpoint_auth_methods_supported: string[];
  token_endpoint_auth_signing_alg_values_supported: string[];
  scopes_supported: string[];
}

/**
 * Authorization-server metadata (RFC 8414), so that an agency's OAuth client (openid-client,
 * oauth4webapi, …) configures itself by discovery from the issuer URL: client credentials
 * only, authenticated by private_key_jwt. Served on the gateway's host too.
 */
@Controller('.well-known')
@Public()
export class AuthorizationServerMetadataController {
  private readonly metadata: AuthorizationServerMetadata;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const issuer = config.tokens.issuerUrl;
    this.metadata = {
      issuer,
      token_endpoint: tokenEndpointOf(issuer),
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      grant_types_supported: ['client_credentials'],
      // No authorization endpoint: no response type.
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: ACCEPTED_ALGORITHMS,
      scopes_supported: [...DATA_CATEGORY_CODES],
    };
  }

  @Get('oauth-authorization-server')
  @Header('Cache-Control', 'public, max-age=300')
  authorizationServer(): AuthorizationServerMetadata {
    return this.metadata;
  }
}
