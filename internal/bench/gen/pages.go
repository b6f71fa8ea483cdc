package gen

import (
	"fmt"
	"strings"
)

// release writes a press release with boilerplate and a media contact.
func (a *article) release(fm, md bool) {
	head := a.headline()
	issuer := a.finish(a.issuer)
	if !fm {
		a.para("FOR IMMEDIATE RELEASE")
	}
	a.top(head, issuer, "", fm, md)
	place := strings.ToUpper(pick(a.r, a.t.places))
	verb := pick(a.r, []string{"today issued the following update", "today released the following statement", "today published the following summary"})
	a.para(place + ", " + dateForm(a.pub, pick(a.r, []int{2, 3}), a.space()) + a.dash + issuer + " " + verb + ". " + a.lead())
	for !a.full() {
		a.para(a.paragraph(2, 3, false))
	}
	a.para("About " + strings.TrimPrefix(a.issuer, "the "))
	a.para(fmt.Sprintf("%s is %s. It was founded in %d and is based in %s.",
		issuer, pick(a.r, []string{"an independent organization", "a non-partisan body", "a public institution"}),
		pick(a.r, []int{1998, 2004, 2014, 2016}), pick(a.r, a.t.places)))
	a.line("Media contact:")
	a.line(pick(a.r, reporters))
	a.line("press@" + initials(a.issuer) + ".example.org")
	a.para(fmt.Sprintf("+380 44 555 %04d", a.r.IntN(10000)))
	a.line(pick(a.r, []string{"###", "-ENDS-", "# # #"}))
}

// summary writes a Markdown explainer page with key facts and a timeline.
func (a *article) summary(fm bool) {
	head := a.headline()
	a.top(head, pick(a.r, outlets), "", fm, true)
	a.para("_Last updated: " + dateForm(a.pub, pick(a.r, []int{2, 3}), " ") + "_")
	a.para(a.lead())

	a.para("## Key facts")
	for _, k := range a.t.keyfacts {
		a.line("- " + a.sentence(k))
	}
	a.line("")

	a.para("## Timeline")
	form := pick(a.r, []string{"Jan 2, 2006", "Jan 2, 2006", "Jan 2, 2006", "2 Jan 2006", "January 2", "2006-01-02"})
	sep := pick(a.r, []string{" – ", " – ", " — ", " - ", ": "})
	bold := a.r.IntN(100) < 25
	for _, e := range a.t.timeline {
		d := a.day(e.date).Format(form)
		if bold {
			d = "**" + d + "**"
		}
		a.line("- " + d + sep + a.sentence(e.text))
	}
	a.line("")

	a.para("## Background")
	for !a.full() {
		a.para(a.paragraph(2, 4, false))
	}

	a.para(a.finish("## Who's who"))
	for _, id := range a.t.who {
		a.line("- **" + a.mention(id, "name") + "**" + sep + people[id].titles[0])
	}
}

// initials returns the lowercase initials of the capitalized words of s.
func initials(s string) string {
	var b []byte
	for _, w := range strings.Fields(s) {
		if c := w[0]; c >= 'A' && c <= 'Z' {
			b = append(b, c-'A'+'a')
		}
	}
	return string(b)
}
