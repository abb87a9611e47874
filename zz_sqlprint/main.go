package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"os"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/bench/operations"
	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
)

func main() {
	ctx := context.Background()
	db, err := database.Open(ctx, os.Args[1])
	if err != nil {
		panic(err)
	}
	drv := dialect.Debug(entsql.OpenDB(db.Dialect, db.SQL))
	h := server.New(ent.NewClient(ent.Driver(drv)), server.Options{})
	for _, name := range []string{"FEED", "DEEP_PAGE", "DETAIL", "AWARDS"} {
		q, _ := fs.ReadFile(operations.Files, name+".graphql")
		var vars map[string]any
		json.Unmarshal([]byte(os.Args[2]), &vars)
		fmt.Println("=====", name)
		body, _ := json.Marshal(map[string]any{"query": string(q), "variables": vars})
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/query", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		h.ServeHTTP(rec, req)
		fmt.Println(rec.Code, len(rec.Body.String()), rec.Body.String()[:min(200, rec.Body.Len())])
	}
}
