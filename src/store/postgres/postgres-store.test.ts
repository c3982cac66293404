import { describeStoreContract } from "../store.contract.ts";
import { describeReviewContract } from "../store-review.contract.ts";
import { connectTestServer } from "./test-database.ts";

describeStoreContract("PostgreSQL store", await connectTestServer(process.env.DATABASE_URL));
describeReviewContract("PostgreSQL store: review", await connectTestServer(process.env.DATABASE_URL));
