/**
 * Shows a section's state: `data-state` (loading, ready, empty, error, idle) drives the styling and
 * lets tests wait for a section; the status line says it in words for screen readers.
 */
export function setState(section, state, message = "") {
  section.dataset.state = state;
  const status = section.querySelector(":scope > .status");
  if (status) status.textContent = message;
}

export function showError(section, error) {
  setState(section, "error", describeError(error));
}

export function describeError(error) {
  if (error?.unreachable) return "Could not load: the standards-graph API is not reachable.";
  const code = error?.code ? ` (${error.code})` : "";
  return `Could not load: ${error?.message ?? String(error)}${code}`;
}

/** Aborts the previous load of a panel when a new one starts, so a slow answer never overwrites a newer one. */
export function latestOnly() {
  let controller;
  return () => {
    controller?.abort();
    controller = new AbortController();
    return controller.signal;
  };
}

export function isAbort(error) {
  return error?.name === "AbortError";
}
