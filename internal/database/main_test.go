package database_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

// TestMain drops the tests' databases while later tests run (testdb.Main).
func TestMain(m *testing.M) { testdb.Main(m) }
