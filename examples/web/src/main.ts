// The web kit's client: the feed a page at a time, an article by its slug,
// award recipients (people and organizations), search, and a draft written
// and deleted with an editor's token. Every answer is typed from the
// schema, so what it reads is checked by the compiler.
//
//   NEWSGRAPH_URL        the GraphQL endpoint (http://localhost:8080/query)
//   NEWSGRAPH_TOKEN      an editor's API token; without it the mutation is skipped
//   NEWSGRAPH_PERSISTED  1: send documentIds from the manifest, not query text
//   NEWSGRAPH_PAGE_SIZE  articles per feed page (5)
//   NEWSGRAPH_SEARCH     what to search for ("vu duy hoang")
import { execute, type ClientOptions } from "./client.js";
import type { FeedQuery } from "./gql/graphql.js";
import {
  articleQuery,
  awardsQuery,
  createDraftMutation,
  deleteArticleMutation,
  feedQuery,
  searchQuery,
} from "./operations.js";

/** What the client shows, besides where it connects. */
interface Settings {
  pageSize: number;
  search: string;
}

/** Prints the feed's first two pages and returns the newest article's slug. */
async function feed(client: ClientOptions, pageSize: number): Promise<string | undefined> {
  let after: string | null = null;
  let newest: string | undefined;
  for (const page of [1, 2]) {
    // Annotated because after, read here, is assigned from data below: the
    // loop is too much for TypeScript's inference.
    const data: FeedQuery = await execute(client, feedQuery, { first: pageSize, after });
    const titles = data.articles.edges.map((e) => e.node.title);
    for (const title of titles) {
      console.log(`page ${page}: ${title}`);
    }
    newest ??= data.articles.edges[0]?.node.slug;
    const { hasNextPage, endCursor } = data.articles.pageInfo;
    if (!hasNextPage || endCursor == null) {
      console.log(`page ${page}: the last of ${data.articles.totalCount} articles`);
      break;
    }
    after = endCursor;
  }
  return newest;
}

/** Prints one article: its title, dates and what it mentions. */
async function article(client: ClientOptions, slug: string): Promise<void> {
  const { article } = await execute(client, articleQuery, { slug });
  if (article == null) {
    console.log(`article: no article ${slug}`);
    return;
  }
  const published = article.publishedAt ?? "not published";
  const event = article.eventDate ?? "no event date";
  console.log(`article: ${article.title} | published ${published} | event ${event}`);
  const people = article.mentionedPeople.map((p) => p.fullName);
  const organizations = article.mentionedOrganizations.map((o) => o.name);
  console.log(`article mentions: ${[...people, ...organizations].join(", ")}`);
}

/** Prints who received each award: a person or an organization. */
async function awards(client: ClientOptions): Promise<void> {
  const data = await execute(client, awardsQuery, { first: 10 });
  for (const { node: award } of data.awards.edges) {
    if (award.recipients.length === 0) {
      console.log(`award: ${award.name} -> no recipients`);
    }
    for (const recipient of award.recipients) {
      switch (recipient.__typename) {
        case "Person":
          console.log(`award: ${award.name} -> Person: ${recipient.fullName}`);
          break;
        case "Organization":
          console.log(`award: ${award.name} -> Organization: ${recipient.name}`);
          break;
        default:
          unreachable(recipient);
      }
    }
  }
}

/** Prints what a search finds, whatever kind of thing each hit is. */
async function search(client: ClientOptions, query: string): Promise<void> {
  const { search } = await execute(client, searchQuery, { query, first: 10 });
  console.log(`search: ${search.totalCount} results for "${query}"`);
  for (const { node } of search.edges) {
    switch (node.__typename) {
      case "Article":
        console.log(`search: Article: ${node.title}`);
        break;
      case "Person":
        console.log(`search: Person: ${node.fullName}`);
        break;
      case "Organization":
        console.log(`search: Organization: ${node.name}`);
        break;
      case "Award":
        console.log(`search: Award: ${node.name}`);
        break;
      default:
        unreachable(node);
    }
  }
}

/** Writes a draft article, with an event date (a Date), and deletes it again: what an editor's token may do. */
async function draft(client: ClientOptions): Promise<void> {
  const { createArticle } = await execute(client, createDraftMutation, {
    title: "Bản nháp của bộ công cụ web",
    body: "<p>Viết bằng client TypeScript, rồi xoá.</p>",
    eventDate: "2024-07-03",
  });
  const { id, slug, status, eventDate } = createArticle;
  console.log(`created: ${id} ${slug} ${status} event ${eventDate ?? "none"}`);
  const { deleteArticle } = await execute(client, deleteArticleMutation, { id: createArticle.id });
  console.log(`deleted: ${deleteArticle}`);
}

/** A union member the switch does not know: the compiler says so first. */
function unreachable(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

/** Runs every example in turn against the server the client points at. */
export async function run(client: ClientOptions, settings: Settings): Promise<void> {
  const newest = await feed(client, settings.pageSize);
  if (newest !== undefined) {
    await article(client, newest);
  }
  await awards(client);
  await search(client, settings.search);
  if (client.token === "") {
    console.log("mutation: skipped, NEWSGRAPH_TOKEN is not set");
  } else {
    await draft(client);
  }
}

const env = process.env;
const pageSize = Number.parseInt(env.NEWSGRAPH_PAGE_SIZE ?? "5", 10);
if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
  console.error("NEWSGRAPH_PAGE_SIZE: a number from 1 to 100");
  process.exit(2);
}
try {
  await run(
    {
      url: env.NEWSGRAPH_URL ?? "http://localhost:8080/query",
      token: env.NEWSGRAPH_TOKEN ?? "",
      persisted: env.NEWSGRAPH_PERSISTED === "1",
    },
    { pageSize, search: env.NEWSGRAPH_SEARCH ?? "vu duy hoang" },
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
