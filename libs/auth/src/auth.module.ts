import { Global, Module } from '@nestjs/common';
import { RequestAuthenticator } from './request-authenticator';

/** Token verification for an app: one RequestAuthenticator (and its cached key sets). */
@Global()
@Module({ providers: [RequestAuthenticator], exports: [RequestAuthenticator] })
export class AuthModule {}
