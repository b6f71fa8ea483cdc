package rules

// Severity is how serious a finding is: error, warning or info.
type Severity string

// The severities, from most to least serious.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Rank orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// File is the content of one rule file.
type File struct {
	Rules   []*Rule  `yaml:"rules"`
	Lexicon *Lexicon `yaml:"lexicon"`
}

// Rule configures one built-in check kind.
type Rule struct {
	// ID names the rule in findings, `explain` and configuration.
	ID string `yaml:"id"`
	// Kind is the built-in check the rule configures; it is also the class of its findings.
	Kind string `yaml:"kind"`
	// Severity is the severity of the rule's findings.
	Severity Severity `yaml:"severity"`
	// Message is the finding message, with {placeholders} the kind fills in.
	Message string `yaml:"message"`
	// Description documents the rule for `factcheck explain`.
	Description string `yaml:"description"`
	// Example is a small corpus on which the rule reports a finding; `explain` runs it.
	Example []ExampleArticle `yaml:"example"`
	// Quantity holds the options of kind quantity.
	Quantity *QuantityOptions `yaml:"quantity"`
	// Names holds the options of kind name-variant.
	Names *NameOptions `yaml:"names"`
	// Events holds the options of kinds date and duration.
	Events *EventOptions `yaml:"events"`
	// Weekdays holds the options of kind weekday.
	Weekdays *WeekdayOptions `yaml:"weekdays"`
	// Roles holds the options of kind role.
	Roles *RoleOptions `yaml:"roles"`
	// Rosters holds the options of kind roster.
	Rosters *RosterOptions `yaml:"rosters"`
	// Quotes holds the options of kinds quote-attribution and quote-wording.
	Quotes *QuoteOptions `yaml:"quotes"`

	// Origin is where the rule was defined: "file:line:col".
	Origin string `yaml:"-"`
}

// ExampleArticle is one article of a rule's example corpus.
type ExampleArticle struct {
	File string `yaml:"file"`
	Text string `yaml:"text"`
}

// QuantityOptions configure kind quantity: which counts are read and which are compared.
type QuantityOptions struct {
	// Units, when set, restricts the rule to these counted nouns (singular).
	Units []string `yaml:"units,omitempty"`
	// IgnoreUnits are counted nouns left to other kinds: hours, years, percent...
	IgnoreUnits []string `yaml:"ignore-units,omitempty"`
	// Same lists groups of owner nouns that name the same kind of thing (plan, framework).
	Same [][]string `yaml:"same,omitempty"`
	// Predicates lists groups of words that say what happened to what is counted; the first
	// word names the group ("killed": killed, died, dead, deaths).
	Predicates [][]string `yaml:"predicates,omitempty"`
	// Events lists groups of words that name kinds of events (quake, crash); counts with a
	// predicate ("12 killed") are compared only within one kind of event. The first word
	// names the group.
	Events [][]string `yaml:"events,omitempty"`
	// Stages lists the versions a thing can have and the words that mark each.
	Stages []Stage `yaml:"stages,omitempty"`
	// Connectors are words that may stand between an owner and its count ("comprises").
	Connectors []string `yaml:"connectors,omitempty"`
	// Hedges maps hedge phrases to how they widen a value.
	Hedges []Hedge `yaml:"hedges,omitempty"`
	// Tolerance is the relative difference two exact values may have and still agree.
	Tolerance float64 `yaml:"tolerance,omitempty"`
	// Patterns are extra extraction patterns with the slots {number}, {unit} and {owner}.
	Patterns []Pattern `yaml:"patterns,omitempty"`
}

// Stage is one version of a thing, such as "initial" or "revised", and the words marking it.
type Stage struct {
	Name  string   `yaml:"name,omitempty"`
	Words []string `yaml:"words,omitempty"`
}

// Hedge is a phrase that turns a value into an interval.
type Hedge struct {
	// Words are the hedge phrases ("nearly", "close to").
	Words []string `yaml:"words,omitempty"`
	// Below and Above are how far the interval reaches below and above the value, as a
	// fraction of it; -1 means without bound.
	Below float64 `yaml:"below,omitempty"`
	Above float64 `yaml:"above,omitempty"`
	// Strict marks an open bound at the value itself ("more than 10" excludes 10).
	Strict bool `yaml:"strict,omitempty"`
}

// NameOptions configure kind name-variant.
type NameOptions struct {
	// Report is which people the rule reports: "variants" (spellings that differ only by
	// transliteration or house style) or "misspellings" (a near miss of another spelling).
	Report string `yaml:"report,omitempty"`
	// Fold lists transliteration rewrites applied to lower-case names before comparing, as
	// [from, to] pairs; a trailing "$" anchors "from" at the end of the name.
	Fold [][]string `yaml:"fold,omitempty"`
	// GenderedSuffixes lists endings that make different people of one family (-sky/-ska).
	GenderedSuffixes [][]string `yaml:"gendered-suffixes,omitempty"`
	// Distance lists how many edits a name of at least a given length may differ by.
	Distance []DistanceStep `yaml:"distance,omitempty"`
	// Patterns are extra patterns that find person names, with the slot {person}.
	Patterns []Pattern `yaml:"patterns,omitempty"`
}

// EventOptions configure kinds date and duration: which words name events, and which
// words say what a date is of an event.
type EventOptions struct {
	// Classes are the kinds of events and the words that name them ("meeting": talks,
	// session, met...). Mentions of different classes are never one event.
	Classes []EventClass `yaml:"classes,omitempty"`
	// EndVerbs make the date after them the event's end ("concluded on 30 November");
	// StartVerbs its start.
	EndVerbs   []string `yaml:"end-verbs,omitempty"`
	StartVerbs []string `yaml:"start-verbs,omitempty"`
	// OccurrenceVerbs say an event takes place ("hold", "participate"): a date that opens
	// the sentence or timeline entry is the event's only when one of them is there.
	OccurrenceVerbs []string `yaml:"occurrence-verbs,omitempty"`
	// ReferenceWords before an event word make it an event referred to, not reported
	// ("after the Moscow talks", "describes the talks as"): a date that opens the sentence
	// is then not the event's.
	ReferenceWords []string `yaml:"reference-words,omitempty"`
	// Descriptors are words that tell events apart ("second", "follow-up").
	Descriptors []string `yaml:"descriptors,omitempty"`
	// Hedges widen a length ("roughly four hours"), as for kind quantity.
	Hedges []Hedge `yaml:"hedges,omitempty"`
	// Tolerance widens an unhedged length ("five-hour") by this fraction each way.
	Tolerance float64 `yaml:"tolerance,omitempty"`
	// Ahead and Behind are how many tokens after and before the event word its place and
	// date may be found, within its clause (defaults 16 and 9).
	Ahead  int `yaml:"ahead,omitempty"`
	Behind int `yaml:"behind,omitempty"`
}

// EventClass is one kind of event and the words that name it.
type EventClass struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
}

// RoleOptions configure kind role: the titles sources give one person.
type RoleOptions struct {
	// Report is what the rule reports: "conflicts" (a different rank, organisation or post)
	// or "variants" (wordings of one post that overlap without one containing the other).
	Report string `yaml:"report,omitempty"`
	// RankWords qualify a post: "First Deputy Foreign Minister" is not "Deputy Foreign
	// Minister", "former" or "acting" minister not minister.
	RankWords []string `yaml:"rank-words,omitempty"`
	// GenericHeads stand for any post's head word: the "head" of a council is its
	// secretary or chairman.
	GenericHeads []string `yaml:"generic-heads,omitempty"`
	// IgnoreWords are not compared: articles, honorifics, nationality adjectives (place
	// names are left out on their own).
	IgnoreWords []string `yaml:"ignore-words,omitempty"`
	// Ranks are military and police ranks: a rank is not a post ("Lt. Gen." is not compared
	// with "Chief of the General Staff"), though it may name one ("General Staff").
	Ranks []string `yaml:"ranks,omitempty"`
	// Domains are fields of government ("defence", "interior"): one post ("minister") in
	// two of them conflicts; in two organisations that are not fields of government
	// ("Kremlin aide", "presidential aide") it is a variant.
	Domains []string `yaml:"domains,omitempty"`
}

// RosterOptions configure kind roster.
type RosterOptions struct {
	// Report is what the rule reports: "counts", a count that the complete list after it
	// does not fit (the default), or "conflicts", statements of one event's participants
	// that contradict each other across sources (which needs an events block).
	Report string `yaml:"report,omitempty"`
	// Exhaustive are the wordings that make the list after a count complete ("consisted
	// of", "comprised"): only such a list can contradict its count.
	Exhaustive []string `yaml:"exhaustive,omitempty"`
	// Groups are the words that name one side's participants: "delegation", "team",
	// "side". The words before one name the side ("the U.S. delegation").
	Groups []string `yaml:"groups,omitempty"`
	// Partial are the wordings of a list that may leave people out: "included".
	Partial []string `yaml:"partial,omitempty"`
	// Led are the wordings of a group's leader after the group ("was led by", "headed
	// by"); Leads those before it ("who leads the", "head of the").
	Led   []string `yaml:"led,omitempty"`
	Leads []string `yaml:"leads,omitempty"`
	// Absent are the wordings after a person that say they did not take part ("did not
	// attend", "was absent from").
	Absent []string `yaml:"absent,omitempty"`
	// Met are the wordings between the people on one side and those on the other ("met
	// with", "held talks with"): everyone named took part.
	Met []string `yaml:"met,omitempty"`
	// Sides are names of one side written differently: a country and its adjective
	// ("United States": US, U.S., American). Other sides are compared as written.
	Sides []Side `yaml:"sides,omitempty"`
}

// QuoteOptions configure kinds quote-attribution and quote-wording.
type QuoteOptions struct {
	// MinWords is the fewest words a compared quote has (default 4): shorter ones are
	// characterisations ("productive and constructive").
	MinWords int `yaml:"min-words,omitempty"`
	// Similar is the share of a shorter quote's words, in order, that a longer one of the
	// same speaker must repeat for the two to be one statement worded twice (default 0.5);
	// Near is that share for quotes of different or unknown speakers (default 0.8).
	Similar float64 `yaml:"similar,omitempty"`
	Near    float64 `yaml:"near,omitempty"`
	// Fold lists transliteration rewrites applied to speakers' lower-case names before
	// they are compared, as in NameOptions.Fold: Iryna and Irina Sokolova, Sergei and
	// Sergey Lavrov, are one speaker. The corpus configuration's people (names and
	// aliases) are one speaker too.
	Fold [][]string `yaml:"fold,omitempty"`
}

// Side is one side's name and the words that stand for it.
type Side struct {
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
}

// WeekdayOptions configure kind weekday.
type WeekdayOptions struct {
	// Ambiguous also reports a weekday that may be its anchor's own day or a week later
	// ("schedules a meeting on Monday" in an entry dated Monday, Dec 1), with the other
	// sentences of the article that repeat the words around it.
	Ambiguous bool `yaml:"ambiguous,omitempty"`
}

// DistanceStep allows Edits edits for names of at least MinLength letters.
type DistanceStep struct {
	MinLength int `yaml:"min-length,omitempty"`
	Edits     int `yaml:"edits,omitempty"`
}

// Lexicon is generic knowledge shared by all extractors: never about one story.
type Lexicon struct {
	// EventWords are the event words of every loaded rule (kinds date and duration), for
	// the lexicon's event class; they come from the rules, not from lexicon files.
	EventWords []string `yaml:"-"`
	// GroupWords are the group words of every loaded roster rule ("delegation", "team"),
	// for the lexicon's group class.
	GroupWords []string `yaml:"-"`
	// RosterWords are the first words of the roster rules' wordings ("consisted", "led").
	RosterWords []string `yaml:"-"`
	// GivenNames are common first names of many languages.
	GivenNames []string `yaml:"given-names"`
	// FeminineNames and MasculineNames are given names that are one gender's in the
	// languages they come from (Rachel, Olena; Andrew, Volodymyr): "she" cannot stand for
	// Andrew Bailey. Names borne by both (Alex, Andrea, Jean, Kim) belong in neither. They
	// are given names too.
	FeminineNames  []string `yaml:"feminine-names"`
	MasculineNames []string `yaml:"masculine-names"`
	// Nicknames are groups of one given name's forms, the full one first ([Anthony,
	// Tony], [Michael, Mike]): a speaker quoted as Tony Holt is Anthony Holt.
	Nicknames [][]string `yaml:"nicknames"`
	// Titles are words of titles and offices that come before a name ("President", "envoy").
	Titles []string `yaml:"titles"`
	// OrgWords make a capitalised run an organisation or place, not a person.
	OrgWords []string `yaml:"org-words"`
	// OrgNames are names of organisations that read like a person's ("Goldman Sachs",
	// "Wells Fargo", "Morgan Stanley"): never a person.
	OrgNames []string `yaml:"org-names"`
	// CompanyWords are the designators that follow a company's name ("Inc", "Ltd"): the
	// name written alone elsewhere in the article is the company's too ("Acer said").
	CompanyWords []string `yaml:"company-words"`
	// NotNames are capitalised words that are never part of a person's name.
	NotNames []string `yaml:"not-names"`
	// TitleModifiers qualify a title ("military", "foreign", "acting"): never part of a
	// name, and in lower case they may open a title before its field word.
	TitleModifiers []string `yaml:"title-modifiers"`
	// SpeechVerbs follow or precede a speaker ("said", "told").
	SpeechVerbs []string `yaml:"speech-verbs"`
	// Places are countries, regions and major cities: never a person's name.
	Places []string `yaml:"places"`
}

// Merge adds the entries of o to l.
func (l *Lexicon) Merge(o *Lexicon) {
	if o == nil {
		return
	}
	l.GivenNames = append(l.GivenNames, o.GivenNames...)
	l.FeminineNames = append(l.FeminineNames, o.FeminineNames...)
	l.MasculineNames = append(l.MasculineNames, o.MasculineNames...)
	l.Nicknames = append(l.Nicknames, o.Nicknames...)
	l.Titles = append(l.Titles, o.Titles...)
	l.OrgWords = append(l.OrgWords, o.OrgWords...)
	l.CompanyWords = append(l.CompanyWords, o.CompanyWords...)
	l.OrgNames = append(l.OrgNames, o.OrgNames...)
	l.NotNames = append(l.NotNames, o.NotNames...)
	l.TitleModifiers = append(l.TitleModifiers, o.TitleModifiers...)
	l.SpeechVerbs = append(l.SpeechVerbs, o.SpeechVerbs...)
	l.Places = append(l.Places, o.Places...)
	l.EventWords = append(l.EventWords, o.EventWords...)
	l.GroupWords = append(l.GroupWords, o.GroupWords...)
	l.RosterWords = append(l.RosterWords, o.RosterWords...)
}

// Config is a corpus configuration (.factcheck.yaml): story knowledge and rule settings.
type Config struct {
	// Rules are extra rule files, relative to the configuration file.
	Rules []string `yaml:"rules"`
	// Disable switches rules off by id.
	Disable []string `yaml:"disable"`
	// Severity re-levels rules by id.
	Severity map[string]Severity `yaml:"severity"`
	// People are the story's known people.
	People []Person `yaml:"people"`
	// Places declares the corpus's places and how they nest: "Hallandale Beach" within
	// "Miami", within "Florida". The mentions of one event may give nested places.
	Places []Place `yaml:"places"`
	// Events declares events the corpus knows: a unique event is one event whatever dates
	// its sources give ("the Geneva talks").
	Events []NamedEvent `yaml:"events"`
	// Lexicon adds generic or story vocabulary (given names, titles).
	Lexicon *Lexicon `yaml:"lexicon"`

	// Path is the configuration file, or "" when there is none.
	Path string `yaml:"-"`

	src *source
}

// Place is a place of the corpus: its name, other names for it, and the places it lies in.
type Place struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Within  []string `yaml:"within"`
}

// NamedEvent is an event the corpus configuration declares.
type NamedEvent struct {
	// Name is how reports call the event.
	Name string `yaml:"name"`
	// Class is the event class (of the date rule's classes) its mentions have; Place is
	// where it took place: a mention of that class at that place (or a place within it)
	// is a mention of this event.
	Class string `yaml:"class"`
	Place string `yaml:"place"`
	// Words, when given, are the event words a mention must use ("trial", not "hearing":
	// a bail hearing in the same court is another event).
	Words []string `yaml:"words"`
	// Unique says the corpus has only one such event: its mentions are one event whatever
	// dates they give, and dates that cannot fall within its length conflict.
	Unique bool `yaml:"unique"`
	// Days is the event's length in days (default 1): mentions of a three-day visit may each
	// name one of its days.
	Days int `yaml:"days"`
}

// Person is a known person of the story.
type Person struct {
	// Name is the canonical spelling.
	Name string `yaml:"name"`
	// Aliases are other accepted spellings.
	Aliases []string `yaml:"aliases"`
	// Titles are the person's posts, each with the days it held (YYYY-MM-DD, either end
	// may be left open): a source's wording of one of them is never a finding of kind
	// role, and a post held on the article's date is the reference for the others.
	Titles []PersonTitle `yaml:"titles"`
	// Side is the party the person belongs to ("Ukraine", "United States"), for rosters.
	Side string `yaml:"side"`
}

// PersonTitle is one post of a known person.
type PersonTitle struct {
	Title string `yaml:"title"`
	From  string `yaml:"from"`
	To    string `yaml:"to"`
}
