// Package claim defines a claim: one checkable statement read from one place in one
// article, with its position, its evidence and its typed value.
package claim

import (
	"cmp"
	"strings"
)

// Claim is one extracted claim. Positions are 1-based; columns count Unicode characters and
// EndColumn is exclusive.
type Claim struct {
	// Kind is the kind of claim: "quantity", "person".
	Kind string `json:"kind"`
	// Path is the article's path relative to the corpus root.
	Path      string `json:"path"`
	Line      int32  `json:"line"`
	Column    int32  `json:"column"`
	EndLine   int32  `json:"end_line"`
	EndColumn int32  `json:"end_column"`
	// Text is the claim's words as the article writes them.
	Text string `json:"text"`
	// Value is the claim's normalised value ("19 points", "Zelenskyy").
	Value string `json:"value"`
	// Sentence is the whole sentence the claim comes from.
	Sentence string `json:"sentence"`
	// Source and Published are the article's metadata. Published, which is inferred after
	// every article is read, is set only on claims that leave the engine as values
	// (checker.Result.Claims); in the corpus pass it is the article's (Article.Published,
	// by the claim's Article index), and reports take it from there.
	Source    string `json:"source"`
	Published string `json:"published"`
	// Highlight is the span of Text inside Sentence, in bytes, for reports.
	Highlight [2]int32 `json:"-"`
	// Article is the index of the article in the corpus.
	Article int32 `json:"-"`
	// Offset is the claim's byte offset in its file, for ordering.
	Offset int32 `json:"-"`

	// Also lists further places in the same article where the same words occur, when a
	// finding gathers repeated mentions (a name written the same way ten times) under one
	// claim.
	Also []Pos `json:"also,omitempty"`

	// Quantity is set on quantity claims.
	Quantity *Quantity `json:"quantity,omitempty"`
	// Person is set on person claims.
	Person *Person `json:"person,omitempty"`
	// Event is set on event claims: a mention of a meeting, a visit, an address... with its
	// place and the time the sentence gives it.
	Event *Event `json:"event,omitempty"`
	// When is set on weekday claims: a date expression and what the calendar says of it.
	When *When `json:"when,omitempty"`
	// Roster is set on roster claims: a statement of who took part.
	Roster *Roster `json:"roster,omitempty"`
	// Reference is set on reference claims: "the minister" or "she", and the person it
	// refers back to.
	Reference *Reference `json:"reference,omitempty"`
	// Quote is set on quote claims: the words between quotation marks and who they are
	// credited to.
	Quote *Quote `json:"quote,omitempty"`
}

// Quote is one quotation and its attribution.
type Quote struct {
	// Text is the quote normalised: lower case, single spaces, " | " where a sentence
	// ends or an ellipsis cuts it.
	Text string `json:"text"`
	// Match is Text with British spellings in their American form (quotes.FoldSpelling):
	// what quotes are compared by. It is Text itself when no word changes.
	Match string `json:"-"`
	// Words is the number of words; Short marks a characterisation ("productive and
	// constructive") shorter than the rules' minimum, never compared.
	Words int  `json:"words"`
	Short bool `json:"short,omitempty"`
	// Lead are up to three words before the opening mark in the same sentence, normalised:
	// what a fragment quote continues ("leaves ukraine" "sovereign, independent...").
	Lead string `json:"-"`
	// Speaker, Verb, How and Unsure are the attribution (see quotes.Attribution); Key is
	// the speaker's folded surname.
	Speaker string `json:"speaker,omitempty"`
	Verb    string `json:"verb,omitempty"`
	How     string `json:"how,omitempty"`
	Unsure  bool   `json:"unsure,omitempty"`
	Key     string `json:"-"`
	// Given is the speaker's first given name folded, when written: Robert and Anne
	// Ellison are two speakers, "Ellison" may be either.
	Given string `json:"-"`
	// Occasion is when the sentence says the words were spoken, for telling one
	// statement's two wordings from two statements.
	Occasion Occasion `json:"-"`
	// Start is where the whole quote (of which this claim is one part) opens in its
	// article's body: the parts of one quote share it, and are no two wordings.
	Start int32 `json:"-"`
}

// Occasion is the months, weekdays and year a sentence names: bit m-1 of Months for
// month m, bit d of Weekdays for time.Weekday d.
type Occasion struct {
	Months   uint16
	Weekdays uint8
	Year     int16
	// Days has bit d-1 for each day of the month d the sentence names with a month ("Aug.
	// 7", "14 August").
	Days uint32
}

// Differs reports whether o and p name different times of one sort: two months, two
// weekdays or two years that share none. Times of different sorts ("Monday", "Dec. 1")
// may be the same day.
func (o Occasion) Differs(p Occasion) bool {
	return o.Months != 0 && p.Months != 0 && o.Months&p.Months == 0 ||
		o.Days != 0 && p.Days != 0 && o.Days&p.Days == 0 ||
		o.Weekdays != 0 && p.Weekdays != 0 && o.Weekdays&p.Weekdays == 0 ||
		o.Year != 0 && p.Year != 0 && o.Year != p.Year
}

// Reference is a back-reference resolved to the person named before it.
type Reference struct {
	// Form is "title" ("the minister") or "pronoun" ("she").
	Form string `json:"form"`
	// To is the person's name as written where they were last named, at Line.
	To   string `json:"to"`
	Line int32  `json:"line"`
	// Key is the person's folded surname.
	Key string `json:"-"`
	// Unsure marks a guess: another person fits as well, or the person was named more
	// than a sentence before.
	Unsure bool `json:"unsure,omitempty"`
}

// Roster is a statement of who took part in an event, for one side of it: a list (with
// or without a count), its leaders, or who was absent.
type Roster struct {
	// Form is "list" (the members, Complete when the wording leaves nobody out),
	// "leader" (Members lead the side), or "absent" (Members did not take part).
	Form     string `json:"form"`
	Complete bool   `json:"complete,omitempty"`
	// Side names the side as the configuration or the pack spells it ("United States")
	// or as written ("Benfica"); Group is the group word ("delegation").
	Side  string `json:"side,omitempty"`
	Group string `json:"group,omitempty"`
	// Count is the number of people the statement gives, 0 for none; Listed is the
	// number it names.
	Count   int      `json:"count,omitempty"`
	Listed  int      `json:"listed"`
	Members []string `json:"members"`
	// Keys are the members' folded surnames, for comparing rosters.
	Keys []string `json:"-"`
	// Scope are file offsets: where an event mention may apply to the statement (from the
	// start of the second sentence before it), where its own sentence starts and where it
	// ends; for an absence, where the event words it names start and end ("did not attend
	// the talks").
	Scope [3]int32 `json:"-"`
	// Timed marks a statement whose sentence names a time of its own ("Last season,
	// ..."): it is never taken for the article's one event.
	Timed bool `json:"-"`
}

// Event is one mention of an event.
type Event struct {
	// Class is the kind of event ("meeting", "address", "visit"), from the rule's trigger
	// words; Trigger is the word that names it as written ("talks", "session").
	Class   string `json:"class"`
	Trigger string `json:"trigger"`
	// Place is the place the sentence gives the event, canonical when the configuration
	// names it ("Hallandale Beach"), else as written.
	Place string `json:"place,omitempty"`
	// Named is the configuration's name of the event, when the mention matches an event
	// the configuration declares ("Geneva talks").
	Named string `json:"named,omitempty"`
	// Date is the date expression attached to the mention, as written; From and To are
	// the days it denotes (YYYY-MM-DD), Granularity how finely it is written ("day",
	// "week", "part" of a month or year...).
	Date        string `json:"date,omitempty"`
	From        string `json:"from,omitempty"`
	To          string `json:"to,omitempty"`
	Granularity string `json:"granularity,omitempty"`
	// Role says what the date is of the event: "" for when it happened, "end" for when it
	// ended ("concluded on 30 November"), "start" for when it began.
	Role string `json:"role,omitempty"`
	// Ambiguous marks a date the text does not settle ("on Monday", said on a Monday).
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Lead marks a date taken from the start of the sentence or timeline entry ("Dec 2,
	// 2025 – In Moscow, ... hold a session") rather than from the words next to the event.
	Lead bool `json:"lead,omitempty"`
	// HoursLo and HoursHi bound the length the mention gives the event, in hours (a
	// "five-hour session", "roughly four hours"); HoursHi is -1 for no upper bound.
	HoursLo  float64 `json:"hours_lo,omitempty"`
	HoursHi  float64 `json:"hours_hi,omitempty"`
	Duration string  `json:"duration,omitempty"`
	// Descriptors are words that set the event apart ("second", "follow-up", "earlier").
	Descriptors []string `json:"descriptors,omitempty"`
	// Participants are the surnames of the people the sentence names with a given name or
	// a title ("Marco Rubio", "President Putin").
	Participants []string `json:"participants,omitempty"`

	// Reference marks a mention that refers to the event rather than reports it ("a
	// continuation of the talks in Geneva", "after the Moscow talks").
	Reference bool `json:"-"`
	// FromDay and ToDay are From and To as day numbers; PlaceKey is the folded place.
	FromDay  int32  `json:"-"`
	ToDay    int32  `json:"-"`
	PlaceKey string `json:"-"`
	// Fine marks a date precise enough to tell events apart: named days, a week of them at
	// most (not "that week", not an ambiguous weekday).
	Fine bool `json:"-"`
	// Floating marks a date without its year in an article that does not say when it was
	// published: the corpus pass gives it a year once publication dates are inferred.
	Floating bool `json:"-"`
	// FromPublished marks a floating date counted in days from the publication date ("the
	// past three days"), rather than a calendar date.
	FromPublished bool `json:"-"`
}

// When is a date expression with a calendar problem.
type When struct {
	// Expr is the expression as written; From and To are the days it resolves to.
	Expr string `json:"expr"`
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
	// Weekday is the weekday the text names; Actual is the weekday of the date, when the
	// text also gives one.
	Weekday string `json:"weekday,omitempty"`
	Actual  string `json:"actual,omitempty"`
	// Anchor is the date a weekday was counted from; Alternative is the other day it may
	// mean when it is ambiguous.
	Anchor      string `json:"anchor,omitempty"`
	Alternative string `json:"alternative,omitempty"`
	// Problem names the finding the claim belongs to; claims of one article with the same
	// problem are one finding. Related marks a claim that repeats the flagged words.
	Problem string `json:"problem"`
	Related bool   `json:"related,omitempty"`
	// Floating marks a date without its year in an article that does not say when it was
	// written: the corpus pass gives it the year nearest the inferred publication date and
	// only then checks its weekday.
	Floating bool `json:"-"`
}

// Quantity is a count: what is counted, what it belongs to, and its value as an interval.
type Quantity struct {
	// Lo and Hi bound the value; Hi is -1 for "no upper bound".
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
	// Hedge is the hedge phrase, if any ("nearly").
	Hedge string `json:"hedge,omitempty"`
	// Unit is the counted noun, singular ("point").
	Unit string `json:"unit"`
	// Owner is what the count belongs to ("plan"), if known.
	Owner string `json:"owner,omitempty"`
	// Predicate says what happened to what is counted ("killed"), if known.
	Predicate string `json:"predicate,omitempty"`
	// Qualifier distinguishes owners ("us" for "the US delegation").
	Qualifier string `json:"qualifier,omitempty"`
	// Stage is the version of the owner ("initial", "revised"), if marked.
	Stage string `json:"stage,omitempty"`
	// Scope is where the count holds, when the sentence says ("kerr county", "texas").
	Scope string `json:"scope,omitempty"`
	// Period is the period a figure is given for ("this year", "third quarter").
	Period string `json:"period,omitempty"`
	// Distinct marks a count its sentence sets apart as another incident ("in a separate
	// incident, 3 people died"); it is compared with nothing.
	Distinct bool `json:"distinct,omitempty"`
	// Event is the kind of event the sentence is about ("quake"), for counts with a
	// predicate.
	Event string `json:"event,omitempty"`
	// Year is a year the sentence names, when it names one; a year other than the
	// article's own marks another occasion ("the 2009 quake").
	Year int `json:"year,omitempty"`
	// Listed marks a count in a list of counts of one whole ("three goalkeepers, nine
	// defenders and ...").
	Listed bool `json:"listed,omitempty"`
	// OwnerInferred marks an owner taken from the rest of the corpus.
	OwnerInferred bool `json:"owner_inferred,omitempty"`
}

// Person is a mention of a person's name.
type Person struct {
	// Given is the given name(s), if written.
	Given string `json:"given,omitempty"`
	// Surname is the family name (or the single name).
	Surname string `json:"surname"`
	// Cue is what marked the words as a name: "title", "given-name", "speech", "pattern",
	// "known", or "candidate" for a lone capitalised word kept in case it names a person.
	Cue string `json:"cue"`
	// Title is the title or post the sentence gives the person where it names them
	// ("Secretary of State", "chief of Ukraine's General Staff"); TitleForm says whether it
	// stands "before" the name or in "apposition" after it.
	Title     string `json:"title,omitempty"`
	TitleForm string `json:"title_form,omitempty"`
	// SurnameKey and GivenKey are the folded forms of the surname and the first given name
	// under the extracting rule's folding, computed in the parallel pass so that the corpus
	// pass only compares them.
	SurnameKey string `json:"-"`
	GivenKey   string `json:"-"`
}

// Pos is a line and column.
type Pos struct {
	Line   int32 `json:"line"`
	Column int32 `json:"column"`
}

// Less orders claims by article path, then offset.
func Less(a, b *Claim) bool { return Compare(a, b) < 0 }

// Compare orders claims by article path, then offset, for slices.SortFunc.
func Compare(a, b *Claim) int {
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return cmp.Compare(a.Offset, b.Offset)
}
