package auth

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
)

// DefaultRevocationCheck is how often Revocations looks for revoked tokens
// by default: the longest a connection outlives its token.
const DefaultRevocationCheck = 2 * time.Second

// revocationBatch is the most token IDs one statement asks about.
const revocationBatch = 1000

// Revocations ends the long-lived connections of this node (WebSockets,
// event streams), authenticated once when they opened, whose token is
// revoked or deleted while they last. It is one goroutine for the whole
// node, running while it watches any connection, and one query per check
// for all the tokens in use, however many connections bear them.
type Revocations struct {
	client *ent.Client
	every  time.Duration

	mu      sync.Mutex
	watched map[int]map[*watch]struct{} // by token ID
	running bool
}

type watch struct{ end func() }

// NewRevocations returns the watcher of the tokens stored through client,
// checking every interval (DefaultRevocationCheck when not positive).
func NewRevocations(client *ent.Client, every time.Duration) *Revocations {
	if every <= 0 {
		every = DefaultRevocationCheck
	}
	return &Revocations{client: client, every: every, watched: map[int]map[*watch]struct{}{}}
}

// Watch calls end once, from the watcher's goroutine, when the check finds
// token tokenID revoked or gone, unless stop was called first. end must
// not block: it cancels the connection's context, closes its socket.
func (r *Revocations) Watch(tokenID int, end func()) (stop func()) {
	w := &watch{end: end}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.watched[tokenID] == nil {
		r.watched[tokenID] = map[*watch]struct{}{}
	}
	r.watched[tokenID][w] = struct{}{}
	if !r.running {
		r.running = true
		go r.run()
	}
	return func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		delete(r.watched[tokenID], w)
		if len(r.watched[tokenID]) == 0 {
			delete(r.watched, tokenID)
		}
	}
}

// run checks every interval until nothing is watched.
func (r *Revocations) run() {
	tick := time.NewTicker(r.every)
	defer tick.Stop()
	for range tick.C {
		if r.idle() {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), r.every)
		if err := r.Check(ctx); err != nil {
			// The connections stay: a database out of reach revokes nothing.
			slog.Warn("check the API tokens in use for revocations", "err", err)
		}
		cancel()
	}
}

// idle tells whether nothing is watched, in which case the watcher's
// goroutine stops until the next Watch.
func (r *Revocations) idle() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.watched) == 0 {
		r.running = false
		return true
	}
	return false
}

// Check looks once for the tokens watched that are revoked or gone, with
// one statement for up to a thousand tokens, and ends their connections.
// The watcher's goroutine calls it every interval.
func (r *Revocations) Check(ctx context.Context) error {
	r.mu.Lock()
	ids := make([]int, 0, len(r.watched))
	for id := range r.watched {
		ids = append(ids, id)
	}
	r.mu.Unlock()
	if len(ids) == 0 {
		return nil
	}
	valid, err := r.valid(ctx, ids)
	if err != nil {
		return err
	}
	r.endAllBut(ids, valid)
	return nil
}

// valid is which of ids name a token that exists and is not revoked.
func (r *Revocations) valid(ctx context.Context, ids []int) (map[int]bool, error) {
	ctx = System(ctx)
	valid := make(map[int]bool, len(ids))
	for start := 0; start < len(ids); start += revocationBatch {
		batch := ids[start:min(start+revocationBatch, len(ids))]
		found, err := r.client.ApiToken.Query().
			Where(apitoken.IDIn(batch...), apitoken.RevokedAtIsNil()).
			IDs(ctx)
		if err != nil {
			return nil, fmt.Errorf("read tokens: %w", err)
		}
		for _, id := range found {
			valid[id] = true
		}
	}
	return valid, nil
}

// endAllBut ends the watches of the tokens of ids that are not valid.
func (r *Revocations) endAllBut(ids []int, valid map[int]bool) {
	var ends []func()
	r.mu.Lock()
	for _, id := range ids {
		if valid[id] {
			continue
		}
		for w := range r.watched[id] {
			ends = append(ends, w.end)
		}
		delete(r.watched, id)
	}
	r.mu.Unlock()
	for _, end := range ends {
		end()
	}
}
