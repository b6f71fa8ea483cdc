package article

import (
	"sort"

	"factcheck/checker/dates"
)

// InferPublished fills in the publication date of every article whose front matter gives
// none: the dateline's date if there is one, else the latest date the article mentions (an
// article reports what has happened by the time it is published). Year-less dates take the
// year nearest the article's own full dates, else the corpus's most common year.
func InferPublished(arts []*Article) {
	years := map[int]int{}
	for _, a := range arts {
		for _, d := range a.Dates {
			if d.Year > 0 {
				years[d.Year]++
			}
		}
		if len(a.Published) >= 4 && !a.PublishedInferred {
			years[atoi(a.Published[:4])]++
		}
	}
	corpusYear := mostCommon(years)
	for _, a := range arts {
		if a.Published != "" {
			continue
		}
		anchor := anchorOf(a, corpusYear)
		if a.dateline != nil {
			if d := resolveNear(*a.dateline, anchor); d.Year != 0 {
				a.Published, a.PublishedInferred = d.String(), true
				continue
			}
		}
		var latest *dates.Date
		for _, d := range a.Dates {
			r := resolveNear(d, anchor)
			if r.Year == 0 || !r.Valid() {
				continue
			}
			if latest == nil || r.String() > latest.String() {
				rr := r
				latest = &rr
			}
		}
		if latest != nil {
			a.Published, a.PublishedInferred = latest.String(), true
		}
	}
}

// OwnPublished returns the publication date (YYYY-MM-DD) the article gives on its own:
// front matter, else its dateline, else the latest full date it mentions; "" when it gives
// none. The per-article pass resolves relative dates against it; InferPublished, which
// also sees the rest of the corpus, may later settle on another date for an article with
// no full date.
func (a *Article) OwnPublished() string {
	if a.Published != "" {
		return a.Published
	}
	// Only a full date of the article's own anchors it: a bare year ("signed between 2018
	// and 2020") is no evidence of when it was written; the corpus pass decides then.
	if !hasFullDate(a) {
		return ""
	}
	anchor := anchorOf(a, 0)
	if a.dateline != nil {
		if d := resolveNear(*a.dateline, anchor); d.Year != 0 && d.Valid() {
			return d.String()
		}
	}
	var latest dates.Date
	for _, d := range a.Dates {
		if r := resolveNear(d, anchor); r.Year != 0 && r.Valid() && dayNumber(r) > dayNumber(latest) {
			latest = r
		}
	}
	if latest.Year == 0 {
		return ""
	}
	return latest.String()
}

// hasFullDate reports whether the article names a date with its year.
func hasFullDate(a *Article) bool {
	for _, d := range a.Dates {
		if d.Year > 0 {
			return true
		}
	}
	return false
}

// anchorOf returns the article's latest full date, else mid-year of the corpus year, else
// mid-year of the latest year the article names.
func anchorOf(a *Article, corpusYear int) dates.Date {
	var best dates.Date
	for _, d := range a.Dates {
		if d.Year > 0 && dayNumber(d) > dayNumber(best) {
			best = d
		}
	}
	switch {
	case best.Year != 0:
		return best
	case corpusYear != 0:
		return dates.Date{Year: corpusYear, Month: 7, Day: 1}
	}
	return dates.Date{Year: a.LatestYear, Month: 7, Day: 1}
}

// resolveNear gives a year-less date the year (of anchor's, the one before or after) that
// puts it nearest the anchor.
func resolveNear(d, anchor dates.Date) dates.Date {
	if d.Year > 0 || anchor.Year == 0 {
		return d
	}
	best, bestDist := d, 1<<30
	for _, y := range []int{anchor.Year - 1, anchor.Year, anchor.Year + 1} {
		c := d.Resolve(y)
		dist := abs(dayNumber(c) - dayNumber(anchor))
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

func dayNumber(d dates.Date) int { return d.Year*372 + d.Month*31 + d.Day }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func mostCommon(m map[int]int) int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	best, n := 0, 0
	for _, k := range keys {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
