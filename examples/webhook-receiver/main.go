// Command webhook-receiver is a minimal receiver of newsgraph's webhooks
// (docs/live.md#webhooks): it verifies each delivery's signature with the
// Standard Webhooks library, answers a delivery it already has (the same
// webhook-id) without handling it again, and prints the event.
//
//	NEWSGRAPH_WEBHOOK_SECRET=whsec_… go run ./examples/webhook-receiver -addr 127.0.0.1:9000
//
// Register it with createWebhookEndpoint(url: "http://127.0.0.1:9000/"),
// which needs --webhook-allow-private on the server for an address on this
// machine, and start it with the secret that mutation returns.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

// maxBody is the largest delivery the receiver reads; newsgraph's are a
// few hundred bytes.
const maxBody = 1 << 20

// Envelope is a delivery's body: Standard Webhooks' recommended form.
type Envelope struct {
	Type      string    `json:"type"` // article.published, article.updated, …, feedback.approved
	Timestamp time.Time `json:"timestamp"`
	Data      struct {
		Cursor      string     `json:"cursor"` // orders one endpoint's events
		ArticleID   string     `json:"articleId"`
		Slug        string     `json:"slug"`
		Title       string     `json:"title"`
		PublishedAt *time.Time `json:"publishedAt"`
		CategoryID  *string    `json:"categoryId"`
		FeedbackID  *string    `json:"feedbackId"`
	} `json:"data"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:9000", "HOST:PORT to listen on")
	flag.Parse()
	wh, err := standardwebhooks.NewWebhook(os.Getenv("NEWSGRAPH_WEBHOOK_SECRET"))
	if err != nil {
		log.Fatalf("NEWSGRAPH_WEBHOOK_SECRET must be the endpoint's secret (whsec_…): %v", err)
	}
	h := Handler(wh, NewSeen(10000), func(id string, e Envelope) error {
		fmt.Printf("%s %s %s article %s %q\n", e.Data.Cursor, id, e.Type, e.Data.ArticleID, e.Data.Title)
		return nil
	})
	log.Printf("receiving newsgraph webhooks on http://%s/", *addr)
	log.Fatal(http.ListenAndServe(*addr, h))
}

// Handler verifies each delivery with wh and gives it to handle once per
// webhook-id: a delivery seen already (a retry whose first answer was lost,
// a redelivery) is acknowledged and not handled again. A delivery that does
// not verify is refused with 400; one that handle fails is answered 500,
// and newsgraph retries it later.
func Handler(wh *standardwebhooks.Webhook, seen *Seen, handle func(id string, e Envelope) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "POST only", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
		if err != nil {
			http.Error(w, "cannot read the body", http.StatusBadRequest)
			return
		}
		// Verify checks the signature over id, timestamp and body, and that
		// the timestamp is within five minutes of this machine's clock.
		if err := wh.Verify(body, r.Header); err != nil {
			http.Error(w, "signature: "+err.Error(), http.StatusBadRequest)
			return
		}
		id := r.Header.Get(standardwebhooks.HeaderWebhookID)
		if seen.Has(id) {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		var e Envelope
		if err := json.Unmarshal(body, &e); err != nil {
			http.Error(w, "not an envelope: "+err.Error(), http.StatusBadRequest)
			return
		}
		if err := handle(id, e); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		seen.Add(id)
		w.WriteHeader(http.StatusNoContent)
	})
}

// Seen remembers the last webhook-ids handled, up to a number. A real
// receiver keeps them where it keeps what it does with the events, in the
// same transaction.
type Seen struct {
	mu    sync.Mutex
	ids   map[string]bool
	order []string
	max   int
}

// NewSeen remembers up to max ids.
func NewSeen(max int) *Seen { return &Seen{ids: map[string]bool{}, max: max} }

// Has reports whether id was handled.
func (s *Seen) Has(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}

// Add records that id was handled, forgetting the oldest beyond max.
func (s *Seen) Add(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids[id] {
		return
	}
	s.ids[id] = true
	s.order = append(s.order, id)
	if len(s.order) > s.max {
		delete(s.ids, s.order[0])
		s.order = s.order[1:]
	}
}
