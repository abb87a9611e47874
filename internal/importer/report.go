package importer

// Entity kinds in a Report.
const (
	KindPerson       = "person"
	KindAuthor       = "author"
	KindOrganization = "organization"
	KindPosition     = "position"
	KindAward        = "award"
	KindDocument     = "document"
	KindDate         = "date"
	KindRecipient    = "recipient" // who received an award: a person, an organization or a count
)

// Actions in a Report: what the import did with an entity.
const (
	Created = "created" // nothing matched: a new entity (in a dry run: would be)
	Linked  = "linked"  // an existing entity matched and was linked
	// Rejected: a reviewer rejected it (review.go): nothing was created or
	// linked for it.
	Rejected = "rejected"
)

// Report is what an import found and did.
type Report struct {
	// Article is the draft the import made or found; ID is 0 in a dry run
	// of a new text.
	Article ArticleRef `json:"article"`
	// Existing is true when the same text was imported before: the import
	// created nothing and returns that draft.
	Existing bool     `json:"existing"`
	DryRun   bool     `json:"dryRun"`
	Entities []Entity `json:"entities"`
	// ImportID is the StoryImport that records the import (review.go); 0
	// in a dry run. Pending is true when it waits for review: nothing of
	// the content graph was written, and Article.ID is 0.
	ImportID int  `json:"importId,omitempty"`
	Pending  bool `json:"pending,omitempty"`
}

// ArticleRef names the article of a Report.
type ArticleRef struct {
	ID        int     `json:"id,omitempty"`
	Title     string  `json:"title"`
	Slug      string  `json:"slug,omitempty"`
	Status    string  `json:"status"`
	EventDate *string `json:"eventDate,omitempty"` // YYYY-MM-DD
	Authors   int     `json:"authors"`
}

// Entity is one thing the import found in the text.
type Entity struct {
	Kind   string `json:"kind"`
	Name   string `json:"name"`
	Action string `json:"action"`
	Span   Span   `json:"span"`
	ID     int    `json:"id,omitempty"` // the stored entity; 0 for dates and in dry runs for created ones
	// How names the rule that found it (provenance.go); Confidence is how
	// sure that rule is, from 0 to 1.
	How        string  `json:"how"`
	Confidence float64 `json:"confidence"`
	// The reviewer's decision on an import left for review (review.go):
	// "" (none yet: applied as found), accept, reject, rename (to Rename)
	// or merge (into the existing entity Into).
	Decision string `json:"decision,omitempty"`
	Rename   string `json:"rename,omitempty"`
	Into     int    `json:"into,omitempty"`
	// Award is, for a recipient, the award it received, named as that
	// award's entity is ("Bằng khen của UBND tỉnh Vĩnh Long (2024)").
	Award string `json:"award,omitempty"`
}

// Count returns how many entities of kind the report holds with action
// (any action when action is "").
func (r *Report) Count(kind, action string) int {
	n := 0
	for _, e := range r.Entities {
		if e.Kind == kind && (action == "" || e.Action == action) {
			n++
		}
	}
	return n
}
