import { Module } from '@nestjs/common';
import { KeysModule } from '../keys/keys.module';
import { AuthorizationServerMetadataController } from './authorization-server-metadata.controller';
import { TokenController } from './token.controller';
import { TokenService } from './token.service';

@Module({
  imports: [KeysModule],
  controllers: [TokenController, AuthorizationServerMetadataController],
  providers: [TokenService],
})
export class OAuthModule {}
