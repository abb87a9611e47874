package server

import (
	"encoding/json"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/transport"

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
