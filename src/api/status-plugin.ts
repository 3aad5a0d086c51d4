import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ErrorCode } from "./errors.js";

/** Codes that mean "not now": the client should retry after the given seconds. */
const RETRY_LATER: Readonly<Record<string, string>> = {
  [ErrorCode.DatabaseUnavailable]: "5",
  [ErrorCode.ServerBusy]: "2",
};

/**
 * HTTP status from the errors of an answer: 503 with Retry-After when the database is away or the
 * API is too busy to run the request, so load balancers and clients back off instead of reading a
 * 200 as success. Answers already refused with a 4xx keep their status.
 */
export function statusPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const status = response.http.status ?? 200;
          if (status >= 400 && status !== 500) return;
          for (const error of response.body.singleResult.errors ?? []) {
            const retryAfter = RETRY_LATER[String(error.extensions?.code)];
            if (retryAfter === undefined) continue;
            response.http.status = 503;
            response.http.headers.set("retry-after", retryAfter);
            return;
          }
        },
      };
    },
  };
}
