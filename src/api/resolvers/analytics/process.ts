/** The liaison-process analytics of schema/65-process.graphql, in one import for the resolver map. */
export { awaitingReply, type AwaitingReplyArgs } from "./awaiting-reply.js";
export { liaisonThread, type LiaisonThreadArgs } from "./liaison-thread.js";
export { responseTimes, type ResponseTimesArgs } from "./response-times.js";
