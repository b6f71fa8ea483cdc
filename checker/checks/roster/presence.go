package roster

import (
	"strings"

	"factcheck/checker/claim"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/text"
)

// meetings reads "A and B met with C" in sentence si: everyone named took part, one side
// before the wording and one after, though the sentence does not say which sides. It is
// a partial list with no side: it can show an absence wrong, never a roster incomplete.
func (st *statements) meetings(d *pass.Doc, si int, mentions func() []names.Mention, out []claim.Claim) []claim.Claim {
	s := &d.Sentences[si]
	toks := s.Toks
	var buf [32]byte
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is(text.ClassRoster) || toks[k].Kind != text.Word || len(toks[k].Text) > 16 || !st.metFirst[string(text.LowerASCII(&buf, toks[k].Text))] {
			continue
		}
		n := matchAt(toks, k, st.met)
		if n == 0 {
			continue
		}
		ms := mentions()
		// The people right before the wording, joined by "and" and commas.
		a := k
		for a > 0 {
			w := toks[a-1].Text
			if toks[a-1].Kind == text.Word && toks[a-1].Upper() || w == "," || strings.EqualFold(w, "and") || w == "." && !toks[a-1].Space {
				a--
				continue
			}
			break
		}
		before := people(toks, a, k, ms)
		b := st.listEnd(toks, k+n, len(toks))
		after := people(toks, k+n, b, ms)
		if len(before) == 0 || len(after) == 0 {
			continue
		}
		named := append(before, after...)
		r := &claim.Roster{Form: "list", Listed: len(named), Scope: scope(d, si), Timed: timed(s)}
		for _, p := range named {
			r.Members = append(r.Members, d.Intern(p.name))
			r.Keys = append(r.Keys, d.Intern(p.key))
		}
		cl := d.Claim("roster", s, toks[a].Start, toks[b-1].End, valueOf(r))
		cl.Roster = r
		out = append(out, cl)
		k = b
	}
	return out
}

// absences reads "A did not attend", "A was absent from" in sentence si.
func (st *statements) absences(d *pass.Doc, si int, mentions func() []names.Mention, out []claim.Claim) []claim.Claim {
	s := &d.Sentences[si]
	toks := s.Toks
	var buf [32]byte
	for k := 1; k < len(toks); k++ {
		if !toks[k].Is(text.ClassRoster) || toks[k].Kind != text.Word || len(toks[k].Text) > 16 || !st.absentFirst[string(text.LowerASCII(&buf, toks[k].Text))] {
			continue
		}
		n := matchAt(toks, k, st.absent)
		if n == 0 {
			continue
		}
		// The event must follow the wording, with nothing but determiners and modifiers
		// between: "did not attend the talks", not "skipped the press conference after
		// the talks" or "missed a penalty in the match".
		ev := -1
		for j := k + n; j < len(toks) && j <= k+n+4; j++ {
			if toks[j].Kind != text.Word {
				if toks[j].Text == "-" || toks[j].Text == "'s" {
					continue
				}
				break
			}
			if toks[j].Is(text.ClassEvent) {
				ev = j
				break
			}
			if prepositions[strings.ToLower(toks[j].Text)] {
				break
			}
		}
		if ev < 0 {
			continue
		}
		p, start, ok := personBefore(toks, k, mentions())
		if !ok {
			continue
		}
		// The event words are the statement's own event; without a place they name no
		// mention ("did not attend the talks"), and the talks are those named just before.
		sc := scope(d, si)
		sc[1], sc[2] = int32(d.Orig(toks[k+n].Start)), int32(d.Orig(toks[ev].End))
		r := &claim.Roster{Form: "absent", Listed: 1, Members: []string{d.Intern(p.name)}, Keys: []string{d.Intern(p.key)}, Scope: sc}
		cl := d.Claim("roster", s, toks[start].Start, toks[k+n-1].End, valueOf(r))
		cl.Roster = r
		out = append(out, cl)
	}
	return out
}

// prepositions end the words between an absence and its event.
var prepositions = map[string]bool{"after": true, "before": true, "in": true, "at": true, "on": true,
	"of": true, "during": true, "for": true, "with": true, "to": true, "from": true, "by": true}
