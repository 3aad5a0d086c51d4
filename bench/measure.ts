// Kept for the attack benchmark (bench/health-under-attack.ts), which reads these from here.
export { percentile } from "./stats.js";
export { formatTable } from "./table.js";
