/**
 * Entry of the extraction child process (see bounded-extraction.ts): receives one file's bytes,
 * runs its format's library, answers with the text or the reason it failed, and exits. Nothing a
 * hostile file does to this process's heap outlives it.
 */

import { capText, CHILD_READY, firstLine, type ExtractionOutcome, type ExtractionTask } from "./bounded-extraction.js";
import { isDocumentError } from "./document-error.js";

async function run(task: ExtractionTask): Promise<ExtractionOutcome> {
  try {
    const text =
      task.format === "pdf"
        ? await (await import("./extract-pdf-text.js")).readPdfText(task.file, task.bytes, task.maxChars)
        : await (await import("./extract-doc-text.js")).readDocText(task.file, task.bytes);
    return { ok: true, text: capText(text, task.maxChars) };
  } catch (error) {
    if (isDocumentError(error)) return { ok: false, code: error.code, reason: error.reason };
    const detail = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, code: "MALFORMED", reason: `malformed .${task.format} (${detail})` };
  }
}

process.once("message", (task: ExtractionTask) => {
  void run(task).then((outcome) => process.send?.(outcome, () => process.disconnect()));
});
// The task is sent only once this listens, so it cannot arrive while the modules still load.
process.send?.(CHILD_READY);
