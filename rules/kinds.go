package rules

// KindSpec describes what a rule of one kind may say: its option block, the placeholders of
// its message and the slots of its patterns.
type KindSpec struct {
	// Name is the kind, which is also the class of its findings.
	Name string
	// Options is the YAML key of the kind's option block; Also are the keys of other
	// blocks it may have (a roster rule may read events).
	Options string
	Also    []string
	// Placeholders are the {names} its messages may use.
	Placeholders []string
	// Slots are the slots its patterns may use; Required must appear in each.
	Slots, Required []string
}

// Kinds are the built-in check kinds, in the order `factcheck rules` lists them.
var Kinds = []KindSpec{
	{Name: "quantity", Options: "quantity", Placeholders: []string{"subject", "values"},
		Slots: []string{"number", "unit", "owner"}, Required: []string{"number"}},
	{Name: "name-variant", Options: "names", Placeholders: []string{"name", "spellings", "canonical"},
		Slots: []string{"person"}, Required: []string{"person"}},
	{Name: "weekday", Options: "weekdays", Placeholders: []string{"expr", "date", "weekday", "actual", "alternative"}},
	{Name: "date", Options: "events", Placeholders: []string{"event", "values"}},
	{Name: "duration", Options: "events", Placeholders: []string{"event", "values"}},
	{Name: "role", Options: "roles", Placeholders: []string{"name", "titles"}},
	{Name: "roster", Options: "rosters", Also: []string{"events"}, Placeholders: []string{"count", "listed", "members", "event", "side", "problem"}},
	{Name: "quote-attribution", Options: "quotes", Placeholders: []string{"quote", "speakers"}},
	{Name: "quote-wording", Options: "quotes", Placeholders: []string{"speaker", "count", "quotes"}},
}

// Kind returns the spec of the named kind.
func Kind(name string) (KindSpec, bool) {
	for _, k := range Kinds {
		if k.Name == name {
			return k, true
		}
	}
	return KindSpec{}, false
}
