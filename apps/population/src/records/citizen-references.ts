import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { lookUpSubjects, type RequestAccess } from '@app/access';
import type { SafeGraphQLError } from '@app/errors';
import { CitizenLookupService } from './citizen-lookup.service';
import { Citizen } from './citizen.model';

/**
 * Citizens another subgraph names by key (an enterprise's legal representatives), resolved
 * together: the gateway sends them in one `_entities` call and each is a reference of its own,
 * so one loader per request gathers the ones of the same tick into one decision pass and one
 * query, instead of one query per person. Each is still looked up as its own (not bulk) read.
 */
@Injectable()
export class CitizenReferences {
  private readonly loaders = new WeakMap<RequestAccess, DataLoader<string, Citizen | null>>();

  constructor(private readonly lookup: CitizenLookupService) {}

  /** The citizen named by `personalIdNumber`, null when none is held; a refusal is thrown. */
  load(access: RequestAccess, personalIdNumber: string): Promise<Citizen | null> {
    let loader = this.loaders.get(access);
    if (!loader) {
      // An Error among the answers rejects that one load: the refusal is thrown where it was asked.
      loader = new DataLoader<string, Citizen | null>((ids) => this.resolve(access, ids), { cache: false });
      this.loaders.set(access, loader);
    }
    return loader.load(personalIdNumber);
  }

  private async resolve(access: RequestAccess, ids: readonly string[]): Promise<(Citizen | null | SafeGraphQLError)[]> {
    return lookUpSubjects(
      access,
      Citizen,
      ids,
      async (allowed) => {
        const found = await this.lookup.lookup(allowed);
        return found.map((citizen) => (citizen ? Citizen.fromEntity(citizen) : null));
      },
      { bulk: false },
    );
  }
}
