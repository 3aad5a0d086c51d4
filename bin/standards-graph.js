#!/usr/bin/env node
// The command runs the TypeScript sources directly: tsx compiles them on the fly.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
