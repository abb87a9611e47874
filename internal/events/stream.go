package events

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// Tuning of a Stream.
const (
	// readBatch is the most events one read of the outbox returns.
	readBatch = 500
	// fallbackPoll is how often a stream reads the outbox with no wake-up:
	// a backstop only, since a lost notification comes with a reconnection,
	// after which the stream reads anyway.
	fallbackPoll = 10 * time.Second
	// subscriberBuffer is how many events a subscriber may fall behind
	// the stream before it goes back to reading the outbox to catch up.
	subscriberBuffer = 256
)

// A Filter selects the events a subscriber receives: every set field must
// match (within one list, any value does); the zero Filter matches all.
type Filter struct {
	Kinds           []event.Kind
	ArticleID       int // one article's events (a live blog); 0: any
	CategoryIDs     []int
	TagIDs          []int
	AuthorIDs       []int
	PersonIDs       []int // mentioned
	OrganizationIDs []int // mentioned
}

// Match reports whether e passes f.
func (f Filter) Match(e *ent.Event) bool {
	return (len(f.Kinds) == 0 || slices.Contains(f.Kinds, e.Kind)) &&
		(f.ArticleID == 0 || e.ArticleID == f.ArticleID) &&
		(len(f.CategoryIDs) == 0 || e.CategoryID != nil && slices.Contains(f.CategoryIDs, *e.CategoryID)) &&
		anyOf(f.TagIDs, e.TagIds) && anyOf(f.AuthorIDs, e.AuthorIds) &&
		anyOf(f.PersonIDs, e.PersonIds) && anyOf(f.OrganizationIDs, e.OrganizationIds)
}

func anyOf(want, have []int) bool {
	if len(want) == 0 {
		return true
	}
	for _, h := range have {
		if slices.Contains(want, h) {
			return true
		}
	}
	return false
}

// Stream hands the events of the outbox to this node's subscribers: one
// reader per node reads each new event once, whatever the number of
// subscribers, and gives it to those it matches. It learns of new events
// from this process's writes and, given a PostgreSQL connection string, from
// the other nodes' notifications; on every (re)connection of its listener it
// reads from the last event it saw, since notifications can be lost.
type Stream struct {
	client *ent.Client
	dsn    string // PostgreSQL's, to listen on; empty on SQLite

	ready chan struct{} // closed once last is known
	mu    sync.Mutex
	last  int // the highest event handed out
	subs  map[*subscriber]struct{}

	watchers  []func()    // Watch's
	listening atomic.Bool // the PostgreSQL listener is connected and listening

	reads, delivered, loads, seen atomic.Uint64
}

// NewStream returns the stream of the outbox behind client. postgresDSN,
// when not empty, is the PostgreSQL connection string its listener uses.
func NewStream(client *ent.Client, postgresDSN string) *Stream {
	return &Stream{client: client, dsn: postgresDSN, ready: make(chan struct{}), subs: map[*subscriber]struct{}{}}
}

// Run reads the outbox until ctx ends, handing each event to the
// subscribers it matches.
func (s *Stream) Run(ctx context.Context) error {
	sys := auth.System(ctx)
	head, err := s.head(sys)
	for err != nil {
		slog.WarnContext(ctx, "event stream: cannot read the outbox; trying again", "err", err)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(time.Second):
		}
		head, err = s.head(sys)
	}
	s.mu.Lock()
	s.last = head
	s.mu.Unlock()
	close(s.ready)

	notified := make(chan struct{}, 1)
	if s.dsn != "" {
		stop := s.listen(ctx, notified)
		defer stop()
	}
	defer watching.Delete(s)
	poll := time.NewTicker(fallbackPoll)
	defer poll.Stop()
	for {
		// On PostgreSQL this process's commits come as notifications like
		// every other node's: listening to both would read each event
		// twice.
		var woken <-chan struct{}
		if s.dsn == "" {
			woken = committed.wait()
		}
		if err := s.readNew(sys); err != nil && ctx.Err() == nil {
			slog.WarnContext(ctx, "event stream: read the outbox", "err", err)
		}
		select {
		case <-ctx.Done():
			s.closeAll()
			return nil
		case <-woken:
		case <-notified:
		case <-poll.C:
		}
	}
}

// head is the sequence number of the newest event, 0 for none.
func (s *Stream) head(ctx context.Context) (int, error) {
	e, err := s.client.Event.Query().Order(ent.Desc(event.FieldID)).Select(event.FieldID).First(ctx)
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read the newest event: %w", err)
	}
	return e.ID, nil
}

// listen wakes notified on every notification on Channel and every
// (re)connection of the listener. It returns the function that stops it.
func (s *Stream) listen(ctx context.Context, notified chan<- struct{}) (stop func()) {
	wake := func() {
		select {
		case notified <- struct{}{}:
		default:
		}
	}
	l := pq.NewListener(s.dsn, 100*time.Millisecond, 5*time.Second, func(ev pq.ListenerEventType, err error) {
		switch ev {
		case pq.ListenerEventConnected:
			wake() // what was sent while we were away is in the outbox
		case pq.ListenerEventReconnected:
			wake()
			// Change notices sent while we were away are lost: everything
			// may have changed.
			s.listening.Store(true)
			s.changed()
		case pq.ListenerEventDisconnected, pq.ListenerEventConnectionAttemptFailed:
			s.listening.Store(false)
			s.changed()
			slog.WarnContext(ctx, "event stream: the notification listener lost PostgreSQL", "err", err)
		}
	})
	listened := true
	for _, ch := range []string{Channel, ChangesChannel} {
		if err := l.Listen(ch); err != nil {
			// pq keeps trying and listens once it connects.
			slog.WarnContext(ctx, "event stream: listen for notifications", "channel", ch, "err", err)
			listened = false
		}
	}
	if listened {
		s.listening.Store(true)
		s.changed()
	}
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case n := <-l.Notify: // a notification, or nil after a reconnection
				if n == nil || n.Channel == Channel {
					wake()
				}
				if n == nil || n.Channel == ChangesChannel {
					s.changed()
				}
			}
		}
	}()
	return func() {
		close(done)
		l.Close()
	}
}

// readNew reads the events after the last one handed out and hands them out.
func (s *Stream) readNew(ctx context.Context) error {
	for {
		s.mu.Lock()
		after := s.last
		s.mu.Unlock()
		batch, err := s.read(ctx, after, 0, readBatch)
		if err != nil {
			return err
		}
		s.reads.Add(1)
		s.mu.Lock()
		for _, e := range batch {
			if e.ID <= s.last {
				continue
			}
			s.last = e.ID
			s.seen.Add(1)
			d := &Event{Event: e, client: s.client, loads: &s.loads}
			for sub := range s.subs {
				sub.offer(d)
			}
		}
		s.mu.Unlock()
		if len(batch) > 0 {
			s.changed()
		}
		if len(batch) < readBatch {
			return nil
		}
	}
}

// read returns at most limit events after sequence number after, up to
// through (0: no bound), in order.
func (s *Stream) read(ctx context.Context, after, through, limit int) ([]*ent.Event, error) {
	q := s.client.Event.Query().Where(event.IDGT(after))
	if through > 0 {
		q.Where(event.IDLTE(through))
	}
	batch, err := q.Order(ent.Asc(event.FieldID)).Limit(limit).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read the events after %d: %w", after, err)
	}
	return batch, nil
}

// Head is the sequence number of the last event the stream has read.
func (s *Stream) Head() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

// Subscribers is the number of subscriptions open on this node.
func (s *Stream) Subscribers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.subs)
}

// Reads is how many times the stream has read the outbox for new events;
// Events how many events it has read there (those written by every node
// since it started);
// Delivered how many events it has handed to subscribers; ArticleLoads how
// many times an event's article was read for subscribers (Event.Article).
// Reads and ArticleLoads, against events written, are the database work
// of the live stream: they do not grow with the number of subscribers.
func (s *Stream) Reads() uint64        { return s.reads.Load() }
func (s *Stream) Events() uint64       { return s.seen.Load() }
func (s *Stream) Delivered() uint64    { return s.delivered.Load() }
func (s *Stream) ArticleLoads() uint64 { return s.loads.Load() }

// Subscribe returns the events that f matches, in order: when after is not
// nil, first every one after that sequence number (a client's cursor),
// then, with no gap and no repeat, each new one as it commits. A
// subscriber that cannot take events as fast as they come (a burst, a slow
// client) is not dropped: it goes back to reading the outbox from the last
// event it took until it has caught up with the stream, then goes live
// again. The channel is closed when ctx ends or the stream stops, or after
// an error reading the outbox (the Subscription's Err then says which).
func (s *Stream) Subscribe(ctx context.Context, after *int, f Filter) (*Subscription, error) {
	select {
	case <-s.ready:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	sub := &subscriber{filter: f, in: make(chan *Event, subscriberBuffer), lagged: make(chan struct{}, 1), closed: make(chan struct{})}
	s.mu.Lock()
	// Where the subscriber's events start: the client's cursor, or now.
	pos := s.last
	if after != nil {
		pos = *after
	}
	s.subs[sub] = struct{}{}
	s.mu.Unlock()

	out := make(chan *Event)
	go func() {
		defer close(out)
		defer s.remove(sub)
		send := func(e *Event) bool {
			select {
			case out <- e:
				s.delivered.Add(1)
				return true
			case <-ctx.Done():
				return false
			}
		}
		for {
			if err := s.catchUp(ctx, sub, &pos, send); err != nil {
				if ctx.Err() == nil {
					slog.WarnContext(ctx, "event stream: a subscription ended", "err", err)
					sub.close(err)
				}
				return
			}
			// Live until ctx ends or the subscriber lags.
			for live := true; live; {
				select {
				case e := <-sub.in:
					if !send(e) {
						return
					}
					pos = e.ID
				case <-sub.lagged:
					// No more comes into in once lagged: take what is
					// there, then read the rest from the outbox.
					for drained := false; !drained; {
						select {
						case e := <-sub.in:
							if !send(e) {
								return
							}
							pos = e.ID
						default:
							drained = true
						}
					}
					live = false
				case <-ctx.Done():
					return
				case <-sub.closed:
					return
				}
			}
		}
	}()
	return &Subscription{Events: out, sub: sub}, nil
}

// catchUp sends sub the events after *pos from the outbox until it has
// every event the stream has handed out, then makes it live, so that the
// stream offers it the next: no gap and no repeat at the seam, since the
// stream moves on only under its mutex, which catchUp holds when it
// compares. *pos ends at the last event read.
func (s *Stream) catchUp(ctx context.Context, sub *subscriber, pos *int, send func(*Event) bool) error {
	sys := auth.System(ctx)
	for {
		s.mu.Lock()
		head := s.last
		if *pos >= head {
			sub.live, sub.after = true, *pos
			s.mu.Unlock()
			return nil
		}
		s.mu.Unlock()
		for *pos < head {
			batch, err := s.read(sys, *pos, head, readBatch)
			if err != nil {
				return err
			}
			for _, e := range batch {
				if sub.filter.Match(e) && !send(&Event{Event: e, client: s.client, loads: &s.loads}) {
					return ctx.Err()
				}
				*pos = e.ID
			}
			if len(batch) < readBatch {
				*pos = head // the rest of the way holds no event
			}
		}
	}
}

func (s *Stream) remove(sub *subscriber) {
	s.mu.Lock()
	delete(s.subs, sub)
	s.mu.Unlock()
	sub.close(nil)
}

func (s *Stream) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for sub := range s.subs {
		sub.close(nil)
	}
}

// subscriber is one subscription's state. The stream's mutex guards live
// and after.
type subscriber struct {
	filter Filter
	in     chan *Event   // live events, in order
	lagged chan struct{} // signalled when in overflowed and live went false
	live   bool          // whether the stream offers it events
	after  int           // the last event offered to it while live

	once   sync.Once
	err    error
	closed chan struct{}
}

// offer gives sub e, under the stream's mutex, without waiting. When its
// buffer is full, sub stops being live and catches up from the outbox.
func (sub *subscriber) offer(e *Event) {
	if !sub.live || e.ID <= sub.after {
		return
	}
	sub.after = e.ID
	if !sub.filter.Match(e.Event) {
		return
	}
	select {
	case sub.in <- e:
	default:
		sub.live = false
		sub.lagged <- struct{}{} // buffered, and sent once per lag
	}
}

// close ends sub once, recording why (nil: its context ended).
func (sub *subscriber) close(err error) {
	sub.once.Do(func() {
		sub.err = err
		close(sub.closed)
	})
}

// Subscription is what Subscribe returns: the events, closed when it ends,
// and then why.
type Subscription struct {
	Events <-chan *Event
	sub    *subscriber
}

// Err is why the subscription ended, once Events is closed: an error
// reading the outbox, or nil (its context ended, or the stream stopped).
func (s *Subscription) Err() error {
	<-s.sub.closed
	return s.sub.err
}
