import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Gazetteer, parseTopicsCypher, type GazetteerEntry } from "../../../src/extract/gazetteer.js";

const taxonomy = readFileSync(new URL("../../../cypher/reference/20-topics.cypher", import.meta.url), "utf8");
const entries = parseTopicsCypher(taxonomy);
const gazetteer = new Gazetteer(entries);
const ids = (sentence: string) => gazetteer.find(sentence).map((m) => m.entry.id);

describe("parseTopicsCypher", () => {
  it("reads every topic of the taxonomy file with its aliases", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.every((e) => e.type === "Topic" && e.id.startsWith("topic:"))).toBe(true);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.find((e) => e.id === "topic:blockchain")).toEqual({
      type: "Topic",
      id: "topic:blockchain",
      name: "blockchain",
      aliases: ["block chain", "blockchains", "blockchain technology"],
    });
    expect(entries.find((e) => e.id === "topic:distributed-ledger-technology")?.aliases).toEqual(
      expect.arrayContaining(["DLT", "DLTs", "distributed ledger", "shared ledger", "public ledger"]),
    );
  });

  it("unescapes quoted strings", () => {
    const parsed = parseTopicsCypher('MERGE (t:Entity:Topic {id: "topic:x"})\nSET t.name = "say \\"x\\"", t.aliases = ["a\\\\b"];');
    expect(parsed).toEqual([{ type: "Topic", id: "topic:x", name: 'say "x"', aliases: ["a\\b"] }]);
  });
});

describe("Gazetteer.find", () => {
  it("matches names and aliases regardless of case", () => {
    expect(ids("Blockchain is an emerging technology")).toEqual(["topic:blockchain"]);
    expect(ids("Identity Management and Crowdfunding")).toEqual(["topic:identity-management", "topic:crowd-funding"]);
  });

  it("matches plurals", () => {
    expect(ids("smart contracts and distributed ledgers")).toEqual(["topic:smart-contracts", "topic:distributed-ledger-technology"]);
    expect(ids("Distributed Ledger Technologies and DLTs")).toEqual([
      "topic:distributed-ledger-technology",
      "topic:distributed-ledger-technology",
    ]);
  });

  it("matches short acronyms only as written and only as whole words", () => {
    expect(ids("He said the maintainer would explain; the pii and dlt are lowercase.")).toEqual([]);
    expect(ids("AI-based IoT with DLT")).toEqual(["topic:artificial-intelligence", "topic:internet-of-things", "topic:distributed-ledger-technology"]);
    expect(ids("MAIL, PAIR, TAIL")).toEqual([]);
  });

  it("lets the longest match win and reports where it was found", () => {
    const text = "security assessment of blockchain technology and PII protection";
    expect(gazetteer.find(text).map((m) => [m.entry.id, m.matchedText, m.index])).toEqual([
      ["topic:security-assessment", "security assessment", 0],
      ["topic:blockchain", "blockchain technology", 23],
      ["topic:pii-protection", "PII protection", 49],
    ]);
  });

  it("finds words separated by punctuation", () => {
    expect(ids("distrusted/public/shared ledger, crowd funding, P2P insurance")).toEqual([
      "topic:distributed-ledger-technology",
      "topic:crowd-funding",
      "topic:peer-to-peer-insurance",
    ]);
  });

  it("filters by type", () => {
    const body: GazetteerEntry = { type: "Organization", id: "WHO", name: "World Health Organization", aliases: ["WHO"] };
    const mixed = new Gazetteer([...entries, body]);
    expect(mixed.find("WHO and AI for health", ["Organization"]).map((m) => m.entry.id)).toEqual(["WHO"]);
    expect(mixed.find("who knows").map((m) => m.entry.id)).toEqual([]);
  });
});

describe("Gazetteer.lookup", () => {
  it("finds an entry by a whole name or alias", () => {
    expect(gazetteer.lookup("DLT")?.id).toBe("topic:distributed-ledger-technology");
    expect(gazetteer.lookup("Smart Contract")?.id).toBe("topic:smart-contracts");
    expect(gazetteer.lookup("dlt")).toBeUndefined();
    expect(gazetteer.get("topic:privacy")?.name).toBe("privacy");
  });
});
