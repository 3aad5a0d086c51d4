/** What the dispatcher tells a reader about the text beyond its content. */

import type { LineMode } from "./normalize-body.js";

export interface ReaderOptions {
  /** Word text is one paragraph per line; other text may be hard-wrapped. */
  readonly lineMode?: LineMode;
}
