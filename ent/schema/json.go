package schema

import "entgo.io/ent/dialect"

// jsonText is the column type of every JSON field: json, not jsonb, on
// PostgreSQL. internal/database connects with binary_parameters=yes, under
// which lib/pq sends []byte arguments (ent's marshalled JSON) in binary
// format; jsonb's binary format is not JSON text (it starts with a version
// byte), so jsonb refuses them ("unsupported jsonb version number 91"),
// while json's binary format is its text. Nothing queries inside these
// values in SQL, which is what jsonb would be for.
var jsonText = map[string]string{dialect.Postgres: "json"}
