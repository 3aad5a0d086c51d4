import { ConfigError } from "./config-error.js";
import { list, type Reader } from "./read-env.js";

/**
 * CORS_ORIGINS: origins allowed to read the API from a browser, or `*`. Browsers send an origin as
 * scheme, host and port only, and the API compares it exactly, so an entry of another shape
 * ("not a url", "https://a.example/app", "a.example") could never match and is refused at start-up
 * rather than silently blocking the dashboard it was meant for.
 */
export function readCorsOrigins(read: Reader): string[] {
  const origins = list(read, "CORS_ORIGINS");
  for (const origin of origins) {
    if (origin !== "*" && !isOrigin(origin)) {
      throw new ConfigError(
        "CORS_ORIGINS",
        read("CORS_ORIGINS") ?? "",
        `a comma-separated list of origins such as https://dashboard.example.org or http://localhost:5173 ` +
          `(http or https, host, optional port, nothing after), or *; ${JSON.stringify(origin)} is not an origin`,
      );
    }
  }
  return origins;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
  } catch {
    return false;
  }
}
