/**
 * A local stand-in for the Datatracker's JSON API, serving the fixture objects of
 * test/fixtures/datatracker-api on 127.0.0.1: list endpoints with Tastypie's filters (`x=`,
 * `x__in=`, `x__gte=`), `limit`/`offset` paging and `meta`, detail endpoints by resource URI, and
 * hooks to answer a request with an error or hold it. Every request is logged.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/datatracker-api");

export interface LoggedRequest {
  readonly url: string;
  readonly userAgent: string | undefined;
}

/** Return an answer to replace the normal one, "hold" to never answer, or undefined to answer normally. */
export type Intercept = (url: string, seen: number) => { status: number; headers?: Record<string, string> } | "hold" | undefined;

export interface FakeDatatracker {
  readonly baseUrl: string;
  readonly requests: LoggedRequest[];
  intercept: Intercept | undefined;
  close(): Promise<void>;
}

const COLLECTIONS = [
  "/api/v1/liaisons/liaisonstatement/",
  "/api/v1/liaisons/liaisonstatementevent/",
  "/api/v1/liaisons/relatedliaisonstatement/",
  "/api/v1/group/group/",
  "/api/v1/doc/document/",
];

type ApiObject = Record<string, unknown> & { resource_uri: string };

export function loadFixtureObjects(dir = FIXTURES): ApiObject[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), "utf8")) as { objects: ApiObject[] }).objects);
}

export async function startFakeDatatracker(): Promise<FakeDatatracker> {
  const objects = loadFixtureObjects();
  const requests: LoggedRequest[] = [];
  const seen = new Map<string, number>();
  const held: ServerResponse[] = [];
  const fake: FakeDatatracker = {
    baseUrl: "",
    requests,
    intercept: undefined,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? "/";
    requests.push({ url, userAgent: request.headers["user-agent"] });
    const count = (seen.get(url) ?? 0) + 1;
    seen.set(url, count);
    const intercepted = fake.intercept?.(url, count);
    if (intercepted === "hold") {
      held.push(response);
      return;
    }
    if (intercepted) {
      response.writeHead(intercepted.status, { "content-type": "text/html", ...intercepted.headers });
      response.end("<html>error</html>");
      return;
    }
    const answer = respond(objects, new URL(url, "http://127.0.0.1"));
    response.writeHead(answer.status, { "content-type": "application/json" });
    response.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(fake, { baseUrl: `http://127.0.0.1:${port}` });
  return fake;
}

function respond(objects: readonly ApiObject[], url: URL): { status: number; body: unknown } {
  const detail = objects.find((o) => o.resource_uri === url.pathname);
  if (detail) return { status: 200, body: detail };
  const collection = COLLECTIONS.find((c) => c === url.pathname);
  if (!collection) return { status: 404, body: { error: "not found" } };
  let selected = objects.filter((o) => o.resource_uri.startsWith(collection) && o.resource_uri.slice(collection.length).split("/").filter(Boolean).length === 1);
  for (const [key, value] of url.searchParams) {
    if (["limit", "offset", "order_by", "format"].includes(key)) continue;
    const [field = key, operator] = key.split("__");
    selected = selected.filter((o) => matches(o[field], operator, value));
  }
  selected.sort((a, b) => Number(a.id) - Number(b.id));
  const limit = Number(url.searchParams.get("limit") ?? 20);
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const nextParams = new URLSearchParams(url.searchParams);
  nextParams.set("offset", String(offset + limit));
  const previousParams = new URLSearchParams(url.searchParams);
  previousParams.set("offset", String(Math.max(0, offset - limit)));
  return {
    status: 200,
    body: {
      meta: {
        limit,
        next: offset + limit < selected.length ? `${url.pathname}?${nextParams}` : null,
        offset,
        previous: offset > 0 ? `${url.pathname}?${previousParams}` : null,
        total_count: selected.length,
      },
      objects: selected.slice(offset, offset + limit),
    },
  };
}

/** A field compared as Tastypie does for these fixtures: resource URIs by their last segment. */
function matches(field: unknown, operator: string | undefined, value: string): boolean {
  const own = typeof field === "string" ? (field.replace(/\/+$/, "").split("/").pop() ?? field) : String(field);
  if (operator === "in") return value.split(",").includes(own);
  if (operator === "gte") return typeof field === "string" && field >= value;
  return own === value;
}
