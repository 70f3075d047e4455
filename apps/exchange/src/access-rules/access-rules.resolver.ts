import { Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type CitizenPrincipal } from '@app/auth';
import { CategoryAccessRules } from './access-rules.model';
import { AccessRulesService } from './access-rules.service';

@Resolver()
export class AccessRulesResolver {
  constructor(private readonly rules: AccessRulesService) {}

  @Query(() => [CategoryAccessRules], {
    description:
      'For each category of your data: which agencies may read it by law (agreements in force, with their citation) and which by your consent.',
  })
  myAccessRules(@CurrentPrincipal() citizen: CitizenPrincipal): Promise<CategoryAccessRules[]> {
    return this.rules.forCitizen(citizen);
  }
}
