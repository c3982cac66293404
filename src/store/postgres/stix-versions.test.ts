import { describeStixVersionContract } from "../stix-versions.contract.ts";
import { connectTestServer } from "./test-database.ts";

describeStixVersionContract("PostgreSQL store", await connectTestServer(process.env.DATABASE_URL));
