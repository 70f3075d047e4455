import { writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, loadConfig } from '@app/config';
import { pendingSchemaChanges } from '@app/database';
import { migrationClassName, migrationSource } from './migration-file';
import { openDatabase } from './open-database';

const CONTEXTS = ['population', 'business', 'exchange', 'access'];

const USAGE = `Usage:
  npm run migration:run                         apply every pending migration
  npm run migration:revert                      undo the most recent migration
  npm run migration:generate -- <context> <verb-object>
                                                write the SQL that brings the schema in line with
                                                the entities, as migrations/<context>/<ts>-<verb-object>.ts
  npm run migration:check                       fail if entities and migrations disagree
Contexts: ${CONTEXTS.join(', ')}. Uses DATABASE_URL, or the embedded database in DATA_DIR.`;

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const config = loadConfig();
  switch (command) {
    case 'run': {
      const db = await openDatabase(config.database);
      try {
        const applied = await db.dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'revert': {
      const db = await openDatabase(config.database);
      try {
        await db.dataSource.undoLastMigration({ transaction: 'each' });
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'generate':
      return generate(rest, config);
    case 'check': {
      // A throwaway database: the migrations from nothing, then compare with the entities.
      const db = await openDatabase(config.database, { scratch: true });
      try {
        await db.dataSource.runMigrations({ transaction: 'each' });
        const { up } = await pendingSchemaChanges(db.dataSource);
        if (up.length === 0) {
          console.log('Entities and migrations agree.');
          return 0;
        }
        console.error(`Entities and migrations disagree; a migration needs:\n${up.join(';\n')}`);
        return 1;
      } finally {
        await db.close();
      }
    }
    default:
      console.error(USAGE);
      return command === 'help' || command === '--help' ? 0 : 2;
  }
}

async function generate(args: string[], config: ReturnType<typeof loadConfig>): Promise<number> {
  const [context, name] = args;
  if (!CONTEXTS.includes(context) || !/^[a-z]+(-[a-z0-9]+)+$/.test(name ?? '')) {
    console.error(USAGE);
    return 2;
  }
  const db = await openDatabase(config.database, { scratch: true });
  try {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const { up, down } = await pendingSchemaChanges(db.dataSource);
    if (up.length === 0) {
      console.log('No changes: entities and migrations agree.');
      return 0;
    }
    const timestamp = Date.now();
    const folder = join(process.cwd(), 'migrations', context);
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${timestamp}-${name}.ts`);
    const className = migrationClassName(name, timestamp);
    writeFileSync(file, migrationSource(className, up, down));
    console.log(`Wrote ${relative(process.cwd(), file)}. Review it, then add ${className} to migrations/index.ts.`);
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migration failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
