/** Where the statements come from: the API (through the cache) or a folder of saved responses. */
import type { RelatedStatement, StatementEvent } from "./api-records.js";

export interface StatementBatch {
  /** The page (URL or file) the statements were read from, for messages. */
  readonly origin: string;
  /** Raw statement objects, checked by the caller one by one. */
  readonly statements: readonly unknown[];
  /** How many statements the whole listing holds, when the source says. */
  readonly total?: number;
}

export interface DatatrackerSource {
  /** All statements, or with `since` (yyyy-mm-dd) those with an event on or after that day. */
  statementBatches(since: string | undefined): AsyncIterable<StatementBatch>;
  /** The submission and posting events of these statements. */
  events(ids: readonly number[]): Promise<StatementEvent[]>;
  /** The relations whose source is one of these statements. */
  related(ids: readonly number[]): Promise<RelatedStatement[]>;
  /** A resource by its URI (`/api/v1/group/group/1234/`), or undefined when there is none. */
  resource(uri: string): Promise<unknown>;
}
