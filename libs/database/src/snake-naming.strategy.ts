import { DefaultNamingStrategy, Table, type NamingStrategyInterface } from 'typeorm';

/**
 * snake_case columns and readable, deterministic constraint names
 * (`pk_citizens`, `uq_citizens_personal_id_number`, `fk_legal_representatives_enterprise_id`),
 * so that migrations and error logs say what a constraint is.
 */
export class SnakeNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, prefixes: string[]): string {
    return snake([...prefixes, customName ?? propertyName].join('_'));
  }

  override joinColumnName(relationName: string, referencedColumnName: string): string {
    return snake(`${relationName}_${referencedColumnName}`);
  }

  override primaryKeyName(table: Table | string): string {
    return `pk_${tableOf(table)}`;
  }

  override uniqueConstraintName(table: Table | string, columns: string[]): string {
    return `uq_${tableOf(table)}_${columns.join('_')}`;
  }

  override relationConstraintName(table: Table | string, columns: string[]): string {
    return `uq_${tableOf(table)}_${columns.join('_')}`;
  }

  override foreignKeyName(table: Table | string, columns: string[]): string {
    return `fk_${tableOf(table)}_${columns.join('_')}`;
  }

  override indexName(table: Table | string, columns: string[]): string {
    return `ix_${tableOf(table)}_${columns.join('_')}`;
  }

  override checkConstraintName(table: Table | string, expression: string): string {
    return `ck_${tableOf(table)}_${super.checkConstraintName(table, expression).slice(3, 13).toLowerCase()}`;
  }
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function tableOf(table: Table | string): string {
  const name = typeof table === 'string' ? table : table.name;
  return name.split('.').pop()!;
}
