package gen

import "strings"

// bodySentence returns the next body sentence; the topic's templates are
// used in a per-article random order before any of them repeats.
func (a *article) bodySentence() string {
	if a.next == len(a.order) {
		a.next = 0
		a.r.Shuffle(len(a.order), func(i, j int) { a.order[i], a.order[j] = a.order[j], a.order[i] })
	}
	t := a.t.body[a.order[a.next]]
	a.next++
	return a.sentence(t)
}

// lead returns the opening sentence of a story.
func (a *article) lead() string {
	return a.sentence(pick(a.r, a.t.leads))
}

// headline returns a headline. References to people in it do not count as
// first mentions, so the body still introduces them with their titles.
func (a *article) headline() string {
	h := a.sentence(pick(a.r, a.t.headlines))
	a.forgetMentions()
	return h
}

// paragraph returns a quote paragraph or lo to hi body sentences. With
// analysis set, some sentences are topic-neutral commentary.
func (a *article) paragraph(lo, hi int, analysis bool) string {
	if a.r.IntN(100) < 22 {
		s := a.quote()
		if a.r.IntN(2) == 0 {
			s += " " + a.bodySentence()
		}
		return s
	}
	n := lo + a.r.IntN(hi-lo+1)
	parts := make([]string, n)
	for i := range parts {
		if analysis && a.r.IntN(100) < 20 {
			parts[i] = a.sentence(pick(a.r, analysisLines))
		} else {
			parts[i] = a.bodySentence()
		}
	}
	return strings.Join(parts, " ")
}

// quote returns a sentence quoting one of the story's speakers, attributed
// in one of the ways newsrooms do it.
func (a *article) quote() string {
	id := pick(a.r, a.t.speakers)
	text := pick(a.r, a.t.quotes)
	o, c := a.marks()
	seen := a.names[id] != nil && a.names[id].mentioned
	var s string
	switch a.r.IntN(9) {
	case 0:
		if seen {
			s = o + text + "," + c + " " + pronoun(id) + " said."
			break
		}
		fallthrough
	case 1:
		s = o + text + "," + c + " " + a.mention(id, "") + " said."
	case 2:
		s = o + text + "," + c + " said " + a.mention(id, "") + "."
	case 3:
		s = a.mention(id, "") + " wrote on X: " + o + text + "." + c
	case 4:
		s = a.mention(id, "") + " wrote on Telegram: " + o + text + "." + c
	case 5:
		s = a.mention(id, "") + " told reporters on " + a.date(a.day(a.t.mainDate)) + ": " + o + text + "." + c
	case 6:
		s = o + text + "," + c + " " + a.mention(id, "") + " said in a statement."
	case 7:
		s = "In a video address, " + a.mention(id, "") + " said: " + o + text + "." + c
	default:
		s = o + text + "," + c + " " + a.mention(id, "") + " told reporters, adding that more details would follow " + pick(a.r, vagueTimes) + "."
	}
	return a.finish(s)
}
