package quantity

import (
	"math"
	"strings"
	"testing"

	"factcheck/checker/article"
	"factcheck/checker/lexicon"
	"factcheck/checker/numbers"
	"factcheck/checker/text"
	"factcheck/rules"
)

// TestExtract: what each sentence's counts are read as. Each want lists
// value/unit/owner/predicate/stage/qualifier/scope per count, "" for none.
func TestExtract(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	o, err := compile(set.Rule("count-mismatch").Quantity)
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	cases := []struct{ sentence, want string }{
		// owners, stages, hedges
		{"The revised plan comprises 20 points.", "20/point/plan//revised//"},
		{"The framework, now reportedly reduced to 19 points, safeguards them.", "19/point/plan//revised//"},
		{"The initial 28-point plan was rejected.", "28/point/plan//initial//"},
		{"Talks focused on a revised 20-point peace plan.", "20/point/plan//revised//"},
		{"The plan was cut from 28 points to 19.", "28/point/plan//initial// 19/point/plan//revised//"},
		{"The US delegation consisted of three officials: Rubio, Witkoff and Kushner.", "3/official/delegation///us/"},
		{"Ukraine sent a team of ten representatives.", "10/representative/delegation////"},
		{"The squad has three goalkeepers, nine defenders and seven forwards.", "3/goalkeeper/squad//// 9/defender/squad//// 7/forward/squad////"},
		{"Prosecutors called 20 witnesses.", "20/witness/prosecutor/called///"},
		// predicates, hedges, scopes, events
		{"At least 12 people were killed on Friday.", "12-inf/person//killed///"},
		{"Nearly 400 people were injured in the quake.", "360-400/person//injured///"},
		{"The attack killed more than 30 civilians.", "31-inf/civilian//killed///"},
		{"In Kerr County alone, 68 people were killed.", "68/person//killed///kerr county"},
		{"At least 79 people have been killed across Texas.", "79-inf/person//killed///texas"},
		{"Police now say 17 people were killed in the storm.", "17/person//killed/revised//"},
		{"Twelve dead after the blast.", "12/person//killed///"},
		// amounts of money
		{"Washington announced a $1.5 million aid package.", "1500000/dollar/package///washington/"},
		{"The EU pledged a €50 million grant on Monday.", "50000000/euro/package///eu/"},
		{"It is a 50 million euro aid package.", "50000000/euro/package////"},
		{"Germany's aid package is worth 500 million euros.", "500000000/euro/package///germany/"},
		// ranges and scores
		{"The plan has between 10 and 12 points.", "10-12/point/plan////"},
		{"The plan has 10-12 points.", "10-12/point/plan////"},
		{"They won with a 3-1 win at home.", ""},
		{"Witnesses heard from 41 people.", "41/person/////"},
		{"Some 230 abroad voted early.", ""},
		// review look-alikes
		{"The jury of 12 included seven women.", "7/woman/////"},
		{"The men's squad has 26 players.", "26/player/squad///men/"},
		{"The first boat carried about 95 people.", "85.5-104.5/person/first boat/carried///"},
		{"A bus crash near Ankara killed 14 people.", "14/person//killed///ankara"},
		{"The revised peace plan has 19 points, three officials familiar with the talks said.", "19/point/plan//revised// 3/official/////"},
		{"Update: 14 people are now confirmed dead.", "14/person//killed/revised//"},
		{"The package, worth $2 million, was approved.", "2000000/dollar/package////"},
		{"Cohen paid $130,000 (£102,300) to Daniels.", "130000/dollar///// 102300/pound/////"},
		// counts without owner: read, never compared
		{"Three officials familiar with the talks said so.", "3/official/////"},
		{"The talks focused on four key elements.", "4/element/////"},
		{"The plan, three officials said, is ready.", "3/official/////"},
		// not counts
		{"The talks lasted five hours over three days.", ""},
		{"Article 5 and Air Force One and the G7 and COVID-19.", ""},
		{"A magnitude 6.2 quake hit at 3:36 a.m. on Aug. 24, 2016.", ""},
		{"Trump, 77, left on Nov. 5 as the 2016 election neared [1].", ""},
		{"England won 6-2 in the 35th minute of the second half.", ""},
		{"An estimated 2,500 people lost their homes.", "2250-2750/person/////"},
		{"No one of them came; one of the two left.", ""},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.sentence, 0, len(c.sentence))
		lex.Classify(toks)
		var got []string
		for _, r := range o.extract(&article.Sentence{Toks: toks}, nil) {
			lo, hi := o.interval(r.lo, r.hi, r.hedge)
			v := plain(lo)
			if hi != lo {
				v += "-" + plain(hi)
			}
			got = append(got, strings.Join([]string{v, r.unit, r.owner, r.predicate, r.stage, r.qualifier, r.scope}, "/"))
		}
		if g := strings.Join(got, " "); g != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.sentence, g, c.want)
		}
	}
}

func plain(v float64) string {
	if math.IsInf(v, 1) {
		return "inf"
	}
	return strings.ReplaceAll(numbers.Format(v), ",", "")
}
