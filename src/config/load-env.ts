import path from "node:path";
import dotenv from "dotenv";
import { PROJECT_ROOT } from "./config.js";

/**
 * Loads `.env` from the project root into process.env; variables already set in the shell win,
 * so a one-off `NEO4J_URI=... npm start` is never overridden by the file.
 */
export function loadDotEnv(): void {
  dotenv.config({ path: path.join(PROJECT_ROOT, ".env"), quiet: true });
}
