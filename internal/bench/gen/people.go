package gen

// person is a newsmaker with the spelling variants different outlets use.
// The first entry of firsts and lasts is the most common spelling; typos
// are rare misspellings of the surname.
type person struct {
	titles []string
	firsts []string
	lasts  []string
	typos  []string
	she    bool
}

// nameChoice is the spelling of one person an article settled on.
type nameChoice struct {
	first, last string
	mentioned   bool
}

// people holds every newsmaker the templates refer to as {@id}. Apart from a
// few widely reported public figures, the names are invented.
var people = map[string]*person{
	// Diplomacy.
	"zelensky": {
		titles: []string{"President", "Ukrainian President", "Ukraine's President"},
		firsts: []string{"Volodymyr"},
		lasts:  []string{"Zelensky", "Zelenskyy", "Zelenskiy"},
		typos:  []string{"Zelenksy", "Zelenskky"},
	},
	"umerov": {
		titles: []string{"National Security and Defense Council Secretary", "chief negotiator", "Security Council Secretary", "Ukraine's top negotiator"},
		firsts: []string{"Rustem", "Rustam"},
		lasts:  []string{"Umerov"},
		typos:  []string{"Umerow", "Umarov"},
	},
	"hnatov": {
		titles: []string{"Chief of the General Staff", "General Staff chief", "Lt. Gen."},
		firsts: []string{"Andrii", "Andriy", "Andrey"},
		lasts:  []string{"Hnatov", "Gnatov"},
		typos:  []string{"Hantov"},
	},
	"budanov": {
		titles: []string{"military intelligence chief", "intelligence chief", "HUR head"},
		firsts: []string{"Kyrylo", "Kirill", "Kyrillo"},
		lasts:  []string{"Budanov"},
		typos:  []string{"Budanow"},
	},
	"hartwell": {
		titles: []string{"U.S. special envoy", "special envoy", "White House envoy"},
		firsts: []string{"Daniel"},
		lasts:  []string{"Hartwell"},
		typos:  []string{"Hartwel", "Hartweil"},
	},
	"ellison": {
		titles: []string{"Secretary of State", "U.S. Secretary of State", "top U.S. diplomat"},
		firsts: []string{"Margaret"},
		lasts:  []string{"Ellison", "Ellisson"},
		she:    true,
	},
	"ostrovsky": {
		titles: []string{"Kremlin spokesman", "Kremlin aide", "presidential aide"},
		firsts: []string{"Yuri", "Yury", "Iurii"},
		lasts:  []string{"Ostrovsky", "Ostrovskiy", "Ostrovskii"},
		typos:  []string{"Ostrowsky"},
	},
	"solberg": {
		titles: []string{"EU foreign policy chief", "EU top diplomat", "High Representative"},
		firsts: []string{"Ingrid"},
		lasts:  []string{"Solberg"},
		typos:  []string{"Sohlberg"},
		she:    true,
	},
	// Politics.
	"marchenko": {
		titles: []string{"Prime Minister", "Ukrainian Prime Minister", "head of government"},
		firsts: []string{"Yuliia", "Yulia", "Iuliia"},
		lasts:  []string{"Marchenko"},
		typos:  []string{"Marchenco"},
		she:    true,
	},
	"levchenko": {
		titles: []string{"Finance Minister", "Ukraine's finance minister", "Minister of Finance"},
		firsts: []string{"Serhii", "Serhiy", "Sergei"},
		lasts:  []string{"Levchenko"},
		typos:  []string{"Levchencko"},
	},
	"romaniuk": {
		titles: []string{"Parliament Speaker", "Speaker", "parliamentary speaker"},
		firsts: []string{"Mykhailo", "Mykhaylo", "Mikhail"},
		lasts:  []string{"Romaniuk", "Romanyuk"},
		typos:  []string{"Romaniuc"},
	},
	"tkachuk": {
		titles: []string{"opposition lawmaker", "opposition MP", "independent deputy"},
		firsts: []string{"Oleksii", "Oleksiy", "Alexei"},
		lasts:  []string{"Tkachuk"},
		typos:  []string{"Tkachuck"},
	},
	"hale": {
		titles: []string{"IMF mission chief", "IMF mission head", "the IMF's resident representative"},
		firsts: []string{"Caroline"},
		lasts:  []string{"Hale"},
		typos:  []string{"Hail"},
		she:    true,
	},
	// Disaster.
	"melnyk": {
		titles: []string{"regional governor", "Governor", "head of the regional military administration"},
		firsts: []string{"Oksana", "Oxana"},
		lasts:  []string{"Melnyk", "Melnik"},
		typos:  []string{"Melnyck"},
		she:    true,
	},
	"hrytsenko": {
		titles: []string{"State Emergency Service chief", "emergency service head", "rescue chief"},
		firsts: []string{"Taras"},
		lasts:  []string{"Hrytsenko", "Gritsenko"},
		typos:  []string{"Hrytsenco"},
	},
	"bondar": {
		titles: []string{"Mayor", "Rakhiv Mayor", "local mayor"},
		firsts: []string{"Vasyl", "Vasily", "Vasyl'"},
		lasts:  []string{"Bondar"},
		typos:  []string{"Bondarr"},
	},
	"sokolova": {
		titles: []string{"meteorologist", "senior forecaster", "climatologist"},
		firsts: []string{"Iryna", "Irina"},
		lasts:  []string{"Sokolova"},
		she:    true,
	},
	"martin": {
		titles: []string{"Red Cross coordinator", "Red Cross field coordinator", "aid coordinator"},
		firsts: []string{"Hélène", "Helene"},
		lasts:  []string{"Martin"},
		typos:  []string{"Martins"},
		she:    true,
	},
	// Sports.
	"shevchuk": {
		titles: []string{"striker", "Northbridge striker", "forward"},
		firsts: []string{"Mykola", "Mikola", "Nikolai"},
		lasts:  []string{"Shevchuk", "Shevchuck"},
		typos:  []string{"Schevchuk"},
	},
	"lindqvist": {
		titles: []string{"goalkeeper", "Northbridge goalkeeper", "keeper"},
		firsts: []string{"Jonas"},
		lasts:  []string{"Lindqvist", "Lindquist"},
		typos:  []string{"Lindkvist"},
	},
	"petrenko": {
		titles: []string{"coach", "head coach", "Northbridge manager"},
		firsts: []string{"Oleksandr", "Olexandr", "Aleksandr"},
		lasts:  []string{"Petrenko"},
		typos:  []string{"Petrencko"},
	},
	"nunez": {
		titles: []string{"captain", "club captain", "midfielder"},
		firsts: []string{"Rafael"},
		lasts:  []string{"Núñez", "Nunez"},
		typos:  []string{"Nuñes"},
	},
	"harding": {
		titles: []string{"referee", "match referee", "official"},
		firsts: []string{"Paul"},
		lasts:  []string{"Harding"},
		typos:  []string{"Hardin"},
	},
}

// preferred picks the first entry of list most of the time.
func (a *article) preferred(list []string) string {
	if len(list) == 1 || a.r.IntN(100) < 60 {
		return list[0]
	}
	return list[1+a.r.IntN(len(list)-1)]
}

// mention renders a reference to person id. The form "last" always yields
// the surname, "name" the first name and surname; any other form gives a
// title and full name on first mention and mostly the surname afterwards.
func (a *article) mention(id, form string) string {
	p := people[id]
	if p == nil {
		panic("gen: unknown person " + id)
	}
	c := a.names[id]
	if c == nil {
		c = &nameChoice{first: a.preferred(p.firsts), last: a.preferred(p.lasts)}
		a.names[id] = c
	}
	first, last := c.first, c.last
	if a.r.IntN(50) == 0 { // outlets are not always consistent
		first, last = pick(a.r, p.firsts), pick(a.r, p.lasts)
	}
	if len(p.typos) > 0 && a.r.IntN(40) == 0 {
		last = pick(a.r, p.typos)
	}
	seen := c.mentioned
	c.mentioned = true
	switch {
	case form == "last":
		return last
	case form == "name":
		return first + " " + last
	case !seen:
		return pick(a.r, p.titles) + " " + first + " " + last
	case a.r.IntN(100) < 85:
		return last
	}
	return first + " " + last
}

// pronoun returns the subject pronoun for person id.
func pronoun(id string) string {
	if people[id].she {
		return "she"
	}
	return "he"
}

// forgetMentions makes the next reference to everyone a first mention again,
// keeping the spellings chosen so far.
func (a *article) forgetMentions() {
	for _, c := range a.names {
		c.mentioned = false
	}
}
