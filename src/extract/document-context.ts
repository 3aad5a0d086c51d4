import type { ExtractionBuilder } from "./extraction-builder.js";
import type { Header } from "./extract-header.js";
import type { Gazetteer } from "./gazetteer.js";

/** What every pattern module needs besides the sentence it reads. */
export interface DocumentContext {
  readonly builder: ExtractionBuilder;
  readonly gazetteer: Gazetteer;
  readonly header: Header;
}
