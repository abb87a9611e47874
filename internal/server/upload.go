package server

import (
	"context"
	"encoding/json"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// multipartSlack is what a multipart request may carry beyond its file: the
// operations and map parts and the part headers.
const multipartSlack = 1 << 20

// uploadTransport accepts GraphQL multipart requests (file uploads) whose
// body is at most maxFile plus room for the operation. A request that says
// it is larger is refused before its body is read, with a coded error.
func uploadTransport(maxFile int64) graphql.Transport {
	return sizedMultipart{
		MultipartForm: transport.MultipartForm{
			MaxUploadSize: maxFile + multipartSlack,
			// Smaller files stay in memory; larger ones go to a temporary
			// file while the request runs.
			MaxMemory: 2 << 20,
		},
		maxFile: maxFile,
	}
}

type sizedMultipart struct {
	transport.MultipartForm
	maxFile int64
}

func (t sizedMultipart) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	if r.ContentLength > t.MaxUploadSize {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusRequestEntityTooLarge)
		json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
			"message":    "the upload is larger than the limit",
			"extensions": map[string]any{"code": apperr.BadUserInput, "field": "file", "maxBytes": t.maxFile},
		}}})
		return
	}
	t.MultipartForm.Do(w, r, exec)
}

// uploadsOnly keeps the multipart transport for what it is for: operations
// that upload a file. A browser sends multipart/form-data from any site
// without a CORS preflight (it is what an HTML form posts), so other
// operations must not be reachable that way.
func uploadsOnly(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if isMultipart(oc.Headers) && !hasUpload(oc.Variables) {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
			Message:    "multipart requests are for file uploads only: send other operations as application/json",
			Extensions: map[string]any{"code": apperr.BadUserInput},
		}}})
	}
	return next(ctx)
}

func isMultipart(h http.Header) bool {
	mediaType, _, err := mime.ParseMediaType(h.Get("Content-Type"))
	return err == nil && mediaType == "multipart/form-data"
}

// hasUpload reports whether a file is among the variables, at any depth.
func hasUpload(v any) bool {
	switch v := v.(type) {
	case graphql.Upload, *graphql.Upload:
		return true
	case map[string]any:
		for _, e := range v {
			if hasUpload(e) {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if hasUpload(e) {
				return true
			}
		}
	}
	return false
}
