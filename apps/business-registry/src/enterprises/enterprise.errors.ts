import { NotFoundError } from '@app/errors';

export class EnterpriseNotFoundError extends NotFoundError {
  readonly code = 'ENTERPRISE_NOT_FOUND';

  constructor(enterpriseCode: string) {
    super(`No enterprise with code ${enterpriseCode}`, { enterpriseCode });
  }
}
