import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/config-error.js";
import { loadConfig } from "../../../src/config/config.js";

describe("CORS_ORIGINS", () => {
  it.each([
    ["https://dash.example", ["https://dash.example"]],
    ["http://localhost:5173, https://b.example:8443", ["http://localhost:5173", "https://b.example:8443"]],
    ["*", ["*"]],
    ["", []],
  ])("takes %j", (value, origins) => {
    expect(loadConfig({ CORS_ORIGINS: value }).corsOrigins).toEqual(origins);
  });

  it.each([
    ["not a url", '"not a url" is not an origin'],
    ["dash.example", '"dash.example" is not an origin'],
    ["https://dash.example/", '"https://dash.example/" is not an origin'],
    ["https://dash.example/app", '"https://dash.example/app" is not an origin'],
    ["https://a.example, ftp://files.example", '"ftp://files.example" is not an origin'],
  ])("refuses %j at start-up, naming the variable and the entry", (value, entry) => {
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(`Invalid CORS_ORIGINS=${JSON.stringify(value)}: expected a comma-separated list of origins`);
    expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(entry);
  });
});
