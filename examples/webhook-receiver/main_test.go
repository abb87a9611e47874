package main

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

// post sends body as a delivery with id, signed with key.
func post(t *testing.T, h http.Handler, key, id, body string) int {
	t.Helper()
	wh, err := standardwebhooks.NewWebhook(key)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	sig, err := wh.Sign(id, now, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
	req.Header.Set("webhook-id", id)
	req.Header.Set("webhook-timestamp", strconv.FormatInt(now.Unix(), 10))
	req.Header.Set("webhook-signature", sig)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code
}

// The receiver handles a signed delivery once, however often it comes, and
// refuses one signed with another secret.
func TestReceiver(t *testing.T) {
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		t.Fatal(err)
	}
	var handled []string
	h := Handler(wh, NewSeen(2), func(id string, e Envelope) error {
		handled = append(handled, id+" "+e.Type+" "+e.Data.Cursor)
		return nil
	})
	body := `{"type":"article.published","timestamp":"2024-07-03T01:30:00Z","data":{"cursor":"ev:7","articleId":"42","slug":"hoi-nghi","title":"Hội nghị","publishedAt":"2024-07-03T01:30:00Z","categoryId":null}}`
	for range 2 {
		if code := post(t, h, secret, "msg_1", body); code != http.StatusNoContent {
			t.Fatalf("a signed delivery: %d", code)
		}
	}
	if len(handled) != 1 || handled[0] != "msg_1 article.published ev:7" {
		t.Errorf("handled %v, want msg_1 once", handled)
	}
	if code := post(t, h, "whsec_b3RoZXItc2VjcmV0LW90aGVyLXNlY3JldA==", "msg_2", body); code != http.StatusBadRequest {
		t.Errorf("a delivery signed with another secret: %d", code)
	}
}
