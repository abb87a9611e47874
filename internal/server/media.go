package server

import (
	"context"

	"github.com/newsgraph/newsgraph/ent"
	entmedia "github.com/newsgraph/newsgraph/ent/media"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/media"
)

// mediaVisibility tells who may fetch the stored file at url: a caller who
// may read some Media with that url, as the access interceptor narrows an
// ent query with the request's context (a person's photo or a public
// article's cover for the public; every Media for a token). It is one
// lookup on the media_url index. The file is public when the answer is one
// everyone would get.
func mediaVisibility(client *ent.Client) func(context.Context, string) (media.Visibility, error) {
	return func(ctx context.Context, url string) (media.Visibility, error) {
		ok, err := client.Media.Query().Where(entmedia.URL(url)).Exist(ctx)
		switch {
		case err != nil || !ok:
			return media.Hidden, err
		case access.Cacheable(ctx):
			return media.Public, nil
		}
		return media.Private, nil
	}
}
