import type { ApolloServerPlugin, BaseContext } from "@apollo/server";

/** What the response cache needs to know of an answer Apollo has just produced. */
export interface AnswerOutcome {
  /** A query answered in full, status 200, without any error: the only kind the cache keeps. */
  cacheable: boolean;
}

/** Marks the request's `answer` cacheable once Apollo's answer is final (after every other plugin). */
export function answerPlugin(): ApolloServerPlugin<BaseContext & { readonly answer?: AnswerOutcome }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation }) {
          if (!contextValue.answer) return;
          contextValue.answer.cacheable =
            operation?.operation === "query" &&
            response.body.kind === "single" &&
            response.body.singleResult.errors === undefined &&
            (response.http.status ?? 200) === 200;
        },
      };
    },
  };
}
