package schema

import "github.com/newsgraph/newsgraph/ent/entgql"

// dateOnly marks a time field that holds a calendar day, not an instant:
// GraphQL reads and writes it as a Date ("2024-07-03", internal/relay), and
// it is stored as that day's midnight in UTC, so that no reader's zone can
// move it to the day before.
var dateOnly = entgql.Type("Date")
