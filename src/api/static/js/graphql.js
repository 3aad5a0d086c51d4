/** A failed API call, with what kind of failure it was so the page can say the right thing. */
export class ApiError extends Error {
  /**
   * @param {string} message
   * @param {"network" | "http" | "graphql"} kind
   * @param {{ code?: string, status?: number }} details the GraphQL error code, the HTTP status
   */
  constructor(message, kind, { code, status } = {}) {
    super(message);
    this.name = "ApiError";
    this.kind = kind;
    this.code = code;
    this.status = status;
  }

  /** True when the API or its database cannot be reached at all, as opposed to one bad query. */
  get unreachable() {
    return this.kind === "network" || this.code === "DATABASE_UNAVAILABLE" || (this.kind === "http" && this.status >= 502);
  }
}

const listeners = new Set();

/** Called with every ApiError, and with null after a call succeeds, to drive the page's banner. */
export function onApiHealth(listener) {
  listeners.add(listener);
}

function report(error) {
  for (const listener of listeners) listener(error);
}

/**
 * Runs one GraphQL operation against the public endpoint and returns its data. Any GraphQL error
 * fails the call: every panel asks for what it shows, so partial data would show a wrong picture.
 */
export async function gql(query, variables = {}, { signal } = {}) {
  try {
    const data = await post(query, variables, signal);
    report(null);
    return data;
  } catch (error) {
    if (error instanceof ApiError) report(error);
    throw error;
  }
}

async function post(query, variables, signal) {
  let response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("The standards-graph API is not reachable.", "network");
  }
  let payload;
  try {
    payload = await response.json();
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL result.`, "http", { status: response.status });
  }
  const first = payload?.errors?.[0];
  if (first) throw new ApiError(first.message ?? "The API returned an error.", "graphql", { code: first.extensions?.code });
  if (!response.ok || !payload?.data) throw new ApiError(`The API answered HTTP ${response.status}.`, "http", { status: response.status });
  return payload.data;
}
