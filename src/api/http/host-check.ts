const LOOPBACK = ["localhost", "127.0.0.1", "::1"];
const WILDCARDS = ["0.0.0.0", "::", ""];

/**
 * Whether a request's Host header names this server. A web page on another site can make the
 * browser send requests to a loopback API by pointing its own domain at 127.0.0.1 (DNS
 * rebinding); the browser then sends that domain as Host, which this check refuses.
 * `allowedHosts` of `*` turns the check off (behind a proxy that checks it).
 */
export function createHostCheck(listenHost: string, allowedHosts: readonly string[]): (hostHeader: string | undefined) => boolean {
  if (allowedHosts.includes("*")) return () => true;
  const allowed = new Set([...LOOPBACK, ...allowedHosts.map(normalize)]);
  if (!WILDCARDS.includes(listenHost)) allowed.add(normalize(listenHost));
  return (hostHeader) => hostHeader !== undefined && allowed.has(hostName(hostHeader));
}

/** The name part of a Host header: `[::1]:4000` -> `::1`, `Example.org:80` -> `example.org`. */
export function hostName(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(1, value.indexOf("]") < 0 ? undefined : value.indexOf("]"));
  const colon = value.lastIndexOf(":");
  return normalize(colon >= 0 ? value.slice(0, colon) : value);
}

function normalize(host: string): string {
  const value = host.trim().toLowerCase().replace(/\.$/, "");
  return value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1) : value;
}
