package rules

import (
	"fmt"
	"regexp"
	"strings"
)

// Pattern is a regular expression over folded sentence text (ASCII quotes and dashes) with
// typed slots written as {name}: {number} a count in digits or words, {unit} the counted noun,
// {owner} the thing the count belongs to, {person} a capitalised personal name.
type Pattern string

// slotExprs are the sub-expressions the slots stand for; each becomes a named group.
var slotExprs = map[string]string{
	"number": `(?:[0-9][0-9,.]*|[a-z]+(?:-[a-z]+)?)`,
	"unit":   `[A-Za-z]+`,
	"owner":  `[A-Za-z]+`,
	"person": `\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,3}`,
}

var slotRe = regexp.MustCompile(`\{([a-z]+)\}`)

// Compile expands the slots of p and compiles it. allowed lists the slots the rule's kind
// fills; required lists those that must appear.
func (p Pattern) Compile(allowed, required []string) (*regexp.Regexp, error) {
	var bad []string
	seen := map[string]bool{}
	expanded := slotRe.ReplaceAllStringFunc(string(p), func(m string) string {
		name := m[1 : len(m)-1]
		if !contains(allowed, name) {
			bad = append(bad, m)
			return m
		}
		if seen[name] {
			bad = append(bad, m+" (twice)")
			return m
		}
		seen[name] = true
		return "(?P<" + name + ">" + slotExprs[name] + ")"
	})
	if len(bad) > 0 {
		return nil, fmt.Errorf("pattern uses unknown slot %s (this kind fills %s)", strings.Join(bad, ", "), braces(allowed))
	}
	for _, r := range required {
		if !seen[r] {
			return nil, fmt.Errorf("pattern must contain the slot {%s}", r)
		}
	}
	re, err := regexp.Compile(expanded)
	if err != nil {
		return nil, fmt.Errorf("pattern does not compile: %v", err)
	}
	return re, nil
}

func braces(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "{" + n + "}"
	}
	return strings.Join(out, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
