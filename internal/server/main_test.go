package server_test

import (
	"io"
	"log/slog"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

func TestMain(m *testing.M) {
	// Access logs are tested on their own; elsewhere they are noise.
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	testdb.Main(m)
}
