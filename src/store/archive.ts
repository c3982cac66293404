// The store's backup and restore, as a port: the whole store as lines of JSON (a header, each table's rows in
// the order their foreign keys need, a trailer with counts and a checksum), from one consistent snapshot.
// Where the lines go (a gzipped file) is the caller's business; the line format is in sql/archive/format.ts.

/** What a backup or a restore moved. */
export interface ArchiveSummary {
  /** The store's migrations, oldest first: a backup restores only into a store at the same ones. */
  readonly migrations: readonly string[];
  /** Rows per table, in the order they were written. */
  readonly tables: readonly { readonly name: string; readonly rows: number }[];
  readonly rows: number;
}

export interface RestoreOptions {
  /** Replace what the store holds; without it, a store that is not empty is refused. */
  readonly replace: boolean;
}

export interface ArchiveStore {
  /**
   * Writes every table of the store as lines of JSON (without their newline), awaiting each `write`; memory
   * stays bounded whatever the size of the store, and the snapshot is consistent while others write.
   */
  backup(write: (line: string) => Promise<void> | void): Promise<ArchiveSummary>;
  /**
   * Loads a backup's lines in one transaction: a backup that is corrupt, truncated, of other migrations, or
   * refused by the database leaves the store exactly as it was. Refuses a store that is not empty unless
   * `replace` is set.
   */
  restore(lines: AsyncIterable<string>, options: RestoreOptions): Promise<ArchiveSummary>;
}
