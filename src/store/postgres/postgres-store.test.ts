import { describeStoreContract } from "../store.contract.ts";
import { connectTestServer } from "./test-database.ts";

describeStoreContract("PostgreSQL store", await connectTestServer(process.env.DATABASE_URL));
