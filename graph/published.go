package graph

import (
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
)

// withPublishedSort adds to where the bounds on the hidden published_sort
// column that its bounds on publishedAt imply. The feed is ordered by
// published_sort (equal to publishedAt wherever publishedAt is set), and
// the index that serves it is (status, published_sort): a page of "the
// archive before a date" otherwise walks the index from the newest article
// back to the date, filtering on publishedAt, hundreds of milliseconds deep
// in the archive; with the bound, the walk starts at the date. The added
// predicates select nothing the filter did not: a row with publishedAt in
// range has published_sort equal to it.
func withPublishedSort(where *ent.ArticleWhereInput) *ent.ArticleWhereInput {
	if where == nil {
		return nil
	}
	if where.PublishedAtLT != nil {
		where.AddPredicates(article.PublishedSortLT(*where.PublishedAtLT))
	}
	if where.PublishedAtLTE != nil {
		where.AddPredicates(article.PublishedSortLTE(*where.PublishedAtLTE))
	}
	if where.PublishedAtGT != nil {
		where.AddPredicates(article.PublishedSortGT(*where.PublishedAtGT))
	}
	if where.PublishedAtGTE != nil {
		where.AddPredicates(article.PublishedSortGTE(*where.PublishedAtGTE))
	}
	return where
}
