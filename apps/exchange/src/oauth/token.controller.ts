import { Body, Controller, Header, HttpCode, Post, Res } from '@nestjs/common';
import { Public } from '@app/auth';
import { OAuthError } from './oauth.errors';
import { TokenService, type TokenRequest } from './token.service';

interface Reply {
  status(code: number): { send(body: unknown): unknown };
  header(name: string, value: string): unknown;
}

/** POST /oauth/token (the gateway serves it on its host too). Answers in OAuth's own JSON shape. */
@Controller('oauth')
@Public()
export class TokenController {
  constructor(private readonly tokens: TokenService) {}

  @Post('token')
  @HttpCode(200)
  @Header('Cache-Control', 'no-store')
  @Header('Pragma', 'no-cache')
  async token(@Body() body: unknown, @Res({ passthrough: true }) reply: Reply): Promise<unknown> {
    const form = typeof body === 'object' && body !== null ? (body as TokenRequest) : {};
    try {
      return await this.tokens.issue(form);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      reply.status(error.status);
      if (error.status === 401) reply.header('WWW-Authenticate', 'Bearer');
      return { error: error.error, error_description: error.description };
    }
  }
}
