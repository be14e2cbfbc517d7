/**
 * What the server needs of a database, the same over PGlite and PostgreSQL:
 * parameterised SQL and transactions. Values travel only as parameters
 * (`$1`, `$2` ...), never spliced into the SQL text.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements without parameters: for migrations only. */
  exec(script: string): Promise<void>;
}

export interface Storage extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: everything it writes is stored, or nothing is. */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
