import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "launcher/target/", "src/api/static/vendor/", ".neo4j*/", "test-output/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/api/static/**/*.js"],
    languageOptions: { globals: { ...globals.browser, echarts: "readonly", cytoscape: "readonly" } },
  },
  {
    files: ["bin/**/*.js", "bench/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
