// Package role implements kind role: the titles sources give one person. Rank qualifiers
// ("First Deputy" against "Deputy"), a different organisation for the same post, or a
// different post in the same organisation conflict; wordings of one post where one
// contains the other ("head of Ukraine's National Security Council", "secretary of the
// National Security and Defense Council") do not; wordings that overlap without either
// containing the other ("chief of staff of the Armed Forces", "Chief of the General Staff")
// are variants an editor should make consistent. Only titles that name an organisation or
// domain are compared: "President" alone says too little.
package role

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"factcheck/checker/checks/namevariant"
	"factcheck/checker/claim"
	"factcheck/checker/finding"
	"factcheck/checker/names"
	"factcheck/checker/pass"
	"factcheck/checker/text"
	"factcheck/rules"
)

// Check is a role rule.
type Check struct {
	rule                  *rules.Rule
	report                string
	rank, generic, ignore map[string]bool
	military, domains     map[string]bool
	// names is the name extraction the rule reads titles from: the first name-variant
	// rule's when one is in force (one extraction for both), else one of its own.
	names pass.Check
}

// New compiles a role rule.
func New(r *rules.Rule, env *pass.Env) (pass.Check, error) {
	o := r.Roles
	if o == nil {
		return nil, fmt.Errorf("rule %s: no roles block", r.ID)
	}
	set := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			m[strings.ToLower(w)] = true
		}
		return m
	}
	c := &Check{rule: r, report: o.Report, rank: set(o.RankWords), generic: set(o.GenericHeads), ignore: set(o.IgnoreWords),
		military: set(o.Ranks), domains: set(o.Domains)}
	nr := &rules.Rule{ID: r.ID, Kind: "name-variant", Names: &rules.NameOptions{Report: "variants"}}
	for _, x := range env.Set.Rules {
		if x.Kind == "name-variant" {
			nr = x
			break
		}
	}
	nc, err := namevariant.New(nr, env)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %v", r.ID, err)
	}
	c.names = nc
	return c, nil
}

// ExtractKey implements pass.Check: the name rules' extraction, whose person claims carry
// the titles their sentences give.
func (c *Check) ExtractKey() string { return c.names.ExtractKey() }

// Extract implements pass.Check.
func (c *Check) Extract(d *pass.Doc) []claim.Claim { return c.names.Extract(d) }

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// parse reads a title's head word (a title word that is neither a rank word nor a military
// rank: "Lt. Gen." has no head and is not compared), its organisation words (the other
// content words, sorted: "General Staff chief" and "Chief of the General Staff" are both
// chief of {general, staff}) and its rank words.
func (c *Check) parse(toks []text.Token) (head string, org, ranks []string) {
	// The head is the title word before "of" ("Chief of the General Staff"), else the last
	// title word ("General Staff chief", "Deputy Foreign Minister").
	headAt := -1
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word {
			continue
		}
		if strings.EqualFold(t.Text, "of") && headAt >= 0 {
			break
		}
		w := strings.ToLower(t.Text)
		if t.Is(text.ClassTitle) && !c.military[w] && !c.rank[w] && !c.ignore[w] {
			headAt = i
		}
	}
	for i := range toks {
		t := &toks[i]
		if t.Kind != text.Word || t.Is(text.ClassPlace) {
			continue
		}
		if strings.HasSuffix(t.Text, "'s") && t.Upper() && !t.Is(text.ClassOrg|text.ClassTitle) {
			continue // "Kelly's lawyer": whose, not which organisation
		}
		w := strings.ToLower(strings.TrimSuffix(t.Text, "'s"))
		switch {
		case i == headAt:
			head = w
		case c.ignore[w]:
		case c.rank[w] || c.generic[w] && t.Is(text.ClassTitle):
			ranks = append(ranks, w) // "chief prosecutor": a head word before the head ranks it
		default:
			org = append(org, strings.TrimSuffix(w, "s"))
		}
	}
	slices.Sort(org)
	org = slices.Compact(org)
	slices.Sort(ranks)
	return head, org, ranks
}

// maxArticles is how many articles a finding quotes for each wording.
const maxArticles = 5

// parsed is a title read for comparison.
type parsed struct {
	head  string
	org   []string
	ranks string
}

// relation says how two titles of one person relate: "" (one post, written alike or one
// containing the other, or titles too different to compare), "variant" (overlapping
// wordings of one post) or "conflict" (a different rank of one post, or one specific post
// in two organisations). A person may hold two posts ("Deputy Prime Minister and Foreign
// Minister", "chief negotiator" and "council secretary"), so titles that share nothing
// are not compared unless their head word is the same specific post.
func (c *Check) relation(a, b parsed) string {
	generic := c.generic[a.head] || c.generic[b.head]
	sameHead := a.head == b.head || generic
	if !sameHead {
		return ""
	}
	inter := 0
	for _, w := range a.org {
		if slices.ContainsFunc(b.org, func(x string) bool { return sameWord(w, x) }) {
			inter++
		}
	}
	contained := inter == len(a.org) || inter == len(b.org)
	switch {
	case a.ranks != b.ranks && withoutFormer(a.ranks) == withoutFormer(b.ranks):
		// "former home affairs minister" and "Home Affairs Minister": the same post, said
		// to be past in one article (written after it ended); no conflict.
		if contained {
			return ""
		}
		return "variant"
	case a.ranks != b.ranks:
		if contained {
			return "conflict" // "First Deputy Foreign Minister" and "Deputy Foreign Minister"
		}
		return ""
	case contained:
		return ""
	case inter == 0:
		if generic {
			return "" // "intelligence chief" and "HUR head": wordings, not posts
		}
		if c.domainOf(a.org) != "" && c.domainOf(b.org) != "" {
			return "conflict" // "Defence Minister" and "Interior Minister"
		}
		return "variant" // "Kremlin aide" and "presidential aide": perhaps one office
	}
	return "variant"
}

// registry returns the titles the configuration gives the person named name (by name or
// alias, folded), read for comparison.
func (c *Check) registry(cp *pass.Corpus, name string) []parsed {
	ps, _ := c.registered(cp, name)
	return ps
}

// registered returns the titles the configuration gives the person named name, read for
// comparison, with the posts as written (and their dates) in the same order.
func (c *Check) registered(cp *pass.Corpus, name string) ([]parsed, []rules.PersonTitle) {
	key := names.Plain(strings.ToLower(name))
	var out []parsed
	var raw []rules.PersonTitle
	for _, kp := range cp.Env.Set.People {
		match := names.Plain(strings.ToLower(kp.Name)) == key
		for _, a := range kp.Aliases {
			match = match || names.Plain(strings.ToLower(a)) == key
		}
		if !match {
			continue
		}
		for _, t := range kp.Titles {
			toks := text.Tokenize(t.Title, 0, len(t.Title))
			if cp.Env.Lex != nil {
				cp.Env.Lex.Classify(toks)
			}
			head, org, ranks := c.parse(toks)
			out = append(out, parsed{head: head, org: org, ranks: strings.Join(ranks, " ")})
			raw = append(raw, t)
		}
	}
	return out, raw
}

// heldOn reports whether a registered post was held on day (YYYY-MM-DD); open ends hold
// for ever.
func heldOn(t rules.PersonTitle, day string) bool {
	return (t.From == "" || t.From <= day) && (t.To == "" || day <= t.To)
}

// againstRegistry returns the wordings of a person's posts that the registry's dates
// contradict, with the registered post the article's date calls for: a post the person
// held at another time ("Defence Minister" in an article written after they left it), or
// a post that conflicts with the one held on that date ("Deputy Foreign Minister" for the
// registered "First Deputy Foreign Minister"). Articles without a date are not judged.
func (c *Check) againstRegistry(cp *pass.Corpus, name string, cls []*claim.Claim, keyOf map[string]parsed) ([]*claim.Claim, []string) {
	known, raw := c.registered(cp, name)
	dated := false
	for _, t := range raw {
		dated = dated || t.From != "" || t.To != ""
	}
	if !dated {
		return nil, nil
	}
	var bad []*claim.Claim
	var why []string
	for _, cl := range cls {
		day := cp.Articles[cl.Article].Published
		if day == "" || otherYear(cl.Sentence, day) {
			continue // undated, or the sentence tells of another year ("In March 2024, ...")
		}
		w := keyOf[cl.Person.Title]
		// "former Foreign Minister" after the post ended is the post without its rank.
		formerOf := w
		formerOf.ranks = strings.TrimSpace(strings.Replace(" "+w.ranks+" ", " former ", " ", 1))
		former := formerOf.ranks != strings.TrimSpace(w.ranks)
		var held []int
		accepted, other := false, -1
		for i, t := range raw {
			switch {
			case heldOn(t, day):
				held = append(held, i)
				accepted = accepted || c.samePost(w, known[i])
			case former && t.To != "" && t.To < day && c.samePost(formerOf, known[i]):
				accepted = true
			case c.samePost(w, known[i]):
				other = i
			}
		}
		if accepted || len(held) == 0 && other < 0 {
			continue
		}
		reason := ""
		if other >= 0 {
			reason = fmt.Sprintf("%q (%s, %s), a post held %s", cl.Person.Title, cl.Path, day, span(raw[other]))
		} else {
			for _, i := range held {
				if c.relation(w, known[i]) == "conflict" {
					reason = fmt.Sprintf("%q (%s, %s)", cl.Person.Title, cl.Path, day)
					break
				}
			}
		}
		if reason == "" {
			continue
		}
		var now []string
		for _, i := range held {
			now = append(now, fmt.Sprintf("%q %s", raw[i].Title, span(raw[i])))
		}
		if len(now) > 0 {
			reason += " against the registered " + strings.Join(now, " and ")
		} else {
			reason += ", and no registered post then"
		}
		bad = append(bad, cl)
		if !slices.Contains(why, reason) {
			why = append(why, reason)
		}
	}
	return bad, why
}

// otherYear reports whether a sentence names a year other than the one of day: its titles
// may be of that time.
func otherYear(sentence, day string) bool {
	for i := 0; i+4 <= len(sentence); i++ {
		y := sentence[i : i+4]
		if (y[:2] == "19" || y[:2] == "20") && isDigits(y) && (i == 0 || !isDigit(sentence[i-1])) && (i+4 == len(sentence) || !isDigit(sentence[i+4])) && y != day[:4] {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// span writes a registered post's dates: "2023-09-06..2025-07-17", "since 2025-07-17".
func span(t rules.PersonTitle) string {
	switch {
	case t.From != "" && t.To != "":
		return t.From + ".." + t.To
	case t.From != "":
		return "since " + t.From
	case t.To != "":
		return "until " + t.To
	}
	return "at any time"
}

// withoutFormer returns ranks without "former" or "ex".
func withoutFormer(ranks string) string {
	r := " " + ranks + " "
	r = strings.Replace(r, " former ", " ", 1)
	r = strings.Replace(r, " ex ", " ", 1)
	return strings.TrimSpace(r)
}

// samePost reports whether two titles are wordings of one post: the same head (or a
// generic one), the same ranks, organisation words shared and one set within the other.
func (c *Check) samePost(a, b parsed) bool {
	sameHead := a.head == b.head || c.generic[a.head] || c.generic[b.head]
	return sameHead && c.relation(a, b) == "" && sharesOrg(a, b)
}

// sharesOrg reports whether two titles share an organisation word (or both have none).
func sharesOrg(a, b parsed) bool {
	if len(a.org) == 0 && len(b.org) == 0 {
		return true
	}
	for _, w := range a.org {
		if slices.ContainsFunc(b.org, func(x string) bool { return sameWord(w, x) }) {
			return true
		}
	}
	return false
}

// domainOf returns the first word of org that names a field of government ("defence",
// "interior"), or "".
func (c *Check) domainOf(org []string) string {
	for _, w := range org {
		if c.domains[w] {
			return w
		}
	}
	return ""
}

// sameWord reports whether two organisation words are one word: equal, or one the other's
// stem ("parliament", "parliamentary").
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && strings.HasPrefix(b, a)
}

// Compare implements pass.Check.
func (c *Check) Compare(cp *pass.Corpus) []finding.Finding {
	// People by folded full name; a surname written alone joins the one person of that
	// surname with a given name, if there is exactly one.
	type person struct {
		key    string
		name   string
		claims []*claim.Claim
	}
	byKey := map[string]*person{}
	givens := map[string][]string{} // surname key -> full keys
	var keys []string
	var alone []*claim.Claim
	keyOf := map[string]parsed{} // title text -> parsed, each title tokenised once
	for _, cl := range cp.Claims {
		p := cl.Person
		if p == nil || p.Title == "" {
			continue
		}
		pk, ok := keyOf[p.Title]
		if !ok {
			toks := text.Tokenize(p.Title, 0, len(p.Title))
			if cp.Env.Lex != nil {
				cp.Env.Lex.Classify(toks)
			}
			head, org, ranks := c.parse(toks)
			pk = parsed{head: head, org: org, ranks: strings.Join(ranks, " ")}
			keyOf[p.Title] = pk
		}
		if pk.head == "" || len(pk.org) == 0 {
			continue // "President", "Lt. Gen.": too little to compare
		}
		if p.GivenKey == "" {
			alone = append(alone, cl)
			continue
		}
		k := p.GivenKey + " " + p.SurnameKey
		if byKey[k] == nil {
			byKey[k] = &person{key: k, name: p.Given + " " + p.Surname}
			keys = append(keys, k)
			givens[p.SurnameKey] = append(givens[p.SurnameKey], k)
		}
		byKey[k].claims = append(byKey[k].claims, cl)
	}
	for _, cl := range alone {
		if ks := givens[cl.Person.SurnameKey]; len(ks) == 1 {
			byKey[ks[0]].claims = append(byKey[ks[0]].claims, cl)
		}
	}
	slices.Sort(keys)
	var out []finding.Finding
	for _, k := range keys {
		p := byKey[k]
		slices.SortStableFunc(p.claims, claim.Compare)
		// Titles are compared once per distinct wording, not once per pair of mentions: a
		// person named hundreds of times has a handful of titles.
		var distinct []string
		arts := map[string][]int32{}
		for _, cl := range p.claims {
			t := cl.Person.Title
			if _, ok := arts[t]; !ok {
				distinct = append(distinct, t)
			}
			if a := arts[t]; !slices.Contains(a, cl.Article) {
				arts[t] = append(a, cl.Article)
			}
		}
		want := "variant"
		if c.report == "conflicts" {
			want = "conflict"
		}
		// Wordings of a post the configuration gives the person are accepted: two of them
		// are never a finding.
		accepted := map[string]bool{}
		if known := c.registry(cp, p.name); len(known) > 0 {
			for _, t := range distinct {
				for _, k := range known {
					if c.samePost(keyOf[t], k) {
						accepted[t] = true
					}
				}
			}
		}
		// A person with dated posts is judged against the registry, article by article:
		// two sources with different posts may both be right at their dates.
		dated := false
		if _, raw := c.registered(cp, p.name); len(raw) > 0 {
			for _, t := range raw {
				dated = dated || t.From != "" || t.To != ""
			}
		}
		flagged := map[string]bool{}
		for i, a := range distinct {
			if dated {
				break
			}
			for _, b := range distinct[i+1:] {
				if accepted[a] && accepted[b] {
					continue
				}
				// Two sources at least: an article that words a post two ways is its own
				// matter.
				if !(len(arts[a]) > 1 || len(arts[b]) > 1 || arts[a][0] != arts[b][0]) {
					continue
				}
				if c.relation(keyOf[a], keyOf[b]) == want {
					flagged[a], flagged[b] = true, true
				}
			}
		}
		in := make([]bool, len(p.claims))
		for i, cl := range p.claims {
			in[i] = flagged[cl.Person.Title]
		}
		// The evidence: each flagged wording in its first articles (the message gives how
		// many articles use it). A wording a corpus repeats in hundreds of articles needs
		// a few quotations, not hundreds.
		var cls []*claim.Claim
		shown := map[string][]int32{}
		for i, cl := range p.claims {
			t := cl.Person.Title
			if !in[i] || len(shown[t]) >= maxArticles && !slices.Contains(shown[t], cl.Article) {
				continue
			}
			if !slices.Contains(shown[t], cl.Article) {
				shown[t] = append(shown[t], cl.Article)
			}
			cls = append(cls, cl)
		}
		if c.report == "conflicts" {
			if bad, why := c.againstRegistry(cp, p.name, p.claims, keyOf); bad != nil {
				f := finding.Finding{Subject: "title of " + p.name + " (registry)", Message: pass.Render(c.rule.Message, map[string]string{"name": p.name, "titles": strings.Join(why, "; ")})}
				for i, cl := range bad {
					if i < maxArticles {
						f.Claims = append(f.Claims, cl)
					}
				}
				out = append(out, f)
			}
		}
		if cls == nil {
			continue
		}
		// Each wording once: with its article when one article uses it, else how many do.
		var titles []string
		for _, t := range distinct {
			if !flagged[t] {
				continue
			}
			where := ""
			for _, cl := range cls {
				if cl.Person.Title == t {
					where = cl.Path
					break
				}
			}
			if n := len(arts[t]); n > 1 {
				where = fmt.Sprintf("%d articles", n)
			}
			titles = append(titles, fmt.Sprintf("%q (%s)", t, where))
		}
		f := finding.Finding{Subject: "title of " + p.name, Message: pass.Render(c.rule.Message, map[string]string{"name": p.name, "titles": strings.Join(titles, ", ")})}
		for _, cl := range cls {
			f.Claims = append(f.Claims, cl)
		}
		out = append(out, f)
	}
	slices.SortStableFunc(out, func(a, b finding.Finding) int { return cmp.Compare(a.Subject, b.Subject) })
	return out
}
