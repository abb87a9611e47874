package ent

// This file is written by hand: the generated client keeps its driver to
// itself.

// Dialect is the SQL dialect of the database c talks to (dialect.Postgres,
// dialect.SQLite), for code that writes SQL ent does not build.
func (c *Client) Dialect() string { return c.driver.Dialect() }
