package archive

import (
	"context"
	"errors"
	"io"

	"github.com/newsgraph/newsgraph/internal/database"
)

// Copy loads the whole content of from into to (migrated and empty) as an
// export read straight into a restore, with the restore's checks: no
// archive is written, and the media files stay where they are.
func Copy(ctx context.Context, from, to *database.DB, version string, progress Progress) (*Result, error) {
	pr, pw := io.Pipe()
	exported := make(chan error, 1)
	go func() {
		_, err := Export(ctx, from, pw, ExportOptions{Version: version})
		pw.CloseWithError(err)
		exported <- err
	}()
	res, err := Restore(ctx, to, pr, RestoreOptions{Progress: progress})
	if err == nil {
		_, err = io.Copy(io.Discard, pr) // the end of the stream after the tar's
	}
	pr.CloseWithError(errors.New("the restore ended")) // an export still writing stops
	if eerr := <-exported; eerr != nil && err == nil {
		err = eerr
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}
