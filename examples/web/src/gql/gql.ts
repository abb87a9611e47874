/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Feed($first: Int!, $after: Cursor) {\n    articles(\n      first: $first\n      after: $after\n      orderBy: { field: PUBLISHED_AT, direction: DESC }\n      where: { status: PUBLISHED }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          title\n          slug\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query Article($slug: String!) {\n    article(slug: $slug) {\n      title\n      slug\n      publishedAt\n      eventDate\n      mentionedPeople {\n        fullName\n      }\n      mentionedOrganizations {\n        name\n      }\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Awards($first: Int!) {\n    awards(first: $first) {\n      edges {\n        node {\n          name\n          year\n          awardedOn\n          recipients {\n            __typename\n            ... on Person {\n              fullName\n            }\n            ... on Organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AwardsDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Article {\n            title\n          }\n          ... on Person {\n            fullName\n          }\n          ... on Organization {\n            name\n          }\n          ... on Award {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  mutation CreateDraft($title: String!, $body: String!, $eventDate: Date) {\n    createArticle(input: { title: $title, body: $body, eventDate: $eventDate }) {\n      id\n      slug\n      status\n      eventDate\n    }\n  }\n": typeof types.CreateDraftDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": typeof types.DeleteArticleDocument,
};
const documents: Documents = {
    "\n  query Feed($first: Int!, $after: Cursor) {\n    articles(\n      first: $first\n      after: $after\n      orderBy: { field: PUBLISHED_AT, direction: DESC }\n      where: { status: PUBLISHED }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          title\n          slug\n          publishedAt\n        }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query Article($slug: String!) {\n    article(slug: $slug) {\n      title\n      slug\n      publishedAt\n      eventDate\n      mentionedPeople {\n        fullName\n      }\n      mentionedOrganizations {\n        name\n      }\n    }\n  }\n": types.ArticleDocument,
    "\n  query Awards($first: Int!) {\n    awards(first: $first) {\n      edges {\n        node {\n          name\n          year\n          awardedOn\n          recipients {\n            __typename\n            ... on Person {\n              fullName\n            }\n            ... on Organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AwardsDocument,
    "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Article {\n            title\n          }\n          ... on Person {\n            fullName\n          }\n          ... on Organization {\n            name\n          }\n          ... on Award {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  mutation CreateDraft($title: String!, $body: String!, $eventDate: Date) {\n    createArticle(input: { title: $title, body: $body, eventDate: $eventDate }) {\n      id\n      slug\n      status\n      eventDate\n    }\n  }\n": types.CreateDraftDocument,
    "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": types.DeleteArticleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int!, $after: Cursor) {\n    articles(\n      first: $first\n      after: $after\n      orderBy: { field: PUBLISHED_AT, direction: DESC }\n      where: { status: PUBLISHED }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          title\n          slug\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($slug: String!) {\n    article(slug: $slug) {\n      title\n      slug\n      publishedAt\n      eventDate\n      mentionedPeople {\n        fullName\n      }\n      mentionedOrganizations {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Awards($first: Int!) {\n    awards(first: $first) {\n      edges {\n        node {\n          name\n          year\n          awardedOn\n          recipients {\n            __typename\n            ... on Person {\n              fullName\n            }\n            ... on Organization {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AwardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $first: Int!) {\n    search(query: $query, first: $first) {\n      totalCount\n      edges {\n        score\n        node {\n          __typename\n          ... on Article {\n            title\n          }\n          ... on Person {\n            fullName\n          }\n          ... on Organization {\n            name\n          }\n          ... on Award {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDraft($title: String!, $body: String!, $eventDate: Date) {\n    createArticle(input: { title: $title, body: $body, eventDate: $eventDate }) {\n      id\n      slug\n      status\n      eventDate\n    }\n  }\n"): typeof import('./graphql.js').CreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"): typeof import('./graphql.js').DeleteArticleDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
