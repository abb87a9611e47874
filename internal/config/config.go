// Package config owns newsgraph's one configuration struct: every setting,
// its default, its flag and its NEWSGRAPH_* (or DATABASE_URL) environment
// variable. Flags win over the environment, the environment over defaults.
package config

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/media"
)

// Config is everything `newsgraph serve` can be told.
type Config struct {
	Addr        string   // where the HTTP server listens
	DatabaseURL string   // sqlite:PATH or postgres://...
	Demo        bool     // load the demo content into an empty database
	CORSOrigins []string // browser origins allowed to call the API

	MediaDir       string // where uploaded images are stored
	MediaMaxBytes  int64  // the largest upload
	ClientIPHeader string // the header a trusted proxy puts the client address in; empty: none
}

// Bind registers c's settings on fs, with defaults taken from the
// environment, and returns a function that checks the parsed values.
func (c *Config) Bind(fs *flag.FlagSet) func() error {
	var origins string
	settings := []struct {
		name, env, def, usage string
		target                any
	}{
		{"addr", "NEWSGRAPH_ADDR", ":8080", "HOST:PORT to listen on", &c.Addr},
		{"database-url", "DATABASE_URL", database.DefaultURL, "sqlite:PATH or postgres://USER@HOST/DB", &c.DatabaseURL},
		{"demo", "NEWSGRAPH_DEMO", "true", "load the demo content into an empty database", &c.Demo},
		{"cors-origins", "NEWSGRAPH_CORS_ORIGINS", "http://localhost:*,http://127.0.0.1:*", "comma-separated browser origins allowed to call /query", &origins},
		{"media-dir", "NEWSGRAPH_MEDIA_DIR", "./media", "directory uploaded images are stored in and served from at /media/", &c.MediaDir},
		{"media-max-bytes", "NEWSGRAPH_MEDIA_MAX_BYTES", strconv.Itoa(media.DefaultMaxBytes), "largest image upload, in bytes", &c.MediaMaxBytes},
		{"client-ip-header", "NEWSGRAPH_CLIENT_IP_HEADER", "", "header a trusted reverse proxy sets to the client address (e.g. X-Real-IP); empty: use the connection's address", &c.ClientIPHeader},
	}
	var errs []error
	for _, s := range settings {
		def := s.def
		if v, ok := os.LookupEnv(s.env); ok {
			def = v
		}
		usage := fmt.Sprintf("%s (env %s)", s.usage, s.env)
		switch t := s.target.(type) {
		case *string:
			fs.StringVar(t, s.name, def, usage)
		case *bool:
			b, err := strconv.ParseBool(def)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s=%q is not true or false", s.env, def))
			}
			fs.BoolVar(t, s.name, b, usage)
		case *int64:
			n, err := strconv.ParseInt(def, 10, 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s=%q is not a whole number", s.env, def))
			}
			fs.Int64Var(t, s.name, n, usage)
		}
	}
	return func() error {
		if len(errs) > 0 {
			return errs[0]
		}
		c.CORSOrigins = nil
		for _, o := range strings.Split(origins, ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.CORSOrigins = append(c.CORSOrigins, o)
			}
		}
		if c.Addr == "" {
			return fmt.Errorf("--addr (NEWSGRAPH_ADDR) is empty")
		}
		if c.MediaDir == "" {
			return fmt.Errorf("--media-dir (NEWSGRAPH_MEDIA_DIR) is empty")
		}
		if c.MediaMaxBytes <= 0 {
			return fmt.Errorf("--media-max-bytes (NEWSGRAPH_MEDIA_MAX_BYTES) must be positive")
		}
		return nil
	}
}
