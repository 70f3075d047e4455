import { AccessLogHeadEntity } from './access-log-head.entity';
import { AccessRecordEntity } from './access-record.entity';
import { LogCheckpointEntity } from './log-checkpoint.entity';
import { LogSubtreeEntity } from './log-subtree.entity';

/** The access log's tables (schema `access`): the records, their head, subtrees and checkpoints. */
export const ACCESS_LOG_ENTITIES = [AccessRecordEntity, AccessLogHeadEntity, LogSubtreeEntity, LogCheckpointEntity];
