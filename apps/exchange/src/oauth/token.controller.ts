import { Body, Controller, Header, HttpCode, Post, Res } from '@nestjs/common';
import { Public } from '@app/auth';
import { OAuthError } from './oauth.errors';
import { parseTokenRequest } from './token-request';
import { TokenService } from './token.service';

interface Reply {
  status(code: number): { send(body: unknown): unknown };
}

/**
 * POST /oauth/token (the gateway serves it on its host too). Answers in OAuth's own JSON
 * shape (RFC 6749 §5.2), with no `WWW-Authenticate: Bearer`: that challenge is a resource
 * server's, and clients read it as one instead of the OAuth error.
 */
@Controller('oauth')
@Public()
export class TokenController {
  constructor(private readonly tokens: TokenService) {}

  @Post('token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  async token(@Body() body: unknown, @Res({ passthrough: true }) reply: Reply): Promise<unknown> {
    try {
      return await this.tokens.issue(parseTokenRequest(body));
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      reply.status(error.status);
      return { error: error.error, error_description: error.description };
    }
  }
}
