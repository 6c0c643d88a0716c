/**
 * Migrations that create tables declare them: each column as its DDL (`id: "identity"`, `channel: "text
 * not null"`, `attempts: "integer not null default 0"`), the constraints over several columns, the
 * indexes; createTables makes them in order and drops them in the reverse order. Each spec becomes the
 * Kysely builder calls the migrations used to spell out one by one, so the SQL is the same to the letter
 * (Kysely writes a column's modifiers in a fixed order, whatever the order of the calls), and the
 * ColumnSpec type rejects at compile time a spec the parser below would not read.
 *
 * Shipped migrations go through these helpers: a change here must leave the SQL of every spec as it is.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely, Migration } from "kysely";
import type { SqlDialectName } from "../database.js";
import { addIdentityColumn } from "./identity-column.js";

type DataType = "text" | "integer" | "bigint";
type Default = ` default ${number}` | ` default '${string}'`;
type Reference = ` references ${string}.${string} on delete cascade`;

/** A column's type and constraints, in this order; "identity" is an auto-numbered primary key. */
export type ColumnSpec = "identity" | `${DataType}${"" | " primary key" | " unique"}` | `${DataType} not null${"" | " unique" | Default | Reference}`;

const SPEC = /^(text|integer|bigint)( primary key)?( not null)?( unique)?(?: default (\d+|'[^']*'))?(?: references (\w+\.\w+) on delete cascade)?$/;

function constraints(spec: string): { type: DataType; build: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder } {
  const match = SPEC.exec(spec);
  if (!match) throw new Error(`column spec not understood: "${spec}"`);
  const [, type, primaryKey, notNull, unique, defaultValue, referenced] = match;
  return {
    type: type as DataType,
    build: (col) => {
      let built = col;
      if (primaryKey) built = built.primaryKey();
      if (notNull) built = built.notNull();
      if (unique) built = built.unique();
      if (defaultValue !== undefined) built = built.defaultTo(defaultValue.startsWith("'") ? defaultValue.slice(1, -1) : Number(defaultValue));
      if (referenced) built = built.references(referenced).onDelete("cascade");
      return built;
    },
  };
}

/** A table: its columns in order, its constraints over several columns, and the indexes made with it. */
export interface TableDefinition {
  columns: Readonly<Record<string, ColumnSpec>>;
  /** [constraint name, columns] */
  primaryKey?: readonly [string, string[]];
  unique?: readonly [string, string[]];
  /** Index name → its columns, created right after the table, in this order. */
  indexes?: Readonly<Record<string, string[]>>;
}

/** Adds the columns in the record's order (its keys keep their order: no column is named by a number). */
function addColumns<TB extends string>(table: CreateTableBuilder<TB>, dialect: SqlDialectName, columns: TableDefinition["columns"]): CreateTableBuilder<TB, string> {
  let built: CreateTableBuilder<TB, string> = table;
  for (const [name, spec] of Object.entries(columns)) {
    if (spec === "identity") {
      built = addIdentityColumn(built, name, dialect);
      continue;
    }
    const { type, build } = constraints(spec);
    built = built.addColumn(name, type, build);
  }
  return built;
}

export async function createIndex(db: Kysely<unknown>, name: string, table: string, columns: string[]): Promise<void> {
  await db.schema.createIndex(name).on(table).columns(columns).execute();
}

/**
 * A migration that creates tables, in the record's order, each followed by its indexes; undoing it drops
 * them in the reverse order (a table referenced by a later one goes last).
 */
export function createTables(dialect: SqlDialectName, tables: Readonly<Record<string, TableDefinition>>): Required<Migration> {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      for (const [name, table] of Object.entries(tables)) {
        let builder = addColumns(db.schema.createTable(name), dialect, table.columns);
        if (table.primaryKey) builder = builder.addPrimaryKeyConstraint(...table.primaryKey);
        if (table.unique) builder = builder.addUniqueConstraint(...table.unique);
        await builder.execute();
        for (const [index, columns] of Object.entries(table.indexes ?? {})) await createIndex(db, index, name, columns);
      }
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const name of Object.keys(tables).reverse()) await db.schema.dropTable(name).ifExists().execute();
    },
  };
}

/** The delivery state both outboxes keep (0001's outbox, 0002's slack_outbox), in their column order. */
export const DELIVERY_COLUMNS = {
  attempts: "integer not null default 0",
  status: "text not null",
  available_at: "bigint not null",
  lease_until: "bigint",
  last_error: "text",
  created_at: "bigint not null",
  sent_at: "bigint",
} as const satisfies Record<string, ColumnSpec>;
