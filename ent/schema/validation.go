package schema

import (
	"time"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// plausibleYear accepts award years from 1900 to next year: awards are
// sometimes announced for the coming year, never further ahead.
func plausibleYear(y int) error {
	if last := time.Now().Year() + 1; y < 1900 || y > last {
		return apperr.Invalid("year", "year %d is not between 1900 and %d", y, last)
	}
	return nil
}
