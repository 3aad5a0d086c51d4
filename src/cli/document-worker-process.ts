/**
 * Entry of the document worker (see document-worker.ts): a process that reads and extracts the
 * documents it is sent, one at a time, and answers with the extraction or a one-line failure.
 * What a hostile file does here (a heap that runs out, a loop that does not end) ends this
 * process, never the ingest command; the worker is started again for the next file.
 */
import { extractDocument } from "../extract/extract-document.js";
import { setExtractionCaps } from "../extract/extraction-builder.js";
import { referenceGazetteer } from "../extract/reference-gazetteer.js";
import { readDocument } from "../parse/read-document.js";
import { describeFailure } from "./document-failure.js";
import { WORKER_READY, type WorkerAnswer, type WorkerSettings, type WorkerTask } from "./document-worker.js";

const settings = JSON.parse(process.argv[2] ?? "{}") as WorkerSettings;
setExtractionCaps({ maxRelations: settings.maxRelations, maxEvidenceChars: settings.maxEvidenceChars });
const readLimits = { maxFileBytes: settings.maxFileBytes, maxUnzippedBytes: settings.maxUnzippedBytes };
// Built once: the reference data does not change while the worker runs.
const gazetteer = referenceGazetteer();

async function prepare(task: WorkerTask): Promise<WorkerAnswer> {
  try {
    const extraction = extractDocument(task.parsed ?? (await readDocument(task.file, readLimits)), gazetteer);
    return { ok: true, extraction };
  } catch (error) {
    return { ok: false, error: describeFailure(task.file, error) };
  }
}

process.on("message", (task: WorkerTask) => {
  void prepare(task).then((answer) => process.send?.(answer));
});
// Without its parent there is nobody to answer.
process.on("disconnect", () => process.exit(0));
process.send?.(WORKER_READY);
