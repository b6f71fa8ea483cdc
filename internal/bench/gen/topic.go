package gen

import (
	"math/rand/v2"
	"time"
)

// numFact is a checkable number of a story. Most articles report want;
// the rest report one of alts, which gives the checker discrepancies to find.
type numFact struct {
	key  string
	want int
	alts []int
}

// dateFact is a checkable date of a story; a few articles are a day off.
type dateFact struct {
	key  string
	when time.Time
}

// event is one "Timeline" entry; date names a dateFact.
type event struct {
	date, text string
}

// topic is one news story: its facts, people and sentence templates.
// Templates use the keys documented on article.key.
type topic struct {
	section  string
	tags     []string
	places   []string // dateline cities
	issuers  []string // press-release authors
	pubBase  time.Time
	mainDate string
	nums     []numFact
	dates    []dateFact
	derive   func(f map[string]int)

	headlines []string
	leads     []string
	body      []string
	keyfacts  []string
	quotes    []string
	partials  []string
	speakers  []string
	who       []string
	timeline  []event
}

// topics lists the stories with their relative weights in a corpus.
var topics = []struct {
	t      *topic
	weight int
}{
	{&diplomacy, 4},
	{&politics, 2},
	{&disaster, 2},
	{&sports, 2},
}

// pickTopic chooses a story according to the weights in topics.
func pickTopic(r *rand.Rand) *topic {
	total := 0
	for _, t := range topics {
		total += t.weight
	}
	n := r.IntN(total)
	for _, t := range topics {
		if n < t.weight {
			return t.t
		}
		n -= t.weight
	}
	panic("unreachable")
}

// day returns midnight UTC of the given day in 2025.
func day(m time.Month, d int) time.Time {
	return time.Date(2025, m, d, 0, 0, 0, 0, time.UTC)
}

// pick returns a random element of list.
func pick[T any](r *rand.Rand, list []T) T {
	return list[r.IntN(len(list))]
}

// vagueTimes are relative or imprecise time references.
var vagueTimes = []string{
	"later this week", "in the coming days", "next week", "early next year",
	"by the end of the year", "before Christmas", "in mid-December",
	"over the weekend", "as soon as possible", "in early 2026",
}

// hedges qualify counts the way reporters do.
var hedges = []string{
	"at least ", "nearly ", "more than ", "about ", "some ", "around ",
	"almost ", "over ", "roughly ", "", "", "",
}

// analysisLines are topic-neutral sentences used by analysis pieces.
var analysisLines = []string{
	"The numbers tell only part of the story.",
	"What happens next will depend less on the headline figures than on how the details are implemented.",
	"Officials privately acknowledge that much remains unresolved.",
	"For now, the picture is far from settled{--}and the figures are likely to change again.",
	"Several accounts of the same events differ in important details, a reminder of how quickly numbers move in a fast-developing story.",
	"Much of what is known comes from officials who spoke on condition of anonymity because they were not authorized to discuss the matter publicly.",
	"That gap between public statements and private assessments has become a defining feature of the story.",
	"Few expected events to move this quickly when the year began in early 2025.",
	"It is a pattern seen before, and rarely with a tidy ending.",
	"Even supporters concede that the timetable is ambitious.",
}
