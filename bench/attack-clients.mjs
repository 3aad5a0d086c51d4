/**
 * The attacking clients of the attack benchmark, in a worker thread of their own: building and
 * sending hostile requests must not delay the /health monitor's own event loop, or the bench would
 * measure itself rather than the API. Plain JavaScript: a worker thread does not get tsx's loader.
 */
import { parentPort, workerData } from "node:worker_threads";

/** @type {import("./health-under-attack.ts").AttackJob} */
const job = workerData;
/** @type {Record<number, number>} */
const statuses = {};
let requests = 0;

async function client() {
  while (Date.now() < job.untilEpochMs) {
    let status = 0;
    try {
      const response = await fetch(job.graphqlUrl, {
        method: "POST",
        headers: { "content-type": job.contentType },
        body: job.body,
        signal: AbortSignal.timeout(60_000),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch {
      status = 0;
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
    requests++;
  }
}

await Promise.all(Array.from({ length: job.clients }, client));
parentPort?.postMessage({ requests, statuses });
