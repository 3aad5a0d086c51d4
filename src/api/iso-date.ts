/**
 * The `IsoDate` scalar: a calendar date as liaison statements give it, possibly partial (`2017`,
 * `2017-05`, `2017-05-01`). The graph keeps dates as these ISO strings rather than Neo4j `date`
 * values on purpose: many documents give only a month or a year, and a Neo4j date would have to
 * invent the missing day (`2014-06` is not `2014-06-01`). Strings of this shape also sort in
 * time order, which the saved queries rely on for ranges. The scalar checks the shape and that the
 * month and day exist, so a client can trust what it gets and cannot send anything else.
 */
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { ErrorCode } from "./errors.js";

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
}

const MESSAGE = "an IsoDate is an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD";

function checked(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`${MESSAGE}; got ${JSON.stringify(value)}`, { extensions: { code: ErrorCode.BadUserInput } });
  }
  return value;
}

export const isoDateScalar = new GraphQLScalarType({
  name: "IsoDate",
  description: "An ISO 8601 calendar date, possibly partial: `2017`, `2017-05` or `2017-05-01`.",
  // A stored value of another shape is a fault of the graph, not of the client: it fails loudly.
  serialize: (value) => {
    if (!isIsoDate(value)) throw new Error(`stored date ${JSON.stringify(value)} is not an ISO 8601 date`);
    return value;
  },
  parseValue: checked,
  parseLiteral: (ast) => checked(ast.kind === Kind.STRING ? ast.value : undefined),
});
