/** How each node type is named and coloured, the same as in cypher/browser/style.grass. */
export const NODE_TYPES = {
  StudyGroup: { label: "Study group", colour: "#0072B2" },
  AdvisoryGroup: { label: "Advisory group", colour: "#D55E00" },
  FocusGroup: { label: "Focus group", colour: "#009E73" },
  Question: { label: "Question", colour: "#56B4E9" },
  WorkingParty: { label: "Working party", colour: "#4E79A7" },
  Organization: { label: "Organization", colour: "#E69F00" },
  Topic: { label: "Topic", colour: "#CC79A7" },
  Resolution: { label: "Resolution", colour: "#8C564B" },
  Recommendation: { label: "Recommendation", colour: "#7B61A8" },
  Report: { label: "Report", colour: "#999933" },
  Workshop: { label: "Workshop", colour: "#44AA99" },
  LiaisonStatement: { label: "Liaison statement", colour: "#7F7F7F" },
  StudyPeriod: { label: "Study period", colour: "#B8B8B8" },
};

export const BODY_TYPES = new Set(["StudyGroup", "AdvisoryGroup", "FocusGroup", "Question", "WorkingParty", "Organization"]);

export function typeLabel(type) {
  return NODE_TYPES[type]?.label ?? type;
}

export function typeColour(type) {
  return NODE_TYPES[type]?.colour ?? "#A5ABB6";
}

/**
 * A short caption for a node: bodies, documents and formal texts are known by their canonical id
 * (`ITU-T SG17`, `Q14/17`), topics, reports and workshops by their name.
 */
export function shortName(ref) {
  return ["Topic", "Report", "Workshop"].includes(ref.type) ? ref.name : ref.id;
}
