import { Module } from '@nestjs/common';
import { AccessRulesResolver } from './access-rules.resolver';
import { AccessRulesService } from './access-rules.service';

/** A citizen's "who may read my data": agreements in force and the citizen's own consents, per category. */
@Module({ providers: [AccessRulesService, AccessRulesResolver] })
export class AccessRulesModule {}
