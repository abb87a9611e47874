package server

import (
	"container/list"
	"context"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// AdmissionPerCore is how many GraphQL operations over HTTP execute at
// once per core the server may use (GOMAXPROCS) when Options.MaxConcurrent
// is 0. docs/performance.md ("The tail, and what it is made of") has the
// measurement that chose it.
const AdmissionPerCore = 4

// AutoConcurrency is the automatic limit of operations executing at once:
// AdmissionPerCore per core the server may use.
func AutoConcurrency() int { return AdmissionPerCore * runtime.GOMAXPROCS(0) }

// admission lets at most limit GraphQL operations over HTTP execute at
// once; the others wait in the order they came. On a machine of few cores
// sixteen requests at once do not finish sooner than four: they take turns
// on the cores, each of them (and its database backend) descheduled
// several times, so every answer waits for the others' work and the
// slowest wait for it many times over (the tail). Admitted a few at a
// time, each runs to the end in one go and the rest wait once, in line.
//
// The line is first come, first served: a freed slot is handed to the
// front waiter, and a newcomer never passes one, where a buffered channel
// wakes a random blocked sender and database/sql hands a freed connection
// to a random waiter (connRequestSet.TakeRandom), which is what made a
// smaller pool's tail long. A waiter whose context ends (the client went
// away, the request timeout) leaves the line. golang.org/x/sync's
// semaphore.Weighted is as fair, but the length of its line cannot be
// read; here it is the waiting figure of /metrics, exact at every moment.
type admission struct {
	limit     int
	mu        sync.Mutex
	free      int       // slots no one holds; 0 while anyone waits
	line      list.List // of chan struct{}, closed when its waiter is given a slot
	waiting   atomic.Int64
	executing atomic.Int64
	waits     prometheus.Histogram
	abandoned prometheus.Counter
}

func newAdmission(limit int) *admission {
	if limit == 0 {
		limit = AutoConcurrency()
	}
	if limit < 0 {
		return nil
	}
	return &admission{
		limit: limit,
		free:  limit,
		waits: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "newsgraph_admission_wait_seconds",
			Help:    "Time a GraphQL operation over HTTP waited in line before it executed (zero when a slot was free).",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 15},
		}),
		abandoned: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "newsgraph_admission_abandoned_total",
			Help: "GraphQL operations over HTTP that left the line before executing: the client went away or the request timeout passed.",
		}),
	}
}

// enter waits for a slot, in line, and returns the function that gives it
// back; or, when ctx ends first, an error the presenter answers as
// CLIENT_CLOSED_REQUEST or TIMEOUT. A nil a admits everything at once.
func (a *admission) enter(ctx context.Context) (leave func(), err error) {
	if a == nil {
		return func() {}, nil
	}
	start := time.Now()
	if err := a.acquire(ctx); err != nil {
		a.abandoned.Inc()
		if errors.Is(err, context.Canceled) {
			return nil, apperr.Errorf(apperr.ClientClosed, "the client closed the request")
		}
		return nil, apperr.Errorf(apperr.Timeout, "the request took longer than the server allows")
	}
	a.waits.Observe(time.Since(start).Seconds())
	a.executing.Add(1)
	return func() {
		a.executing.Add(-1)
		a.release()
	}, nil
}

// acquire takes a free slot, or waits at the back of the line for one.
func (a *admission) acquire(ctx context.Context) error {
	a.mu.Lock()
	if a.free > 0 {
		a.free--
		a.mu.Unlock()
		return nil
	}
	ready := make(chan struct{})
	at := a.line.PushBack(ready)
	a.waiting.Add(1)
	a.mu.Unlock()
	select {
	case <-ready:
		return nil
	case <-ctx.Done():
		a.mu.Lock()
		defer a.mu.Unlock()
		select {
		case <-ready:
			// Given a slot as the context ended: pass it on.
			a.releaseLocked()
		default:
			a.line.Remove(at)
			a.waiting.Add(-1)
		}
		return ctx.Err()
	}
}

// release gives a slot back: to the front waiter if there is one.
func (a *admission) release() {
	a.mu.Lock()
	a.releaseLocked()
	a.mu.Unlock()
}

func (a *admission) releaseLocked() {
	front := a.line.Front()
	if front == nil {
		a.free++
		return
	}
	a.line.Remove(front)
	a.waiting.Add(-1)
	close(front.Value.(chan struct{}))
}

// collectors are the line's figures for /metrics.
func (a *admission) collectors() []prometheus.Collector {
	if a == nil {
		return nil
	}
	return []prometheus.Collector{
		a.waits, a.abandoned,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newsgraph_admission_limit",
			Help: "GraphQL operations over HTTP this node executes at once (--max-concurrent-operations); the others wait in line.",
		}, func() float64 { return float64(a.limit) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newsgraph_admission_waiting",
			Help: "GraphQL operations over HTTP waiting in line now.",
		}, func() float64 { return float64(a.waiting.Load()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "newsgraph_admission_executing",
			Help: "GraphQL operations over HTTP executing now.",
		}, func() float64 { return float64(a.executing.Load()) }),
	}
}
