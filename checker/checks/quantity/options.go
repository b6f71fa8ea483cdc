package quantity

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"factcheck/rules"
)

// options are a rule's quantity options compiled for lookups.
type options struct {
	units, ignore, connectors map[string]bool
	same, predicates, events  map[string]string // word -> group name
	stages                    []stage           // in order: earliest version first
	hedges                    []hedge
	hedgeEnds                 map[string][]hedgePhrase // hedge phrases by their last word
	stageStarts               map[string][]stagePhrase // stage phrases by their first word
	tolerance                 float64
	patterns                  []*regexp.Regexp
}

type stage struct {
	name    string
	phrases [][]string
}

// stagePhrase is one phrase that marks a stage.
type stagePhrase struct {
	words []string
	stage string
}

// hedgePhrase is one phrase of a hedge.
type hedgePhrase struct {
	words []string
	hedge int // index in options.hedges
}

type hedge struct {
	words        [][]string
	below, above float64
	strict       bool
}

func compile(q *rules.QuantityOptions) (*options, error) {
	if q == nil {
		q = &rules.QuantityOptions{}
	}
	o := &options{
		units: set(q.Units), ignore: set(q.IgnoreUnits), connectors: set(q.Connectors),
		same: groups(q.Same), predicates: groups(q.Predicates), events: groups(q.Events), tolerance: q.Tolerance,
	}
	for _, s := range q.Stages {
		st := stage{name: s.Name}
		for _, w := range s.Words {
			st.phrases = append(st.phrases, strings.Fields(strings.ToLower(w)))
		}
		o.stages = append(o.stages, st)
	}
	for _, h := range q.Hedges {
		hh := hedge{below: h.Below, above: h.Above, strict: h.Strict}
		for _, w := range h.Words {
			hh.words = append(hh.words, strings.Fields(strings.ToLower(w)))
		}
		o.hedges = append(o.hedges, hh)
	}
	o.stageStarts = map[string][]stagePhrase{}
	for _, st := range o.stages {
		for _, ph := range st.phrases {
			if len(ph) > 0 {
				o.stageStarts[ph[0]] = append(o.stageStarts[ph[0]], stagePhrase{ph, st.name})
			}
		}
	}
	o.hedgeEnds = map[string][]hedgePhrase{}
	for hi, h := range o.hedges {
		for _, ph := range h.words {
			if len(ph) > 0 {
				last := ph[len(ph)-1]
				o.hedgeEnds[last] = append(o.hedgeEnds[last], hedgePhrase{ph, hi})
			}
		}
	}
	spec, _ := rules.Kind("quantity")
	for _, p := range q.Patterns {
		re, err := p.Compile(spec.Slots, spec.Required)
		if err != nil {
			return nil, err
		}
		o.patterns = append(o.patterns, re)
	}
	return o, nil
}

func set(words []string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

func groups(gs [][]string) map[string]string {
	m := map[string]string{}
	for _, g := range gs {
		for _, w := range g {
			if _, dup := m[strings.ToLower(w)]; !dup {
				m[strings.ToLower(w)] = strings.ToLower(g[0])
			}
		}
	}
	return m
}

// interval turns value range [lo, hi] and a hedge into the interval of values it allows.
// Hi is +Inf without upper bound.
func (o *options) interval(lo, hi float64, h *hedge) (float64, float64) {
	l, u := o.bounds(lo, hi, h)
	return round(l), round(u)
}

// round drops floating-point noise: 55,000 widened by a tenth is 60,500, not
// 60500.00000000001.
func round(v float64) float64 {
	if math.IsInf(v, 0) || v == 0 {
		return v
	}
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	return r
}

func (o *options) bounds(lo, hi float64, h *hedge) (float64, float64) {
	if h == nil {
		t := o.tolerance
		return lo * (1 - t), hi * (1 + t)
	}
	l, u := lo*(1-h.below), hi*(1+h.above)
	if h.below < 0 {
		l = 0
	}
	if h.above < 0 {
		u = math.Inf(1)
	}
	if h.strict {
		step := 1.0
		if lo != math.Trunc(lo) {
			step = 1e-9
		}
		if h.below == 0 {
			l = lo + step
		}
		if h.above == 0 {
			u = hi - step
		}
	}
	return l, u
}
