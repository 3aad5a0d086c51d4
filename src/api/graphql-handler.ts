import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from "@apollo/server";
import { readBody } from "./http/read-body.js";
import { sendGraphqlError } from "./http/respond.js";

/**
 * Hands one /graphql request to Apollo: reads the body within `maxBodyBytes` (413 otherwise),
 * parses JSON bodies (400 when broken) and streams Apollo's answer back.
 */
export async function handleGraphql<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  maxBodyBytes: number,
  context: () => Promise<TContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    const raw = await readBody(req, maxBodyBytes);
    if (raw.kind === "too-large") {
      return sendGraphqlError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is over ${maxBodyBytes} bytes.`);
    }
    if ((headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = raw.text.length === 0 ? {} : JSON.parse(raw.text);
      } catch {
        return sendGraphqlError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
      }
    } else {
      body = raw.text;
    }
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? "GET", headers, search: url.search, body };
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}
