// Package entgql is the part of entgo.io/contrib/entgql that the server
// uses, without entgql's code generator.
//
// entgo.io/contrib/entgql is one package: the types the generated code
// pages and opens transactions with (Cursor, PageInfo, Transactioner), the
// annotations of the schema, and the code generator, which brings ent's and
// gqlgen's (their templates parsed when the program starts: 2.4 MB of
// allocations, and 2–3 MB more of the binary's pages resident in the
// server, docs/performance.md). So:
//
//   - pagination.go, transaction.go and error.go are entgql's own, copied
//     unchanged from the version in go.mod (TestCopiedFromEntgql); ent/entc.go
//     makes the generated code import this package instead of entgql;
//   - the annotations ent/schema puts on its types and fields are entgql's
//     in the one build that reads them, generation (ent/entc.go sets the
//     build tag entgql: annotations.go), and inert ones of the same names in
//     every other (inert.go), since ent/schema's Fields also run in the
//     server (ent/runtime reads defaults, validators and hooks from them).
//
// TestServeLinksNoCodeGenerator (cmd/newsgraph) keeps the generators out
// of the server's build.
package entgql
