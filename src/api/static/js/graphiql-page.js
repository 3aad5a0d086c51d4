import { EXAMPLES } from "./graphql-examples.js";

/**
 * GraphiQL on /graphql: autocomplete, the docs explorer, prettify, history, variables and headers
 * come with GraphiQL; this adds the query builder (explorer plugin), a tab of ready examples, and
 * opening a shared link (`/graphql?query=…&variables=…`) with that query, which then runs at once.
 *
 * GraphiQL, React and the plugin are UMD builds this server hands out from node_modules, loaded by
 * the classic scripts before this module; there is no bundler and no CDN.
 */
const { React, ReactDOM, GraphiQL, GraphiQLPluginExplorer } = window;
const h = React.createElement;
const container = document.getElementById("graphiql");

const link = readLink(new URLSearchParams(location.search));
const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).href });

const examplesPlugin = {
  title: "Examples",
  icon: ExamplesIcon,
  content: ExamplesPane,
};

ReactDOM.createRoot(container).render(
  h(
    GraphiQL,
    {
      fetcher,
      plugins: [examplesPlugin, GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false })],
      // A first visit opens on the examples; a link opens on its own query.
      visiblePlugin: link ? undefined : examplesPlugin,
      defaultQuery: EXAMPLES[0].query,
      defaultEditorToolsVisibility: link?.variables ? "variables" : true,
      ...(link ?? {}),
    },
    h(GraphiQL.Logo, null, "standards-graph"),
    link ? h(GraphiQL.Footer, null, h(RunOnce)) : null,
  ),
);
container.dataset.state = "ready";

/** The query a link carries, or undefined; `variables` stays the JSON text the link has. */
function readLink(params) {
  const query = params.get("query");
  if (!query) return undefined;
  const variables = params.get("variables");
  const operationName = params.get("operationName");
  return { query, ...(variables ? { variables } : {}), ...(operationName ? { operationName } : {}) };
}

/** Runs the linked query once the editor holds it, so a shared link shows its result. */
function RunOnce() {
  const { queryEditor } = GraphiQL.React.useEditorContext({ nonNull: true });
  const { run } = GraphiQL.React.useExecutionContext({ nonNull: true });
  const ran = React.useRef(false);
  React.useEffect(() => {
    if (ran.current || !queryEditor) return;
    ran.current = true;
    run();
  }, [queryEditor, run]);
  return h("span", { className: "ide-linked", "data-linked-query": "run" }, "Opened from a link: the query ran as it was shared.");
}

/**
 * The examples tab: one button per example, which puts it in the editors and runs it. What was
 * there before stays in the history tab.
 */
function ExamplesPane() {
  const { queryEditor, variableEditor } = GraphiQL.React.useEditorContext({ nonNull: true });
  const { run } = GraphiQL.React.useExecutionContext({ nonNull: true });
  const choose = (example) => {
    if (!queryEditor || !variableEditor) return;
    queryEditor.setValue(example.query);
    variableEditor.setValue(JSON.stringify(example.variables ?? {}, null, 2));
    // GraphiQL learns the operation's name from the editor a moment after a change; the run must
    // not use the previous query's name.
    queryEditor.operationName = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(example.query)?.[1] ?? null;
    setTimeout(run, 0);
  };
  return h(
    "section",
    { "aria-label": "Example queries" },
    h("div", { className: "graphiql-doc-explorer-title" }, "Examples"),
    h("p", { className: "examples-hint" }, "Each one replaces the editor's query and runs against this server's graph; the history tab keeps what was there."),
    h(
      "ul",
      { className: "examples" },
      EXAMPLES.map((example) => h("li", { key: example.name }, h("button", { type: "button", onClick: () => choose(example) }, example.name))),
    ),
  );
}

function ExamplesIcon() {
  return h(
    "svg",
    { viewBox: "0 0 24 24", fill: "none", stroke: "currentColor", strokeWidth: 1.5, "aria-hidden": "true", height: "1em" },
    h("path", { d: "M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h6" }),
  );
}
