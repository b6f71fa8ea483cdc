// Package checks is the registry of built-in check kinds: each kind name maps to the
// constructor that compiles a rule of that kind.
package checks

import (
	"factcheck/checker/checks/date"
	"factcheck/checker/checks/namevariant"
	"factcheck/checker/checks/quantity"
	"factcheck/checker/checks/quote"
	"factcheck/checker/checks/role"
	"factcheck/checker/checks/roster"
	"factcheck/checker/checks/weekday"
	"factcheck/checker/pass"
	"factcheck/rules"
)

// Constructor compiles one rule of a kind.
type Constructor func(r *rules.Rule, env *pass.Env) (pass.Check, error)

// Kinds maps every kind of rules.Kinds to its implementation.
var Kinds = map[string]Constructor{
	"quantity":     quantity.New,
	"name-variant": namevariant.New,
	"weekday":      weekday.New,
	"date":         date.New,
	"duration":     date.New,
	"role":         role.New,
	"roster":       roster.New,

	"quote-attribution": quote.New,
	"quote-wording":     quote.New,
}
