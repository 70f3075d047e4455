import { Field, ObjectType } from '@nestjs/graphql';
import { LogCheckpoint } from '@app/access';

@ObjectType('LogConsistency', {
  description:
    'RFC 6962 proof that the log at checkpoint `to` extends the log at checkpoint `from`: nothing of the first fromSize records was removed or rewritten.',
})
export class LogConsistency {
  @Field({ description: 'A decimal integer.' })
  fromSize: string;

  @Field({ description: 'A decimal integer, at least fromSize.' })
  toSize: string;

  @Field(() => [String], {
    description: 'The consistency proof, base64url hashes (RFC 6962 §2.1.2); empty when the sizes are equal.',
  })
  proof: string[];

  @Field(() => LogCheckpoint, { description: 'The signed checkpoint of fromSize records.' })
  from: LogCheckpoint;

  @Field(() => LogCheckpoint, { description: 'The signed checkpoint of toSize records.' })
  to: LogCheckpoint;
}
