import { Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import { TokenController } from './token.controller';
import { TokenService } from './token.service';

@Module({ imports: [KeysModule], controllers: [TokenController], providers: [TokenService] })
export class OAuthModule {}
