// graphql-codegen's configuration: the client preset reads the committed
// schema (docs/schema.graphql, the SDL the server serves) and the
// operations written with graphql() in src/, and writes src/gql/: the
// types of every operation, typed documents, and the persisted-documents
// manifest (src/gql/persisted-documents.json) a server started with
// `newsgraph serve --documents FILE` accepts.
import { createHash } from "node:crypto";

import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../../docs/schema.graphql",
  documents: ["src/**/*.ts", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        // The documentId the server knows an operation by, as GraphQL over
        // HTTP's persisted documents spell it: "sha256:" and the hex SHA-256
        // of the operation's text as written in the manifest.
        persistedDocuments: {
          hashAlgorithm: (operation: string) =>
            "sha256:" + createHash("sha256").update(operation).digest("hex"),
        },
      },
      config: {
        // Documents are strings with their types attached: fetch sends them
        // as they are, and no GraphQL library is needed at run time.
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        // Only the types the operations use, not the whole schema.
        onlyOperationTypes: true,
        // Node's ESM resolution wants the .js of the compiled imports.
        emitLegacyCommonJSImports: false,
        // Every custom scalar of newsgraph has a type here; a scalar the
        // schema gains without one stops codegen instead of becoming any.
        strictScalars: true,
        scalars: {
          ID: "string",
          // ISO 8601 (RFC 3339) date-time with its zone, e.g. "2024-07-03T10:00:00Z".
          Time: "string",
          // A calendar day, ISO 8601 YYYY-MM-DD, no time zone, e.g. "2024-07-03".
          Date: "string",
          // An opaque page position: pass a page's endCursor as `after`.
          Cursor: "string",
          // A file of a multipart request (GraphQL multipart request spec).
          Upload: "Blob",
        },
      },
    },
  },
};

export default config;
