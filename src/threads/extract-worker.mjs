// The extraction thread's entry: registers tsx (the thread does not inherit the main thread's loader) and
// loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
