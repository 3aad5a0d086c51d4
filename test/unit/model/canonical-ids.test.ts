import { describe, expect, it } from "vitest";
import {
  focusGroupId,
  liaisonId,
  normalizeEntity,
  questionId,
  recommendationId,
  reportId,
  resolutionId,
  slug,
  studyGroupId,
  topicId,
  workingPartyId,
  workshopId,
} from "../../../src/model/canonical-ids.js";
import type { NodeType } from "../../../src/model/node-types.js";

const cases: ReadonlyArray<readonly [written: string, type: NodeType, id: string]> = [
  ["SG 17", "StudyGroup", "ITU-T SG17"],
  ["SG17", "StudyGroup", "ITU-T SG17"],
  ["Study Group 17", "StudyGroup", "ITU-T SG17"],
  ["ITU-T SG17", "StudyGroup", "ITU-T SG17"],
  ["ITU-T Study Group 17", "StudyGroup", "ITU-T SG17"],
  ["COM 17", "StudyGroup", "ITU-T SG17"],
  ["SG 17 (Security)", "StudyGroup", "ITU-T SG17"],
  ["ITU-R SG 5", "StudyGroup", "ITU-R SG5"],
  ["TSAG", "AdvisoryGroup", "ITU-T TSAG"],
  ["ITU-T TSAG", "AdvisoryGroup", "ITU-T TSAG"],
  ["Telecommunication Standardization Advisory Group", "AdvisoryGroup", "ITU-T TSAG"],
  ["TSB", "Organization", "ITU-T TSB"],
  ["Telecommunication Standardization Bureau", "Organization", "ITU-T TSB"],
  ["Q.14/17", "Question", "Q14/17"],
  ["Q14/17", "Question", "Q14/17"],
  ["Question 14/17", "Question", "Q14/17"],
  ["Q 14/17", "Question", "Q14/17"],
  ["WP 3/15", "WorkingParty", "WP3/15"],
  ["WP3/15", "WorkingParty", "WP3/15"],
  ["Working Party 3/15", "WorkingParty", "WP3/15"],
  ["FG-DLT", "FocusGroup", "ITU-T FG DLT"],
  ["FG DLT", "FocusGroup", "ITU-T FG DLT"],
  ["ITU-T FG DLT", "FocusGroup", "ITU-T FG DLT"],
  ["Focus Group on Application of Distributed Ledger Technology", "FocusGroup", "ITU-T FG DLT"],
  ["FG DFS", "FocusGroup", "ITU-T FG DFS"],
  ["Focus Group on Digital Financial Services", "FocusGroup", "ITU-T FG DFS"],
  ["FG-ML5G", "FocusGroup", "ITU-T FG ML5G"],
  ["FG ML5G", "FocusGroup", "ITU-T FG ML5G"],
  ["Focus Group on Machine Learning for Future Networks including 5G", "FocusGroup", "ITU-T FG ML5G"],
  ["FG-AI4H", "FocusGroup", "ITU-T FG AI4H"],
  ["Focus Group on Artificial Intelligence for Health", "FocusGroup", "ITU-T FG AI4H"],
  ["FG-VM", "FocusGroup", "ITU-T FG VM"],
  ["Focus Group on Vehicular Multimedia", "FocusGroup", "ITU-T FG VM"],
  ["FG-AI4NDM", "FocusGroup", "ITU-T FG AI4NDM"],
  ["Focus Group on AI for Natural Disaster Management", "FocusGroup", "ITU-T FG AI4NDM"],
  ["FG-MV", "FocusGroup", "ITU-T FG MV"],
  ["Focus Group on metaverse", "FocusGroup", "ITU-T FG MV"],
  ["Focus Group on Blockchain", "FocusGroup", "ITU-T FG Blockchain"],
  ["Focus Group on “Blockchain”", "FocusGroup", "ITU-T FG Blockchain"],
  ["Focus Group on Quantum Information Technology for Networks (FG-QIT4N)", "FocusGroup", "ITU-T FG QIT4N"],
  ["Resolution 89 (Hammamet, 2016)", "Resolution", "WTSA-16 Resolution 89"],
  ["WTSA-16 Resolution 89", "Resolution", "WTSA-16 Resolution 89"],
  ["Resolution 89 of WTSA-16", "Resolution", "WTSA-16 Resolution 89"],
  ["Res. 89 (Rev. Hammamet, 2016)", "Resolution", "WTSA-16 Resolution 89"],
  ["Resolution 2 (Rev. Dubai, 2012)", "Resolution", "WTSA-12 Resolution 2"],
  ["Resolution 1 (Rev. Geneva, 2022)", "Resolution", "WTSA-20 Resolution 1"],
  ["Resolution 7 (New Delhi, 2024)", "Resolution", "WTSA-24 Resolution 7"],
  ["Resolution 76 (Rev. Johannesburg, 2008)", "Resolution", "WTSA-08 Resolution 76"],
  ["Rec. ITU-T X.509", "Recommendation", "ITU-T X.509"],
  ["ITU-T X.509", "Recommendation", "ITU-T X.509"],
  ["Recommendation ITU-T X.509", "Recommendation", "ITU-T X.509"],
  ["X.509", "Recommendation", "ITU-T X.509"],
  ["X509", "Recommendation", "ITU-T X.509"],
  ["ITU-T Rec. X.1401", "Recommendation", "ITU-T X.1401"],
  ["G.8275.1", "Recommendation", "ITU-T G.8275.1"],
  ["IETF", "Organization", "IETF"],
  ["IETF CCAMP", "Organization", "IETF CCAMP"],
  ["CCAMP WG", "Organization", "IETF CCAMP"],
  ["CCAMP Working Group", "Organization", "IETF CCAMP"],
  ["3GPP", "Organization", "3GPP"],
  ["3GPP SA3", "Organization", "3GPP SA3"],
  ["ISO/IEC JTC 1", "Organization", "ISO/IEC JTC 1"],
  ["ISO/IEC JTC1", "Organization", "ISO/IEC JTC 1"],
  ["JTC 1", "Organization", "ISO/IEC JTC 1"],
  ["ISO/IEC JTC 1/SC 27", "Organization", "ISO/IEC JTC 1/SC 27"],
  ["JTC1/SC27", "Organization", "ISO/IEC JTC 1/SC 27"],
  ["ISO/IEC JTC 1 SC 27", "Organization", "ISO/IEC JTC 1/SC 27"],
  ["WHO", "Organization", "WHO"],
  ["World Health Organization", "Organization", "WHO"],
  ["WMO", "Organization", "WMO"],
  ["World Meteorological Organization", "Organization", "WMO"],
  ["UNEP", "Organization", "UNEP"],
  ["ITU-R", "Organization", "ITU-R"],
  ["ITU-D", "Organization", "ITU-D"],
  ["ETSI", "Organization", "ETSI"],
  ["IEEE", "Organization", "IEEE"],
  ["W3C", "Organization", "W3C"],
  ["ISO/TC 307", "Organization", "ISO/TC 307"],
  ["sp16-sg17-oLS-00014", "LiaisonStatement", "sp16-sg17-oLS-00014"],
];

describe("normalizeEntity", () => {
  it.each(cases)("%s -> %s %s", (written, type, id) => {
    const entity = normalizeEntity(written);
    expect(entity?.type).toBe(type);
    expect(entity?.id).toBe(id);
  });

  it.each([
    "SGX", "Q&A", "question", "Question", "X", "X.", "509", "17", "14/17", "ordinary", "the", "who", "",
    "Focus Group", "Resolution 89", "SG", "ITU-T", "TLS", "Annex",
  ])("%j is not an entity", (written) => {
    expect(normalizeEntity(written)).toBeUndefined();
  });

  it("names study groups, focus groups and resolutions as the reference graph does", () => {
    expect(normalizeEntity("SG 17 (Security)")?.name).toBe("ITU-T Study Group 17");
    expect(normalizeEntity("Focus Group on “Blockchain”")?.name).toBe("Focus Group on Blockchain");
    expect(normalizeEntity("FG DLT")?.name).toBe("Focus Group on Application of Distributed Ledger Technology");
    expect(normalizeEntity("FG-ML5G")?.properties).toEqual({ acronym: "FG ML5G" });
    expect(normalizeEntity("World Health Organization")?.properties).toEqual({ kind: "UN_AGENCY" });
    expect(normalizeEntity("Res. 89 (Rev. Hammamet, 2016)")).toEqual({
      type: "Resolution",
      id: "WTSA-16 Resolution 89",
      name: "WTSA-16 Resolution 89",
      properties: { number: 89, assembly: "WTSA-16", place: "Hammamet", year: 2016 },
    });
    expect(normalizeEntity("Q14/17")?.properties).toEqual({ number: 14, studyGroupNumber: 17 });
  });
});

describe("id helpers", () => {
  it("builds canonical ids", () => {
    expect(studyGroupId(17)).toBe("ITU-T SG17");
    expect(studyGroupId("05", "ITU-D")).toBe("ITU-D SG5");
    expect(questionId(14, 17)).toBe("Q14/17");
    expect(workingPartyId("3", "15")).toBe("WP3/15");
    expect(focusGroupId("FG-AI4H")).toBe("ITU-T FG AI4H");
    expect(focusGroupId("Blockchain")).toBe("ITU-T FG Blockchain");
    expect(recommendationId("x", "509")).toBe("ITU-T X.509");
    expect(resolutionId("WTSA 2016", 89)).toBe("WTSA-16 Resolution 89");
    expect(topicId("Distributed Ledger Technology")).toBe("topic:distributed-ledger-technology");
    expect(reportId("Distributed Ledger Technologies and Financial Inclusion")).toBe(
      "report:distributed-ledger-technologies-and-financial-inclusion",
    );
    expect(workshopId("2017-03-21", "“Security Aspects of Blockchain”")).toBe(
      "workshop:2017-03-21:security-aspects-of-blockchain",
    );
    expect(slug("  Florianópolis & PII (Protection)  ")).toBe("florianopolis-pii-protection");
    expect(liaisonId("SP16-SG17-OLS-00014")).toBe("sp16-sg17-oLS-00014");
    expect(liaisonId("https://datatracker.ietf.org/liaison/1712/")).toBe("ietf-liaison-1712");
  });
});
