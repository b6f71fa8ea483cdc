package gen

import (
	"fmt"
	"strings"
)

// Article styles, each written by its own method.
const (
	styleWire = iota
	styleAnalysis
	styleLive
	styleRelease
	styleSummary
	numStyles
)

var (
	styleWeights = [numStyles]int{30, 20, 18, 14, 18}
	styleDirs    = [numStyles]string{"wire", "analysis", "live", "press", "pages"}

	agencies  = []string{"Meridian", "Baltic Wire", "Atlas Press", "NordNews", "EuroWire"}
	outlets   = []string{"The Continental Post", "Kyiv Ledger", "Eastern Europe Monitor", "Daily Dispatch", "Global Affairs Review", "The Northbridge Herald"}
	reporters = []string{"Anna Kowalczyk", "Tom Baxter", "Olena Hryhorenko", "Marc Dupont", "Sofia Lindgren", "James Okafor", "Nataliia Zubko", "Pieter de Vries", "Laura Mendes", "Yaroslav Koval", "Chloé Bernard", "Ruth Adeyemi"}
	roles     = []string{"senior correspondent", "political analyst", "Europe editor", "staff writer", "foreign correspondent"}
)

// line appends s and a newline.
func (a *article) line(s string) { a.buf = append(append(a.buf, s...), '\n') }

// para appends s followed by a blank line.
func (a *article) para(s string) { a.buf = append(append(a.buf, s...), "\n\n"...) }

// full reports whether the article has reached its target size.
func (a *article) full() bool { return len(a.buf) >= a.target }

// top writes YAML front matter (when fm is set) and the headline block.
func (a *article) top(title, source, author string, fm, md bool) {
	a.title = title
	if fm {
		a.line("---")
		a.line("title: " + yamlQuote(title))
		a.line("source: " + source)
		a.line("published: " + a.pub.Format("2006-01-02"))
		if author != "" && a.r.IntN(2) == 0 {
			a.line("author: " + author)
		}
		if a.r.IntN(2) == 0 {
			a.line("tags: [" + strings.Join(a.t.tags, ", ") + "]")
		}
		if a.r.IntN(100) < 40 {
			a.line(fmt.Sprintf("url: https://%s.example/%s/%s", strings.TrimPrefix(slug(source, 40), "the-"), a.pub.Format("2006/01/02"), slug(title, 60)))
		}
		a.para("---")
		if a.r.IntN(2) == 0 {
			return
		}
	} else if a.r.IntN(100) < 30 {
		a.para(a.t.section)
	}
	if md {
		title = "# " + title
	}
	a.para(title)
	if !fm && a.r.IntN(100) < 15 {
		a.para(fmt.Sprintf("%d min read", 2+a.r.IntN(5)))
	}
}

// wire writes agency copy with a dateline such as "KYIV, Dec 4 (Meridian) -".
func (a *article) wire(fm, md bool) {
	agency := pick(a.r, agencies)
	a.top(a.headline(), agency, "", fm, md)
	place := pick(a.r, a.t.places)
	var dl string
	switch a.r.IntN(4) {
	case 0:
		dl = strings.ToUpper(place) + ", " + dateForm(a.pub, 1, " ") + " (" + agency + ") - "
	case 1:
		dl = strings.ToUpper(place) + ", " + dateForm(a.pub, 0, " ") + " (" + agency + ") — "
	case 2:
		dl = strings.ToUpper(place) + " (" + agency + ") — "
	default:
		dl = place + " (" + agency + ") – "
	}
	a.para(dl + a.lead())
	for !a.full() {
		a.para(a.paragraph(1, 2, false))
	}
	a.para(fmt.Sprintf("(Reporting by %s; additional reporting by %s in %s; editing by %s)",
		pick(a.r, reporters), pick(a.r, reporters), pick(a.r, a.t.places), pick(a.r, reporters)))
}

// analysis writes a bylined analysis piece with long paragraphs.
func (a *article) analysis(fm, md bool) {
	head := a.headline()
	if a.r.IntN(2) == 0 {
		head = "Analysis: " + head
	}
	by := pick(a.r, reporters)
	a.top(head, pick(a.r, outlets), by, fm, md)
	a.line("By " + by)
	a.para(dateForm(a.pub, pick(a.r, []int{2, 3, 4}), " "))
	a.para(a.lead())
	for !a.full() {
		a.para(a.paragraph(3, 5, true))
	}
	a.para(fmt.Sprintf("%s is a %s based in %s.", by, pick(a.r, roles), pick(a.r, a.t.places)))
}

// live writes a live blog: timestamped entries, newest first.
func (a *article) live(fm, md bool) {
	a.top("Live updates: "+a.headline(), pick(a.r, outlets), "", fm, md)
	clock := 22*60 + 30 - a.r.IntN(120)
	stamp := a.clockFormat()
	a.para("Last updated: " + dateForm(a.pub, 4, " ") + ", " + stamp(clock))
	if a.r.IntN(100) < 40 {
		a.para(a.finish("Editor's note: This is a developing story and will be updated."))
	}
	text := a.lead()
	for {
		if a.r.IntN(100) < 10 {
			text = "BREAKING: " + text
		}
		a.line(stamp(clock))
		a.para(text)
		if a.full() {
			break
		}
		clock = max(6*60, clock-3-a.r.IntN(25))
		text = a.paragraph(1, 3, false)
	}
	a.para("We are pausing our live coverage for now. Follow the latest developments here.")
}

// clockFormat returns the outlet's way of writing a time of day given in
// minutes after midnight.
func (a *article) clockFormat() func(int) string {
	switch a.r.IntN(4) {
	case 0:
		return func(m int) string { return fmt.Sprintf("%02d:%02d GMT", m/60, m%60) }
	case 1:
		return func(m int) string { return fmt.Sprintf("%02d.%02d CET", m/60, m%60) }
	case 2:
		return func(m int) string { return fmt.Sprintf("%02d:%02d Kyiv time", m/60, m%60) }
	}
	return func(m int) string {
		h, ampm := m/60, "a.m."
		if h >= 12 {
			ampm = "p.m."
		}
		if h = h % 12; h == 0 {
			h = 12
		}
		return fmt.Sprintf("%d:%02d %s ET", h, m%60, ampm)
	}
}
