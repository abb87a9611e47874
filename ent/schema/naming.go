package schema

import (
	"strings"
	"unicode"

	"github.com/go-openapi/inflect"
)

// The names entgql gives the fields of its mutation inputs come from ent's
// naming functions (entgo.io/ent/entc/gen's camel, pascal and singular,
// which entgql/schema.go uses). They are copied here because entc/gen is
// the code generator, which the server does not link
// (ent/schema/entgql); TestNamingAsEntc checks the copies against the
// originals on every field and edge of the model.

// inflection is entc/gen's: go-openapi/inflect's default rules.
var inflection = inflect.NewDefaultRuleset()

// initialisms are the words entc/gen writes in capitals (UserID, not UserId).
var initialisms = map[string]bool{}

func init() {
	for _, w := range []string{
		"ACL", "API", "ASCII", "AWS", "CPU", "CSS", "DNS", "EOF", "GB", "GUID",
		"HCL", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "KB", "LHS", "MAC",
		"MB", "QPS", "RAM", "RHS", "RPC", "SLA", "SMTP", "SQL", "SSH", "SSO",
		"TCP", "TLS", "TTL", "UDP", "UI", "UID", "URI", "URL", "UTF8", "UUID",
		"VM", "XML", "XMPP", "XSRF", "XSS",
	} {
		initialisms[w] = true
	}
}

// singular is the singular of a plural edge name: authors → author,
// people → person.
func singular(s string) string { return inflection.Singularize(s) }

// pascal writes a snake_case name in PascalCase: mentioned_people →
// MentionedPeople, user_id → UserID.
func pascal(s string) string {
	return pascalWords(strings.FieldsFunc(s, isSeparator))
}

// camel writes a snake_case name in camelCase: mentioned_people →
// mentionedPeople, clear_user_id → clearUserID.
func camel(s string) string {
	words := strings.FieldsFunc(s, isSeparator)
	if len(words) == 1 {
		return strings.ToLower(words[0])
	}
	return strings.ToLower(words[0]) + pascalWords(words[1:])
}

func pascalWords(words []string) string {
	for i, w := range words {
		if upper := strings.ToUpper(w); initialisms[upper] {
			words[i] = upper
		} else {
			words[i] = inflection.Capitalize(w)
		}
	}
	return strings.Join(words, "")
}

func isSeparator(r rune) bool {
	return r == '_' || r == '-' || unicode.IsSpace(r)
}
