// Package lexicon compiles the rule pack's generic vocabulary (given names, titles,
// organisation words, speech verbs) into lower-case sets for fast lookups.
package lexicon

import (
	"strings"

	"factcheck/rules"
)

// Lexicon is the compiled vocabulary. All keys are lower case.
type Lexicon struct {
	GivenNames, Titles, OrgWords, NotNames, SpeechVerbs map[string]bool
}

// Compile builds the sets of l.
func Compile(l rules.Lexicon) *Lexicon {
	return &Lexicon{
		GivenNames:  toSet(l.GivenNames),
		Titles:      toSet(l.Titles),
		OrgWords:    toSet(l.OrgWords),
		NotNames:    toSet(l.NotNames),
		SpeechVerbs: toSet(l.SpeechVerbs),
	}
}

func toSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(strings.TrimSpace(w))] = true
	}
	return m
}
