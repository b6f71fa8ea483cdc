package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// article holds the state of one article being written: its random source,
// the story facts it reports and the house style of its imaginary outlet.
type article struct {
	r      *rand.Rand
	t      *topic
	buf    []byte
	title  string
	target int
	pub    time.Time
	nums   map[string]int
	dates  map[string]time.Time
	names  map[string]*nameChoice
	order  []int // shuffled indexes into t.body
	next   int

	curly       bool // curly apostrophes
	curlyQuotes bool
	nbsp        bool // non-breaking spaces in numbers and dates
	nbHyphen    bool // U+2011 in compounds
	dash        string
	dateStyle   int
	issuer      string
}

// newArticle sets up article i of the corpus for seed. Every article has its
// own random stream, so articles do not depend on each other.
func newArticle(seed int64, i int) *article {
	r := rand.New(rand.NewPCG(uint64(seed), uint64(i)))
	t := pickTopic(r)
	a := &article{
		r:      r,
		t:      t,
		buf:    make([]byte, 0, 8192),
		target: 2750 + r.IntN(3000),
		pub:    t.pubBase.AddDate(0, 0, r.IntN(6)),
		nums:   make(map[string]int, len(t.nums)+1),
		dates:  make(map[string]time.Time, len(t.dates)),
		names:  make(map[string]*nameChoice),
		order:  r.Perm(len(t.body)),
	}
	for _, f := range t.nums {
		v := f.want
		if len(f.alts) > 0 && r.IntN(100) < 12 {
			v = pick(r, f.alts)
		}
		a.nums[f.key] = v
	}
	if t.derive != nil {
		t.derive(a.nums)
	}
	for _, d := range t.dates {
		w := d.when
		if r.IntN(100) < 6 {
			w = w.AddDate(0, 0, 2*r.IntN(2)-1)
		}
		a.dates[d.key] = w
	}
	a.curly = r.IntN(100) < 55
	a.curlyQuotes = a.curly == (r.IntN(100) < 90)
	a.nbsp = r.IntN(100) < 20
	a.nbHyphen = r.IntN(100) < 12
	a.dash = pick(r, []string{"—", "—", " — ", " – ", " - ", "--"})
	a.dateStyle = pick(r, []int{0, 0, 1, 2, 3, 6})
	a.issuer = pick(r, t.issuers)
	return a
}

// expand replaces every {key} in tmpl by its rendering (see key).
func (a *article) expand(tmpl string) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 64)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			panic("gen: unclosed key in template: " + tmpl)
		}
		b.WriteString(tmpl[:i])
		b.WriteString(a.key(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

// key renders one template key:
//
//	{--} dash   {-} hyphen   {_} space   {h} hedge   {vague} vague time
//	{partial} quoted phrase  {x|y|z} one of the alternatives
//	{@id} or {@id:last} or {@id:name}  a person (see mention)
//	{n:f} number   {c:f:one:many} count with noun
//	{a:f:unit} compound such as 20-point   {A:f:unit} the same with a/an
//	{o:f} ordinal word   {od:f} ordinal digits   {S:f,g} score
//	{d:f} date   {d2:f,g} two dates   {q:text} quoted   {hq:text} single-quoted
func (a *article) key(k string) string {
	switch k {
	case "--":
		return a.dash
	case "-":
		return a.hyphen()
	case "_":
		return a.space()
	case "h":
		return pick(a.r, hedges)
	case "vague":
		return pick(a.r, vagueTimes)
	case "partial":
		return a.quoted(pick(a.r, a.t.partials))
	}
	if strings.IndexByte(k, '|') >= 0 {
		return pick(a.r, strings.Split(k, "|"))
	}
	if k[0] == '@' {
		id, form, _ := strings.Cut(k[1:], ":")
		return a.mention(id, form)
	}
	op, arg, _ := strings.Cut(k, ":")
	switch op {
	case "n":
		return a.num(a.fact(arg))
	case "c":
		f, nouns, _ := strings.Cut(arg, ":")
		one, many, _ := strings.Cut(nouns, ":")
		n := a.fact(f)
		if n == 1 {
			return a.num(n) + a.space() + one
		}
		return a.num(n) + a.space() + many
	case "a", "A":
		f, unit, _ := strings.Cut(arg, ":")
		s := a.compound(a.fact(f), unit)
		if op == "A" {
			return withArticle(s)
		}
		return s
	case "o":
		if n := a.fact(arg); n < len(ordinalWords) {
			return ordinalWords[n]
		}
		fallthrough
	case "od":
		n := a.fact(arg)
		return strconv.Itoa(n) + ordinalSuffix(n)
	case "S":
		f, g, _ := strings.Cut(arg, ",")
		return strconv.Itoa(a.fact(f)) + pick(a.r, []string{"–", "–", "-"}) + strconv.Itoa(a.fact(g))
	case "d":
		return a.date(a.day(arg))
	case "d2":
		f, g, _ := strings.Cut(arg, ",")
		return dateForm(a.day(f), a.dateStyle, a.space()) + " and " + dateForm(a.day(g), a.dateStyle, a.space())
	case "q":
		return a.quoted(arg)
	case "hq":
		if a.curlyQuotes {
			return "‘" + arg + "’"
		}
		return "'" + arg + "'"
	}
	panic("gen: unknown template key {" + k + "}")
}

// fact returns the article's value of the numeric fact f.
func (a *article) fact(f string) int {
	n, ok := a.nums[f]
	if !ok {
		panic("gen: unknown fact " + f + " in topic " + a.t.section)
	}
	return n
}

// day returns the article's value of the date fact f.
func (a *article) day(f string) time.Time {
	d, ok := a.dates[f]
	if !ok {
		panic("gen: unknown date " + f + " in topic " + a.t.section)
	}
	return d
}

// num renders n in words or digits, with the separators outlets use.
func (a *article) num(n int) string {
	p := a.r.IntN(100)
	switch {
	case n < 10 && p < 80, n <= 100 && p < 12:
		return spell(n)
	case n >= 1000 && n < 10000 && p < 8:
		return strconv.Itoa(n)
	case n >= 1000 && p < 12:
		return strings.ReplaceAll(commas(n), ",", "\u00a0")
	}
	return commas(n)
}

// compound renders a hyphenated modifier such as "five-hour" or "20-point".
func (a *article) compound(n int, unit string) string {
	num := strconv.Itoa(n)
	if n <= 20 && a.r.IntN(100) < 60 || n <= 100 && a.r.IntN(100) < 8 {
		num = spell(n)
	}
	return num + a.hyphen() + unit
}

// date renders t in the article's date style, sometimes in another form.
func (a *article) date(t time.Time) string {
	form := a.dateStyle
	if a.r.IntN(100) < 25 {
		form = a.r.IntN(numDateForms)
	}
	return dateForm(t, form, a.space())
}

// hyphen returns "-" or, for some outlets, a U+2011 non-breaking hyphen.
func (a *article) hyphen() string {
	if a.nbHyphen && a.r.IntN(100) < 60 {
		return "\u2011"
	}
	return "-"
}

// space returns " " or, for some outlets, a non-breaking space.
func (a *article) space() string {
	if a.nbsp && a.r.IntN(100) < 60 {
		return "\u00a0"
	}
	return " "
}

// quoted wraps s in the article's double quotation marks.
func (a *article) quoted(s string) string {
	o, c := a.marks()
	return o + s + c
}

// marks returns the opening and closing double quotes to use next.
func (a *article) marks() (string, string) {
	curly := a.curlyQuotes
	if a.r.IntN(100) < 5 {
		curly = !curly
	}
	if curly {
		return "“", "”"
	}
	return `"`, `"`
}

// finish applies the outlet's apostrophe style and capitalizes s.
func (a *article) finish(s string) string {
	if a.curly {
		s = strings.ReplaceAll(s, "'", "’")
	}
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// sentence expands and finishes one template.
func (a *article) sentence(tmpl string) string {
	return a.finish(a.expand(tmpl))
}
