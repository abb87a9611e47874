// start.js mounts GraphiQL on #graphiql, talking to the endpoint named in its
// data-endpoint attribute. It is a file, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts.
(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    }),
  );
})();
