package quantity

import "strings"

// functionWords are English determiners, pronouns, prepositions, conjunctions and auxiliaries:
// grammar, not knowledge. They end a noun phrase and are never what is counted or owned.
var functionWords = toSet(`a an the this that these those its his her their our your my
some any each every all both no not and or but nor so yet for of in on at by to from with
into onto upon about above below over under between among through during before after since
until than as per via against within without amid amidst toward towards across along around
he she it they we you i him them us me who whom whose which what where when why how there
here is are was were be been being am do does did have has had will would shall should can
could may might must said says say told tells also only just even still already then now
more most less least many much few several other another such same own up down out off
together along alone apart away back forward ago later earlier instead abroad overseas ahead
home inside outside nearby`)

// pastVerbs are irregular past-tense verbs, which follow a bare number as its verb, not as
// what it counts ("the two left", "three fled").
var pastVerbs = toSet(`left went came said told took gave made held met fled lost won got saw ran heard
fell rose sent kept built bought brought caught fought thought found stood spent sold paid led
read wrote spoke broke chose drove flew grew knew threw wore began drank rang sang swam`)

// possessives after a word show it is a verb: "lost their homes".
var possessives = toSet(`their his her its our my your`)

// auxiliaries may stand between a counted noun and its predicate ("were killed").
var auxiliaries = toSet(`were was are is have has had been being be reportedly also confirmed
later now all believed feared thought said reported`)

func toSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var irregular = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "lives": "life", "police": "police", "staff": "staff",
	"personnel": "personnel", "series": "series", "species": "species", "news": "news",
	"crises": "crisis", "analyses": "analysis", "bases": "base", "cases": "case",
}

// singular returns the singular of an English noun, by rule.
func singular(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") ||
		strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

var irregularPlural = map[string]string{"person": "people", "man": "men", "woman": "women", "child": "children"}

// plural returns the plural of a singular English noun, by rule.
func plural(w string) string {
	if p, ok := irregularPlural[w]; ok {
		return p
	}
	for _, p := range irregular {
		if p == w && w != "case" && w != "base" {
			return w
		}
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}
