package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// multipartSlack is what a multipart request may carry beyond its file: the
// operations and map parts and the part headers.
const multipartSlack = 1 << 20

// uploadMemory is the largest file kept in memory while its request runs;
// larger ones go to a temporary file.
const uploadMemory = 2 << 20

// uploadTransport answers GraphQL multipart requests (file uploads, the
// GraphQL multipart request specification: an "operations" part, a "map"
// part, then the files) of one operation, whose body is at most maxFile
// plus room for the operation. A request that says it is larger is refused
// before its body is read. Every refusal is coded and written by the one
// writer; the operation runs and is answered as httpTransport answers a
// POST.
type uploadTransport struct {
	http    httpTransport
	maxFile int64
}

var _ graphql.Transport = uploadTransport{}

// Supports claims multipart POSTs; the gate in front lets them through only
// when they are uploads.
func (uploadTransport) Supports(r *http.Request) bool {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return r.Method == http.MethodPost && mt == "multipart/form-data" && r.Header.Get("Upgrade") == ""
}

func (t uploadTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	x := &exchange{w: w, r: r, media: negotiate(r.Header.Get("Accept")), start: time.Now(), t: t.http, op: operationLabel("")}
	files := &spooled{}
	defer files.remove()
	params, documentID, err := t.read(w, r, files)
	if err != nil {
		x.fail(err)
		return
	}
	x.single(exec, params, documentID)
}

// tooLarge is the refusal of an upload over the limit.
func (t uploadTransport) tooLarge() error {
	return &apperr.Error{Code: apperr.BodyTooLarge, Field: "file",
		Message: fmt.Sprintf("the upload is larger than the limit of %d bytes", t.maxFile)}
}

// read reads the operation of a multipart request (and its documentId, when
// it names a persisted document) and puts its files into the operation's
// variables.
func (t uploadTransport) read(w http.ResponseWriter, r *http.Request, files *spooled) (params *graphql.RawParams, documentID string, err error) {
	limit := t.maxFile + multipartSlack
	if r.ContentLength > limit {
		return nil, "", t.tooLarge()
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "the body is not a multipart form")
	}
	part, err := mr.NextPart()
	if err != nil || part.FormName() != "operations" {
		return nil, "", t.partError(err, "the first part of an upload must be operations")
	}
	ops, err := io.ReadAll(part)
	if err != nil {
		return nil, "", t.partError(err, "the operations part could not be read")
	}
	if firstByte(ops) == '[' {
		return nil, "", apperr.Errorf(apperr.BadRequest, "an upload carries one operation, not a batch")
	}
	if !utf8.Valid(ops) {
		return nil, "", apperr.Errorf(apperr.BadRequest, "the operations part is not valid UTF-8")
	}
	params, documentID, err = decodeParams(ops, t.http.limits)
	if err != nil {
		return nil, "", err
	}
	if params.Variables == nil {
		params.Variables = map[string]any{}
	}
	part, err = mr.NextPart()
	if err != nil || part.FormName() != "map" {
		return nil, "", t.partError(err, "the second part of an upload must be map")
	}
	raw, err := io.ReadAll(part)
	if err != nil {
		return nil, "", t.partError(err, "the map part could not be read")
	}
	var paths map[string][]string
	if err := decodeJSON(raw, &paths); err != nil {
		return nil, "", apperr.Errorf(apperr.BadRequest, "map is not a JSON object from file part names to lists of variable paths")
	}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, "", t.partError(err, "the upload's parts could not be read")
		}
		key := part.FormName()
		to := paths[key]
		if len(to) == 0 {
			return nil, "", apperr.Errorf(apperr.BadRequest, "map names no variable for the part %q", truncate(key))
		}
		delete(paths, key)
		open, err := files.add(part)
		if err != nil {
			return nil, "", t.partError(err, "the file could not be read")
		}
		for _, path := range to {
			f, err := open()
			if err != nil {
				return nil, "", err
			}
			if err := setUpload(params.Variables, path, f); err != nil {
				return nil, "", err
			}
		}
	}
	if len(paths) > 0 {
		key := slices.Min(slices.Collect(maps.Keys(paths)))
		return nil, "", &apperr.Error{Code: apperr.BadRequest, Field: variableName(paths[key]),
			Message: fmt.Sprintf("map names the part %q, which the request does not have", truncate(key))}
	}
	return params, documentID, nil
}

// partError refuses a multipart body that could not be read: over the size
// limit, or not the form it claims to be.
func (t uploadTransport) partError(err error, msg string) error {
	var big *http.MaxBytesError
	if errors.As(err, &big) {
		return t.tooLarge()
	}
	return apperr.Errorf(apperr.BadRequest, "%s", msg)
}

// setUpload puts f at path ("variables.file", "variables.files.0") in vars,
// where the request must have left a null for it.
func setUpload(vars map[string]any, path string, f graphql.Upload) error {
	parts := strings.Split(path, ".")
	bad := &apperr.Error{Code: apperr.BadRequest, Field: variableName([]string{path}),
		Message: fmt.Sprintf("map path %q does not name a variable of the operation", truncate(path))}
	if len(parts) < 2 || parts[0] != "variables" {
		return bad
	}
	var at any = vars
	for i, p := range parts[1:] {
		last := i == len(parts)-2
		switch c := at.(type) {
		case map[string]any:
			if v, ok := c[p]; !ok || (last && v != nil) {
				return bad
			}
			if last {
				c[p] = f
				return nil
			}
			at = c[p]
		case []any:
			n, err := strconv.Atoi(p)
			if err != nil || n < 0 || n >= len(c) || (last && c[n] != nil) {
				return bad
			}
			if last {
				c[n] = f
				return nil
			}
			at = c[n]
		default:
			return bad
		}
	}
	return bad
}

// variableName is the variable the first of paths names, for
// extensions.field.
func variableName(paths []string) string {
	if len(paths) == 0 {
		return ""
	}
	parts := strings.Split(paths[0], ".")
	if len(parts) < 2 || parts[0] != "variables" {
		return ""
	}
	return parts[1]
}

// spooled holds the files of one request: in memory up to uploadMemory,
// in temporary files beyond, removed when the request is answered.
type spooled struct {
	temps []*os.File
}

// add reads part and returns a function that gives a fresh Upload of it
// each time it is called, one for each variable it goes to.
func (s *spooled) add(part *multipart.Part) (func() (graphql.Upload, error), error) {
	upload := graphql.Upload{Filename: part.FileName(), ContentType: part.Header.Get("Content-Type")}
	var head bytes.Buffer
	n, err := io.CopyN(&head, part, uploadMemory+1)
	if err != nil && err != io.EOF {
		return nil, err
	}
	if n <= uploadMemory {
		data := head.Bytes()
		upload.Size = int64(len(data))
		return func() (graphql.Upload, error) {
			u := upload
			u.File = bytes.NewReader(data)
			return u, nil
		}, nil
	}
	tmp, err := os.CreateTemp("", "newsgraph-upload-")
	if err != nil {
		return nil, err
	}
	s.temps = append(s.temps, tmp)
	size, err := io.Copy(tmp, io.MultiReader(&head, part))
	if err != nil {
		return nil, err
	}
	upload.Size = size
	return func() (graphql.Upload, error) {
		f, err := os.Open(tmp.Name())
		if err != nil {
			return graphql.Upload{}, err
		}
		s.temps = append(s.temps, f)
		u := upload
		u.File = f
		return u, nil
	}, nil
}

// remove closes and deletes the temporary files.
func (s *spooled) remove() {
	for _, f := range s.temps {
		f.Close()
		os.Remove(f.Name())
	}
}

// truncate keeps names a client sent short in messages.
func truncate(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
