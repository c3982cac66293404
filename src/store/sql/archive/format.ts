// The backup format, version 1: UTF-8 lines of JSON. Control lines start with {"@": and name what they are;
// every other line is one row, exactly as PostgreSQL's row_to_json wrote it (so 64-bit integers, ranges and
// timestamps are never reinterpreted by JavaScript). In order:
//   {"@":"espial-backup","format":1,"created":ISO,"schema":NAME,"migrations":[...]}
//   {"@":"table","name":T,"columns":[...]}   then T's rows   then {"@":"end","name":T,"rows":N}   (per table)
//   {"@":"trailer","tables":N,"rows":N,"sha256":HEX}   the hash of every line before it, each with its "\n"
import { createHash, type Hash } from "node:crypto";
import { z } from "zod";

export const BACKUP_FORMAT = 1;
const CONTROL = '{"@":';

const name = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "not a table or column name");

export const headerSchema = z.object({
  "@": z.literal("espial-backup"),
  format: z.literal(BACKUP_FORMAT),
  created: z.string(),
  schema: z.string(),
  migrations: z.array(z.string()),
});
export const tableSchema = z.object({ "@": z.literal("table"), name, columns: z.array(name).min(1) });
export const endSchema = z.object({ "@": z.literal("end"), name, rows: z.number().int().nonnegative() });
export const trailerSchema = z.object({
  "@": z.literal("trailer"),
  tables: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const controlSchema = z.discriminatedUnion("@", [headerSchema, tableSchema, endSchema, trailerSchema]);

export type BackupHeader = z.infer<typeof headerSchema>;
export type BackupControl = z.infer<typeof controlSchema>;

/** A line of a backup: a control line parsed and checked, or a row left as the text PostgreSQL reads back. */
export type BackupLine =
  { readonly kind: "control"; readonly control: BackupControl } | { readonly kind: "row"; readonly json: string };

/** Reads one line; throws a plain Error naming what is wrong (the caller adds where). */
export function parseBackupLine(line: string): BackupLine {
  if (!line.startsWith(CONTROL)) {
    if (!line.startsWith("{") || !line.endsWith("}")) throw new Error("a line is neither a row nor a control line");
    return { kind: "row", json: line };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error("a control line is not valid JSON");
  }
  const parsed = controlSchema.safeParse(value);
  if (!parsed.success) throw new Error(`a control line is not valid: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return { kind: "control", control: parsed.data };
}

/** Serialises a control line. */
export function formatControl(control: BackupControl): string {
  return JSON.stringify(control);
}

/** The running checksum of a backup's lines, as the trailer records it. */
export interface LineHash {
  add(line: string): void;
  hex(): string;
}

export function createLineHash(): LineHash {
  const hash: Hash = createHash("sha256");
  return {
    add: (line) => {
      hash.update(line);
      hash.update("\n");
    },
    hex: () => hash.copy().digest("hex"),
  };
}
