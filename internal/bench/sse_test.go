package bench

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestReadSSE(t *testing.T) {
	cases := []struct {
		name, stream string
		want         []SSEEvent
	}{
		{
			// What gqlgen's SSE transport writes: a comment once the
			// operation is read, results, keep-alive pings, the end.
			name: "gqlgen",
			stream: ":\n\n" +
				"event: next\ndata: {\"data\":{\"articleEvents\":{\"cursor\":\"ev:1\"}}}\n\n" +
				": ping\n\n" +
				"event: next\ndata: {\"data\":{\"articleEvents\":{\"cursor\":\"ev:2\"}}}\n\n" +
				"event: complete\n\n",
			want: []SSEEvent{
				{Type: "next", Data: `{"data":{"articleEvents":{"cursor":"ev:1"}}}`},
				{Type: "next", Data: `{"data":{"articleEvents":{"cursor":"ev:2"}}}`},
				{Type: "complete"},
			},
		},
		{
			name:   "data lines joined, no space after the colon, CRLF, default type",
			stream: "data:a\r\ndata: b\r\n\r\ndata\n\n",
			want:   []SSEEvent{{Type: "message", Data: "a\nb"}, {Type: "message", Data: ""}},
		},
		{
			name:   "the last id carries over; retry and unknown fields are skipped",
			stream: "id: 7\nretry: 10\nfoo: bar\ndata: x\n\ndata: y\n\n",
			want:   []SSEEvent{{Type: "message", Data: "x", ID: "7"}, {Type: "message", Data: "y", ID: "7"}},
		},
		{
			name:   "an event the stream ends in is dropped",
			stream: "event: next\ndata: {}\n\nevent: next\ndata: {\"half\"",
			want:   []SSEEvent{{Type: "next", Data: "{}"}},
		},
		{
			name:   "comments and blank lines alone are nothing",
			stream: ":\n\n\n: hi\n\n",
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []SSEEvent
			err := ReadSSE(strings.NewReader(c.stream), func(e SSEEvent) error {
				got = append(got, e)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
		})
	}
}

// An error from the callback stops the reading and is returned.
func TestReadSSEStopsAtTheCallbacksError(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := ReadSSE(strings.NewReader("data: 1\n\ndata: 2\n\n"), func(SSEEvent) error {
		n++
		return stop
	})
	if err != stop || n != 1 {
		t.Errorf("err %v after %d events, want stop after 1", err, n)
	}
}

// A result longer than bufio's default token (64 KB) is read whole.
func TestReadSSELongLine(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	var got string
	if err := ReadSSE(strings.NewReader("data: "+long+"\n\n"), func(e SSEEvent) error { got = e.Data; return nil }); err != nil {
		t.Fatal(err)
	}
	if got != long {
		t.Errorf("read %d bytes, want %d", len(got), len(long))
	}
}
