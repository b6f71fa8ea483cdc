package roster

import (
	"strings"

	"factcheck/checker/names"
	"factcheck/checker/text"
)

// person is one member of a roster: the name as written and its folded surname.
type person struct{ name, key string }

// people returns the people a list names, one per item between commas, "and", "along
// with", "as well as" and "plus". An item is a person when a name stands in it; an item
// that starts with an article or a possessive ("the secretary of the council", "his
// son-in-law") or a lower-case word before "of" ("chief of the General Staff") describes
// the member before it. A name followed by "'s" is not the member ("Donald Trump's
// special envoy").
func people(toks []text.Token, a, b int, ms []names.Mention) []person {
	var out []person
	seen := map[string]bool{}
	start := a
	flush := func(end int) {
		i := start
		for i < end && (toks[i].Kind == text.Punct || isConnective(toks[i].Text)) {
			i++
		}
		if i >= end {
			return
		}
		if describes(toks, i, end) {
			return
		}
		if p, ok := nameIn(toks, i, end, ms); ok && !seen[p.key] {
			seen[p.key] = true
			out = append(out, p)
		}
	}
	for k := a; k < b; k++ {
		t := toks[k].Text
		switch {
		case t == "," || t == "&" || strings.EqualFold(t, "and") || strings.EqualFold(t, "plus"):
			flush(k)
			start = k + 1
		case (strings.EqualFold(t, "along") || strings.EqualFold(t, "together")) && k+1 < b && strings.EqualFold(toks[k+1].Text, "with"),
			strings.EqualFold(t, "as") && k+2 < b && strings.EqualFold(toks[k+1].Text, "well") && strings.EqualFold(toks[k+2].Text, "as"):
			flush(k)
			start = k
		}
	}
	flush(b)
	return out
}

// leaders returns the leaders named at the start of toks[a:b]: names joined by "and" up
// to the first comma ("led by A and B, and included ..."), and not a name after "and"
// that starts a clause of its own ("captained by A and B started up front").
func leaders(toks []text.Token, a, b int, ms []names.Mention) []person {
	for k := a; k < b; k++ {
		if toks[k].Text == "," {
			b = k
			break
		}
	}
	for k := a + 1; k < b; k++ {
		if !strings.EqualFold(toks[k].Text, "and") {
			continue
		}
		for _, m := range ms {
			if m.Start == k+1 && m.End < b && toks[m.End].Kind == text.Word && !toks[m.End].Upper() {
				b = k // "and B started": B is the subject of a new clause
			}
		}
	}
	return people(toks, a, b, ms)
}

func isConnective(w string) bool {
	for _, c := range [...]string{"and", "along", "with", "together", "as", "well", "plus", "also", "notably"} {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// nameIn returns the person named in toks[i:end]: the first name in it that is not a
// possessive ("President Donald Trump's special envoy Steve Witkoff" names Witkoff),
// preferring one the text gives evidence for.
func nameIn(toks []text.Token, i, end int, ms []names.Mention) (person, bool) {
	// A name with evidence (a given name, a title, a speech verb) before a bare
	// capitalised word: "Treasury Secretary Scott Bessent" names Bessent, not "Treasury".
	var best, bare *names.Mention
	for k := range ms {
		m := &ms[k]
		if m.Start < i || m.End > end {
			continue
		}
		if strings.HasSuffix(toks[m.End-1].Text, "'s") || m.End < len(toks) && (toks[m.End].Text == "'s" || toks[m.End].Text == "'") {
			continue
		}
		if len(m.Given) > 0 || m.Cue != "candidate" {
			best = m
			break
		}
		if bare == nil {
			bare = m
		}
	}
	if best == nil {
		best = bare
	}
	if best == nil {
		return person{}, false
	}
	return person{name: text.Join(toks, best.Start, best.End), key: names.Plain(best.Surname)}, true
}

// personBefore returns the person named right before toks[k], skipping "who", "the" and
// commas ("A, who leads the", "A, the head of the") and a relative clause between commas,
// and the token where the name starts.
func personBefore(toks []text.Token, k int, ms []names.Mention) (person, int, bool) {
	j := k
	for j > 0 {
		w := toks[j-1].Text
		if w == "," || strings.EqualFold(w, "who") || strings.EqualFold(w, "the") || strings.EqualFold(w, "is") || strings.EqualFold(w, "was") {
			j--
			continue
		}
		break
	}
	for i := range ms {
		if ms[i].End == j {
			p, ok := nameIn(toks, ms[i].Start, ms[i].End, ms[i:i+1])
			return p, ms[i].Start, ok
		}
	}
	// A relative clause between: "Bolsonaro, who is under house arrest, did not attend".
	if k > 0 && toks[k-1].Text == "," {
		for c := k - 2; c > 0 && c >= k-16; c-- {
			if toks[c].Text == "," && c+1 < k && (strings.EqualFold(toks[c+1].Text, "who") || strings.EqualFold(toks[c+1].Text, "which")) {
				return personBefore(toks, c, ms)
			}
		}
	}
	return person{}, 0, false
}

// describes reports whether the list item toks[i:end] describes the member before it
// rather than naming one: it starts with an article or a possessive pronoun ("the
// secretary of the council", "his son-in-law"), a lower-case possessive, or a lower-case
// word before "of" ("head of the Main Intelligence Directorate").
func describes(toks []text.Token, i, end int) bool {
	first := &toks[i]
	return isArticle(first.Text) || !first.Upper() && (strings.HasSuffix(first.Text, "'s") ||
		i+1 < end && strings.EqualFold(toks[i+1].Text, "of"))
}
