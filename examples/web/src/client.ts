// A GraphQL client in a few lines: fetch, the typed documents that
// graphql-codegen generates, and the two ways newsgraph takes an operation.
import type { TypedDocumentString } from "./gql/graphql.js";

/** Where and how the client talks to newsgraph. */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://localhost:8080/query. */
  url: string;
  /** An API token (`newsgraph token create`), sent as a bearer token; empty for an anonymous caller. */
  token: string;
  /**
   * Send only the operation's documentId ("sha256:…", from
   * src/gql/persisted-documents.json) instead of its text: what a server
   * started with `--documents` runs. Queries then go by GET, which caches.
   */
  persisted: boolean;
}

/** A GraphQL error as newsgraph answers it: a message and a stable code. */
interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

/** The GraphQL errors of an answer, thrown by execute. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: GraphQLError[],
  ) {
    super(
      `${operation}: ` +
        errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("; "),
    );
  }
}

/**
 * Runs one operation and returns its data, typed by the document; an HTTP
 * failure or any GraphQL error is thrown.
 */
export async function execute<TResult, TVariables>(
  options: ClientOptions,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const operation = operationName(document.toString());
  const headers: Record<string, string> = { accept: "application/graphql-response+json, application/json" };
  if (options.token !== "") {
    headers.authorization = `Bearer ${options.token}`;
  }
  let response: Response;
  const documentId = document.__meta__?.hash;
  if (options.persisted && typeof documentId === "string") {
    if (operation.kind === "query") {
      const url = new URL(options.url);
      url.searchParams.set("documentId", documentId);
      url.searchParams.set("variables", JSON.stringify(variables));
      response = await fetch(url, { headers });
    } else {
      headers["content-type"] = "application/json";
      response = await fetch(options.url, {
        method: "POST",
        headers,
        body: JSON.stringify({ documentId, variables }),
      });
    }
  } else {
    headers["content-type"] = "application/json";
    response = await fetch(options.url, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  }
  const text = await response.text();
  let answer: { data?: TResult | null; errors?: GraphQLError[] };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    throw new Error(`${operation.name}: HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (answer.errors !== undefined && answer.errors.length > 0) {
    throw new GraphQLRequestError(operation.name, answer.errors);
  }
  if (!response.ok || answer.data === undefined || answer.data === null) {
    throw new Error(`${operation.name}: HTTP ${response.status} without data`);
  }
  return answer.data;
}

/** The kind and name of the one operation in a document's text. */
function operationName(text: string): { kind: string; name: string } {
  const match = /\b(query|mutation|subscription)\s+(\w+)/.exec(text);
  return { kind: match?.[1] ?? "query", name: match?.[2] ?? "anonymous" };
}
