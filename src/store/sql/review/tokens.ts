// API tokens: 32 random bytes shown once, kept as their sha256 (a digest of a random token needs no slow
// hash), compared in constant time against every token in force.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely, Selectable } from "kysely";
import type { TokenRecord, TokenStore } from "../../review.ts";
import type { StoreDatabase } from "../schema.ts";
import { iso, reviewDb, type ReviewTables } from "./tables.ts";

const TOKEN_PREFIX = "esp_";
const digest = (token: string) => createHash("sha256").update(token, "utf8").digest();

function toRecord(row: Selectable<ReviewTables["api_tokens"]>): TokenRecord {
  return {
    id: row.id,
    user: row.user_name,
    prefix: row.prefix,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

export function createTokenMethods(db: Kysely<StoreDatabase>): TokenStore {
  const rdb = reviewDb(db);
  return {
    async createToken(user) {
      const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
      const row = await rdb
        .insertInto("api_tokens")
        .values({ user_name: user, token_hash: digest(token).toString("hex"), prefix: token.slice(0, 10) })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { token, record: toRecord(row) };
    },
    async listTokens() {
      return (await rdb.selectFrom("api_tokens").selectAll().orderBy("id").execute()).map(toRecord);
    },
    async revokeToken(id) {
      const result = await rdb
        .updateTable("api_tokens")
        .set({ revoked_at: new Date().toISOString() })
        .where("id", "=", id)
        .where("revoked_at", "is", null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async userOfToken(token) {
      const given = digest(token);
      const rows = await rdb
        .selectFrom("api_tokens")
        .select(["user_name", "token_hash"])
        .where("revoked_at", "is", null)
        .execute();
      let user: string | null = null;
      // Every token compared, none skipped once found: the time taken does not tell which one matched.
      for (const row of rows) {
        const match = timingSafeEqual(Buffer.from(row.token_hash, "hex"), given);
        if (match && user === null) user = row.user_name;
      }
      return user;
    },
  };
}
