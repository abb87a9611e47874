// The operations this client sends. graphql-codegen reads them from here
// and generates their types into src/gql/; each one declares only the
// variables it uses.
import { graphql } from "./gql/index.js";

/** A page of the newest published articles; after is the previous page's endCursor. */
export const feedQuery = graphql(`
  query Feed($first: Int!, $after: Cursor) {
    articles(
      first: $first
      after: $after
      orderBy: { field: PUBLISHED_AT, direction: DESC }
      where: { status: PUBLISHED }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          title
          slug
          publishedAt
        }
      }
    }
  }
`);

/** One article and what it mentions. */
export const articleQuery = graphql(`
  query Article($slug: String!) {
    article(slug: $slug) {
      title
      slug
      publishedAt
      eventDate
      mentionedPeople {
        fullName
      }
      mentionedOrganizations {
        name
      }
    }
  }
`);

/** Awards and who received them: people and organizations, one union. */
export const awardsQuery = graphql(`
  query Awards($first: Int!) {
    awards(first: $first) {
      edges {
        node {
          name
          year
          awardedOn
          recipients {
            __typename
            ... on Person {
              fullName
            }
            ... on Organization {
              name
            }
          }
        }
      }
    }
  }
`);

/** Articles, people, organizations and awards matching words. */
export const searchQuery = graphql(`
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) {
      totalCount
      edges {
        score
        node {
          __typename
          ... on Article {
            title
          }
          ... on Person {
            fullName
          }
          ... on Organization {
            name
          }
          ... on Award {
            name
          }
        }
      }
    }
  }
`);

/** Writes a draft article (an editor's token); eventDate is a Date, "YYYY-MM-DD". */
export const createDraftMutation = graphql(`
  mutation CreateDraft($title: String!, $body: String!, $eventDate: Date) {
    createArticle(input: { title: $title, body: $body, eventDate: $eventDate }) {
      id
      slug
      status
      eventDate
    }
  }
`);

/** Deletes an article (an editor's token). */
export const deleteArticleMutation = graphql(`
  mutation DeleteArticle($id: ID!) {
    deleteArticle(id: $id)
  }
`);
