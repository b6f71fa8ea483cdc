package roster

import (
	"fmt"
	"strings"

	"factcheck/checker/article"
	"factcheck/checker/claim"
	"factcheck/checker/events"
	"factcheck/checker/names"
	"factcheck/checker/numbers"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/rules"
)

// statements reads and compares the roster statements of a rule with report "conflicts".
type statements struct {
	events *events.Extractor
	// Wordings, as lower-case word sequences.
	exhaustive, partial, led, leads, absent, met [][]string
	// absentFirst and wordFirst hold the first words of the absence wordings and of the
	// others: a quick rejection.
	absentFirst, wordFirst, metFirst map[string]bool
	// sides maps a side's words, lower case and joined by spaces, to its name.
	sides map[string]string
	key   string
}

func newStatements(r *rules.Rule, env *pass.Env, exhaustive [][]string) (*statements, error) {
	eo, err := events.Compile(r.Events)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %v", r.ID, err)
	}
	o := r.Rosters
	st := &statements{
		events:      &events.Extractor{Opts: eo, Places: events.NewPlaces(env.Set.Places), Named: env.Set.Events},
		exhaustive:  exhaustive,
		partial:     phrases(o.Partial),
		led:         phrases(o.Led),
		leads:       phrases(o.Leads),
		absent:      phrases(o.Absent),
		met:         phrases(o.Met),
		metFirst:    map[string]bool{},
		absentFirst: map[string]bool{},
		sides:       map[string]string{},
	}
	for _, w := range st.absent {
		st.absentFirst[w[0]] = true
	}
	for _, w := range st.met {
		st.metFirst[w[0]] = true
	}
	st.wordFirst = map[string]bool{}
	for _, ws := range [][][]string{st.exhaustive, st.partial, st.led} {
		for _, w := range ws {
			st.wordFirst[w[0]] = true
		}
	}
	for _, sd := range o.Sides {
		for _, w := range sd.Words {
			st.sides[strings.Join(strings.Fields(strings.ToLower(w)), " ")] = sd.Name
		}
		st.sides[strings.Join(strings.Fields(strings.ToLower(sd.Name)), " ")] = sd.Name
	}
	st.key = fmt.Sprintf("roster-conflicts/%q/%q/%q/%q/%q/%q/%q/%v", o.Exhaustive, o.Partial, o.Led, o.Leads, o.Absent, o.Met, o.Groups, o.Sides)
	return st, nil
}

func phrases(ws []string) [][]string {
	var out [][]string
	for _, p := range ws {
		if f := strings.Fields(strings.ToLower(p)); len(f) > 0 {
			out = append(out, f)
		}
	}
	return out
}

// extract reads the article's roster statements. Sentences without a group word or an
// event word cost a bit test.
func (st *statements) extract(d *pass.Doc) []claim.Claim {
	if !d.HasClass(text.ClassGroup) && (len(st.absent) == 0 || !d.HasClass(text.ClassEvent)) {
		return nil
	}
	var out []claim.Claim
	people := &articlePeople{}
	for si := range d.Sentences {
		s := &d.Sentences[si]
		mentions := func() []names.Mention { return d.Mentions()[si] }
		if s.Classes&text.ClassGroup != 0 {
			out = st.groupStatements(d, si, mentions, people, out)
		}
		if s.Classes&(text.ClassEvent|text.ClassRoster) == text.ClassEvent|text.ClassRoster {
			if len(st.absent) > 0 {
				out = st.absences(d, si, mentions, out)
			}
			if len(st.met) > 0 {
				out = st.meetings(d, si, mentions, out)
			}
		}
	}
	return out
}

// articlePeople are the surnames an article names with a given name or a title, read
// once and only when a possessive before a group needs them.
type articlePeople struct {
	done     bool
	surnames map[string]bool
}

func (a *articlePeople) has(d *pass.Doc, w string) bool {
	if !a.done {
		a.done, a.surnames = true, map[string]bool{}
		for _, ms := range d.Mentions() {
			for _, m := range ms {
				if len(m.Given) > 0 || m.Cue == "title" {
					a.surnames[strings.ToLower(m.Surname)] = true
				}
			}
		}
	}
	return a.surnames[strings.ToLower(w)]
}

// scope returns the file offsets within which an event mention applies to a statement of
// sentence si: from the start of the second sentence before it, the start of its own, and
// its end.
func scope(d *pass.Doc, si int) [3]int32 {
	return [3]int32{int32(d.Orig(d.Sentences[max(0, si-2)].Start)), int32(d.Orig(d.Sentences[si].Start)), int32(d.Orig(d.Sentences[si].End))}
}

// groupStatements reads the statements about a group named in sentence si: "The U.S.
// delegation consisted of three officials: A, B and C", "the Ukrainian side was headed by
// A", "A, who leads the Ukrainian delegation,".
func (st *statements) groupStatements(d *pass.Doc, si int, mentions func() []names.Mention, known *articlePeople, out []claim.Claim) []claim.Claim {
	s := &d.Sentences[si]
	toks := s.Toks
	for g := range toks {
		if toks[g].Kind != text.Word || !toks[g].Is(text.ClassGroup) || strings.HasSuffix(toks[g].Text, "'s") ||
			g+1 < len(toks) && (toks[g+1].Text == "'s" || toks[g+1].Text == "'" && !toks[g+1].Space) {
			continue // "the Ukrainian team's security detail": the group owns something
		}
		side, from := st.sideBefore(toks, g)
		if side == "" {
			continue
		}
		if t := &toks[from]; strings.HasSuffix(t.Text, "'s") && !t.Is(text.ClassPlace|text.ClassOrg) && st.sides[strings.ToLower(side)] == "" &&
			known.has(d, strings.TrimSuffix(t.Text, "'s")) {
			continue // "Umerov's delegation": a person's, not a side's
		}
		group := strings.ToLower(toks[g].Text)
		add := func(form string, complete bool, count int, start, end int, named []person) {
			if len(named) == 0 && count == 0 {
				return
			}
			r := &claim.Roster{Form: form, Complete: complete, Side: d.Intern(side), Group: d.Intern(group), Count: count, Listed: len(named), Scope: scope(d, si),
				Timed: timed(s)}
			for _, p := range named {
				r.Members = append(r.Members, d.Intern(p.name))
				r.Keys = append(r.Keys, d.Intern(p.key))
			}
			cl := d.Claim("roster", s, toks[start].Start, toks[end-1].End, valueOf(r))
			cl.Roster = r
			out = append(out, cl)
		}
		// A count before the side: "a three-member Spanish delegation", "a 10-strong team".
		if k := from - 1; k >= 2 && toks[k-1].Text == "-" && !toks[k].Space && (strings.EqualFold(toks[k].Text, "member") || strings.EqualFold(toks[k].Text, "strong")) {
			j := k - 2
			for j > 0 && toks[j-1].Text == "-" && !toks[j].Space {
				j -= 2 // "twenty-five-member"
			}
			if num, n := numbers.Read(toks, j); n > 0 && j+n == k-1 && num.Lo == num.Hi && num.Lo >= 1 && num.Lo <= 100 {
				add("list", false, int(num.Lo), j, g+1, nil)
			}
		}
		// A leader named before the group: "A, who leads the Ukrainian delegation".
		if k := matchEnding(toks, from, st.leads); k >= 0 {
			if p, start, ok := personBefore(toks, k, mentions()); ok {
				add("leader", false, 0, start, g+1, []person{p})
			}
		}
		// Wordings after the group, each opening a list: the first within a few words of
		// the group, the next right after the list before it.
		next := g + 1
		end := len(toks)
		for k := g + 1; k < len(toks); k++ {
			if toks[k].Text == ";" {
				end = k
				break
			}
			if toks[k].Is(text.ClassGroup) {
				if s, _ := st.sideBefore(toks, k); s != "" {
					end = k // another side's group: "while the U.S. side was..."
					break
				}
			}
		}
		// A count right after the group: "The defense team of four lawyers was led by".
		if g+2 < end && strings.EqualFold(toks[g+1].Text, "of") {
			if num, k := numbers.Read(toks, g+2); k > 0 && num.Lo == num.Hi && num.Lo >= 1 && num.Lo <= 100 {
				b := g + 2 + k
				for w := 0; w < 2 && b < end && toks[b].Kind == text.Word && !toks[b].Upper(); w++ {
					if _, n := st.wordingAt(toks, b); n > 0 {
						break
					}
					b++
				}
				add("list", false, int(num.Lo), from, b, nil)
				next = b
			}
		}
		for j := g + 1; j < end && j <= next+4; j++ {
			form, n := st.wordingAt(toks, j)
			if n == 0 {
				continue
			}
			a := j + n
			count := 0
			if form == "complete" {
				// An optional count and its noun before a colon or a dash: "three officials:".
				if num, k := numbers.Read(toks, a); k > 0 && num.Lo == num.Hi && num.Lo >= 1 && num.Lo <= 100 {
					b := a + k
					for w := 0; w < 2 && b < end && toks[b].Kind == text.Word && !toks[b].Upper(); w++ {
						b++
					}
					if b < end && (toks[b].Text == ":" || toks[b].Text == "-" && toks[b].Space) {
						count, a = int(num.Lo), b+1
					} else if b >= end || toks[b].Text == "." || toks[b].Text == ";" {
						count, a = int(num.Lo), b // "consisted of three officials."
					}
				}
			}
			b := st.listEnd(toks, a, end)
			var named []person
			if form == "leader" {
				named = leaders(toks, a, b, mentions())
			} else if a < b {
				named = people(toks, a, b, mentions())
			}
			add(formName(form), form == "complete", count, from, max(b, j+n), named)
			next = b
			j = b - 1
		}
	}
	return out
}

func formName(form string) string {
	if form == "leader" {
		return "leader"
	}
	return "list"
}

// wordingAt returns the form of the wording that starts at toks[j] ("complete",
// "partial" or "leader") and its length in tokens, or 0.
func (st *statements) wordingAt(toks []text.Token, j int) (string, int) {
	if !toks[j].Is(text.ClassRoster) || toks[j].Kind != text.Word || len(toks[j].Text) > 24 {
		return "", 0
	}
	var buf [32]byte
	if !st.wordFirst[string(text.LowerASCII(&buf, toks[j].Text))] {
		return "", 0
	}
	for _, w := range [...]struct {
		form string
		ws   [][]string
	}{{"leader", st.led}, {"complete", st.exhaustive}, {"partial", st.partial}} {
		if n := matchAt(toks, j, w.ws); n > 0 {
			return w.form, n
		}
	}
	return "", 0
}

// matchAt returns the length of the longest wording of ws that starts at toks[j], or 0.
func matchAt(toks []text.Token, j int, ws [][]string) int {
	best := 0
	for _, w := range ws {
		if j+len(w) > len(toks) || len(w) <= best {
			continue
		}
		ok := true
		for k, x := range w {
			if !strings.EqualFold(toks[j+k].Text, x) {
				ok = false
				break
			}
		}
		if ok {
			best = len(w)
		}
	}
	return best
}

// matchEnding returns the index of the first token of a wording of ws that ends right
// before toks[end], or -1.
func matchEnding(toks []text.Token, end int, ws [][]string) int {
	for _, w := range ws {
		if j := end - len(w); j >= 0 && matchAt(toks, j, [][]string{w}) == len(w) {
			return j
		}
	}
	return -1
}

// determiners open the noun phrase of a group: the side's words come after them.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "this": true, "that": true, "whole": true, "entire": true}

// sideBefore returns the side named right before the group word at toks[g] ("the U.S.
// delegation", "Ukraine's team", "the defense team") and the index where the noun phrase
// starts (its determiner, if any); "" when no side is named. Capitalised words name a
// side as written; a lower-case one must be a side the rule knows ("defense"). A plural
// or shared group ("both delegations") has no side.
func (st *statements) sideBefore(toks []text.Token, g int) (string, int) {
	from := g
	var words []string
	for k := g - 1; k >= 0 && g-k <= 3; k-- {
		t := &toks[k]
		if t.Kind != text.Word {
			break
		}
		low := strings.ToLower(t.Text)
		if determiners[low] {
			from = k
			break
		}
		if low == "both" || low == "each" || low == "every" || low == "and" {
			return "", g
		}
		bare := strings.TrimSuffix(strings.TrimSuffix(low, "'s"), "'")
		if !t.Upper() && st.sides[bare] == "" {
			break
		}
		words = append([]string{strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "'")}, words...)
		from = k
		if bare != low {
			break // a possessive starts the phrase: "Ukraine's delegation"
		}
	}
	if len(words) == 0 {
		return "", g
	}
	written := strings.Join(words, " ")
	if name, ok := st.sides[strings.ToLower(written)]; ok {
		return name, from
	}
	// The last word alone may be known: "the American delegation" after a name.
	if name, ok := st.sides[strings.ToLower(words[len(words)-1])]; ok {
		return name, from
	}
	return written, from
}

// clauseWords end a list: a new clause starts.
// Prepositions do not: they stand inside descriptions ("the deputy minister for foreign
// trade"), and an item's first name is its member.
var clauseWords = map[string]bool{"while": true, "whereas": true, "but": true, "who": true,
	"which": true, "although": true, "though": true, "after": true, "before": true,
	"when": true, "as": true, "because": true, "since": true, "where": true, "said": true,
	"says": true}

// listEnd returns where the list that starts at toks[a] ends: at a clause word, a full
// stop, a parenthesis or the next wording, or at end.
func (st *statements) listEnd(toks []text.Token, a, end int) int {
	for k := a; k < end; k++ {
		t := &toks[k]
		switch {
		case t.Kind == text.Punct && (t.Text == "." || t.Text == "(" || t.Text == ";" || t.Text == "?" || t.Text == "!"):
			return k
		case t.Kind == text.Word && t.Space && !t.Upper() && clauseWords[strings.ToLower(t.Text)]:
			return k
		case k > a && t.Kind == text.Word:
			if form, n := st.wordingAt(toks, k); n > 0 && form != "" {
				// ", and notably included": the connective belongs to the next wording.
				for k > a && (toks[k-1].Kind == text.Punct || strings.EqualFold(toks[k-1].Text, "and") || !toks[k-1].Upper() && toks[k-1].Kind == text.Word && k-1 > a && !toks[k-2].Upper()) {
					k--
				}
				return k
			}
		}
	}
	return end
}

// valueOf is a statement's value as `factcheck claims` shows it.
func valueOf(r *claim.Roster) string {
	var b strings.Builder
	switch r.Form {
	case "absent":
		return strings.Join(r.Members, ", ") + " absent"
	case "leader":
		fmt.Fprintf(&b, "%s %s led by %s", r.Side, r.Group, strings.Join(r.Members, " and "))
		return b.String()
	}
	if r.Side == "" {
		return "took part: " + strings.Join(r.Members, ", ")
	}
	fmt.Fprintf(&b, "%s %s", r.Side, r.Group)
	switch {
	case r.Count > 0 && r.Complete:
		fmt.Fprintf(&b, " of %d, complete", r.Count)
	case r.Count > 0:
		fmt.Fprintf(&b, " of %d", r.Count)
	case r.Complete:
		b.WriteString(", complete")
	}
	if len(r.Members) > 0 {
		b.WriteString(": " + strings.Join(r.Members, ", "))
	}
	return b.String()
}

// timed reports whether a sentence names a time of its own: a month, a weekday, a number
// in digits (a year), or a time word that is not a mere preposition ("last season", not
// "led by").
func timed(s *article.Sentence) bool {
	if s.Classes&(text.ClassMonth|text.ClassWeekday|text.ClassDigits) != 0 {
		return true
	}
	if s.Classes&text.ClassTime == 0 {
		return false
	}
	for i := range s.Toks {
		t := &s.Toks[i]
		if t.Is(text.ClassTime) && !t.Is(text.ClassTimeWeak) && !prepositions[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}
