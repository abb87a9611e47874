// start.js mounts GraphiQL on #graphiql, talking to the endpoint named in its
// data-endpoint attribute, with the examples of the page's #examples data
// block. It is a file, not an inline script, so the page's
// Content-Security-Policy can forbid inline scripts.
(function () {
  var h = React.createElement;
  var root = document.getElementById('graphiql');
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });

  // GraphiQL keys its state in localStorage under "graphiql:".
  function stored(key) {
    try {
      return window.localStorage.getItem('graphiql:' + key);
    } catch (e) {
      return null; // storage refused (private mode): nothing was kept
    }
  }
  var firstVisit = stored('tabState') === null;


  // The Examples pane lists the README's examples; one opens in a new tab.
  function ExamplesPane() {
    var editor = GraphiQL.React.useEditorContext({ nonNull: true });
    function open(ex) {
      editor.addTab();
      // addTab fills the new tab's editors when React has applied it.
      setTimeout(function () {
        if (editor.queryEditor) editor.queryEditor.setValue(ex.query);
        if (editor.variableEditor) editor.variableEditor.setValue(ex.variables || '');
      }, 0);
    }
    return h('div', null,
      h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
      h('ul', { className: 'ng-examples' }, examples.map(function (ex) {
        return h('li', { key: ex.name },
          h('button', { type: 'button', onClick: function () { open(ex); } }, ex.name),
          h('p', null, ex.description));
      })));
  }
  var examplesPlugin = {
    title: 'Examples',
    icon: GraphiQL.React.StarIcon,
    content: ExamplesPane,
  };

  // Headers hold tokens, so GraphiQL keeps them across reloads only when
  // the user turns on Settings → Persist headers. GraphiQL 3 reapplies its
  // shouldPersistHeaders prop on every load (and hides the setting when the
  // prop is false), so the prop is the user's stored choice, and the setting
  // is shown explicitly.
  var persistHeaders = stored('shouldPersistHeaders') === 'true';

  // Reapplying the prop also stores the header editor's text before that
  // editor exists, which erases the kept headers on every load
  // (graphql/graphiql#3369): the first reload shows them, the second has
  // lost them. GraphiQL's storage goes through this wrapper, which keeps
  // the headers while GraphiQL mounts when the user chose to keep them; a
  // user who clears them later clears them.
  var mounted = false;
  function namespaced() {
    var keys = [];
    for (var i = 0; i < window.localStorage.length; i++) {
      var k = window.localStorage.key(i);
      if (k.indexOf('graphiql:') === 0) keys.push(k);
    }
    return keys;
  }
  var storage = {
    getItem: function (k) { return window.localStorage.getItem(k); },
    setItem: function (k, v) { window.localStorage.setItem(k, v); },
    removeItem: function (k) {
      if (!mounted && persistHeaders && k === 'graphiql:headers') return;
      window.localStorage.removeItem(k);
    },
    get length() { return namespaced().length; },
    clear: function () { namespaced().forEach(function (k) { window.localStorage.removeItem(k); }); },
  };
  // The logo mounts with GraphiQL; once that commit's effects have run
  // (GraphiQL's own included), the next task marks the mount done.
  function Logo() {
    React.useEffect(function () {
      setTimeout(function () { mounted = true; }, 0);
    }, []);
    return 'newsgraph';
  }

  ReactDOM.createRoot(root).render(
    h(GraphiQL, {
      fetcher: fetcher,
      // The feed, without its variables: GraphiQL shows a first tab's query
      // but not its variables, and would take the two for different tabs
      // on the next load.
      defaultTabs: [{ query: examples[0].query }],
      plugins: [examplesPlugin],
      visiblePlugin: firstVisit ? examplesPlugin : undefined,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: persistHeaders,
      showPersistHeadersSettings: true,
      storage: storage,
    }, h(GraphiQL.Logo, null, h(Logo))),
  );
})();
