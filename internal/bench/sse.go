package bench

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// SSEEvent is one event of a text/event-stream: gqlgen's graphql-sse
// transport sends each result as `event: next` with the JSON in data, and
// `event: complete` at the end.
type SSEEvent struct {
	Type string // the event field; "message" when the event has none
	Data string // its data lines, joined with "\n"
	ID   string
}

// maxSSELine bounds one line of an event stream (a result's JSON).
const maxSSELine = 16 << 20

// ReadSSE reads the events of r as the HTML standard's event stream
// interpretation does, calling fn with each one until r ends (nil) or fn or
// the reading fails (that error). Comments (lines beginning with a colon),
// retry and unknown fields are skipped; an event the stream ends in the
// middle of is dropped, as the standard says. Unlike a browser's
// EventSource, it also hands out an event with a type and no data, since
// gqlgen ends a stream with "event: complete" alone. Lines end with "\n"
// or "\r\n" (a lone "\r" is not taken as an end of line).
func ReadSSE(r io.Reader, fn func(SSEEvent) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxSSELine)
	var (
		ev      SSEEvent
		data    strings.Builder
		hasData bool
	)
	for sc.Scan() {
		line := sc.Bytes() // without its "\n" or "\r\n"
		if len(line) == 0 {
			if hasData || ev.Type != "" {
				ev.Data = data.String()
				if ev.Type == "" {
					ev.Type = "message"
				}
				if err := fn(ev); err != nil {
					return err
				}
			}
			ev, hasData = SSEEvent{ID: ev.ID}, false // the last event ID carries over
			data.Reset()
			continue
		}
		if line[0] == ':' {
			continue
		}
		name, value, _ := bytes.Cut(line, []byte(":"))
		value = bytes.TrimPrefix(value, []byte(" "))
		switch string(name) {
		case "event":
			ev.Type = string(value)
		case "data":
			if hasData {
				data.WriteByte('\n')
			}
			data.Write(value)
			hasData = true
		case "id":
			if !bytes.Contains(value, []byte{0}) {
				ev.ID = string(value)
			}
		}
	}
	return sc.Err()
}
