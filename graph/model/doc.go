// Package model holds the GraphQL types that gqlgen generates because no ent
// type stands behind them (models_gen.go, when there are any).
package model
