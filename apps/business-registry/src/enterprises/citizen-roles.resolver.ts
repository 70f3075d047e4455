import { Parent, Resolver, ResolveReference } from '@nestjs/graphql';
import { DataResolveField } from '@app/access';
import { CitizenReference, EnterpriseRoleModel } from './citizen-reference.model';
import { EnterprisesService } from './enterprises.service';

/** Adds to Citizen, from the business registry: the enterprises the person represents or owns. */
@Resolver(() => CitizenReference)
export class CitizenRolesResolver {
  constructor(private readonly enterprises: EnterprisesService) {}

  @ResolveReference()
  resolveReference(reference: { personalIdNumber: string }): CitizenReference {
    return { personalIdNumber: reference.personalIdNumber };
  }

  @DataResolveField(CitizenReference, 'business.representatives', () => [EnterpriseRoleModel], {
    description: 'Enterprises where this person is a legal representative or an owner (business registry).',
  })
  enterpriseRoles(@Parent() citizen: CitizenReference): Promise<EnterpriseRoleModel[]> {
    return this.enterprises.rolesOf(citizen.personalIdNumber);
  }
}
