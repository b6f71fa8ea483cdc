package quotes_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"factcheck/checker/article"
	"factcheck/checker/lexicon"
	"factcheck/checker/names"
	"factcheck/checker/quotes"
	"factcheck/rules"
)

// TestFind: quotes between marks, split around an attribution, continued over paragraphs,
// and marks that are not quotes.
func TestFind(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // each quote's text, "+" before one that continues the one before
	}{
		{"one", `He said "we will win" today.`, []string{"we will win"}},
		{"comma inside", `"Peace is near," he said.`, []string{"Peace is near"}},
		{"split around attribution", `"Peace is near," he wrote. "We are ready."`, []string{"Peace is near", "+We are ready."}},
		{"two paragraphs", "\"The first part.\n\"The second part,\" she said.", []string{"The first part.", "+The second part"}},
		{"a new paragraph quote", "\"First,\" she said.\n\"Second.\"", []string{"First", "Second."}},
		{"unclosed at paragraph end", "He said \"no end\nNext paragraph.", nil},
		{"inches", `A 12" screen and "a quote" here.`, []string{"a quote"}},
		{"in brackets", `It was ("very good") indeed.`, []string{"very good"}},
		{"empty marks", `Say "" nothing.`, nil},
		{"single marks", `'Peace is near,' he wrote. 'We are ready.'`, []string{"Peace is near", "+We are ready."}},
		{"plural possessive inside", `'The players' union is right,' he said.`, []string{"The players' union is right"}},
		{"double inside single", `'He called it "historic",' she said.`, []string{`He called it "historic"`}},
		{"single inside double", `"He said 'no' twice," she said.`, []string{"He said 'no' twice"}},
		{"apostrophes are no marks", `Ukraine's team, the players' bus and rock 'n' roll in the '90s.`, nil},
		{"an elision inside single marks", `'Rock 'n' roll will never die in this city,' Ana Lima said.`, []string{"Rock 'n' roll will never die in this city"}},
		{"one word in single marks", `He said 'Yes' and left.`, []string{"Yes"}},
		{"single marks over paragraphs", "'The first part.\n'The second part,' she said.", []string{"The first part.", "+The second part"}},
		{"single marks before a bracket", `Ana Lima said: '[The] decision gives firms room.'`, []string{"[The] decision gives firms room."}},
		{"single marks before a number", `She said: '2% inflation is the target.'`, []string{"2% inflation is the target."}},
		{"single marks before an ellipsis", `He added: '...and that is why we cut.'`, []string{"...and that is why we cut."}},
		{"double inside single at the start", `'"Gradual" is the word,' she said.`, []string{`"Gradual" is the word`}},
		{"years are elisions", `The class of '24 and the '90s band and '08 crisis.`, nil},
		{"single then double", `'One two three,' he said, and "four five six" too.`, []string{"One two three", "+four five six"}},
	}
	for _, tc := range tests {
		var got []string
		for _, q := range quotes.Find(tc.src) {
			s := tc.src[q.Start:q.End]
			if q.Continues {
				s = "+" + s
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestFindKinds: with the kinds of marks the article wrote, a quote inside a quote written
// with the other kind belongs to the outer one; a curly mark closed by a straight one (a
// typo) still closes.
func TestFindKinds(t *testing.T) {
	tests := []struct {
		name, src string
		curly     []int // positions of curly marks, opening then closing, in order
		want      []string
	}{
		{"curly inside straight", `"Yesterday he told us, "We stand up for families." Nobody believes it," Plibersek said.`, []int{23, 49},
			[]string{`Yesterday he told us, "We stand up for families." Nobody believes it`}},
		{"straight inside curly", `"He called it "a disgrace" twice," she said.`, []int{0, 33},
			[]string{`He called it "a disgrace" twice`}},
		{"curly opened, straight closed", `"We are ready," he said.`, []int{0}, []string{"We are ready"}},
		{"all straight: the inner mark restarts", `"Yesterday he told us, "We stand up for families." Nobody believes it," Plibersek said.`, nil,
			[]string{"We stand up for families."}},
	}
	for _, tc := range tests {
		kind := func(j int) byte {
			for i, p := range tc.curly {
				if p == j {
					if i%2 == 0 {
						return quotes.CurlyOpen
					}
					return quotes.CurlyClose
				}
			}
			return 0
		}
		var got []string
		for _, q := range quotes.AppendFindKinds(nil, tc.src, kind) {
			got = append(got, tc.src[q.Start:q.End])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestNormalize: words in lower case, cuts at sentence ends and ellipses, apostrophes and
// hyphens inside words kept, abbreviations and decimals uncut.
func TestNormalize(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Our shared priority is to stop the killing,", "our shared priority is to stop the killing"},
		{"partners. ... Ukraine remains committed", "partners | ukraine remains committed"},
		{"Ukraine's long-term prosperity", "ukraine's long-term prosperity"},
		{"U.S. partners said 1.5 billion", "u s partners said 1 5 billion"},
		{"Is it? Yes! Fine; done", "is it | yes | fine | done"},
		{"  — dashes — and 'single' ", "dashes and single"},
		{"We're not done, we can't stop and won't", "we are not done we can not stop and will not"},
		{"a $3.5bn deal, 12% more", "a $3 5 billion deal 12% more"},
		{"a £2 billion plan", "a £2 billion plan"},
		{"weaponised colour in the centre", "weaponised colour in the centre"}, // see TestFoldSpelling
		{"a precise contour", "a precise contour"},
		{"our hour: you'll see", "our hour you will see"},
		{"There's been a lot of talk; it's late and that's that", "there has been a lot of talk | it is late and that is that"},
		{"the party's leader", "the party's leader"},
		{"no doubt that Mr. Bankman-Fried lied. Dr. Ruiz agreed.", "no doubt that mr bankman-fried lied | dr ruiz agreed"},
	}
	for _, tc := range tests {
		got := quotes.Normalize(tc.src)
		if got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.src, got, tc.want)
		}
		if n, w := quotes.CountWords(got), len(quotes.Words(got)); n != w {
			t.Errorf("CountWords(%q) = %d, Words has %d", got, n, w)
		}
		if _, n := quotes.NormalizeCount(tc.src); n != len(quotes.Words(got)) {
			t.Errorf("NormalizeCount(%q) counts %d words, Words has %d", tc.src, n, len(quotes.Words(got)))
		}
	}
}

// TestFoldSpelling: British endings of words longer than five letters take their American
// form, in every word of a normalised quote and its cuts; a quote without one is returned as
// it is.
func TestFoldSpelling(t *testing.T) {
	tests := []struct{ norm, want string }{
		{"weaponised colour in the centre", "weaponized color in the center"},
		{"the organisation's organisations | realising", "the organisation's organizations | realizing"},
		{"our hour rise", "our hour rise"},
		{"colours theatres", "colors theaters"},
		{"a precise contour", "a precize contor"}, // the rule's non-words, for comparing only
		{"", ""},
		{"centre", "center"},
	}
	for _, tc := range tests {
		if got := quotes.FoldSpelling(tc.norm); got != tc.want {
			t.Errorf("FoldSpelling(%q) = %q, want %q", tc.norm, got, tc.want)
		}
	}
	// The two spellings of one statement compare equal after folding.
	uk := quotes.FoldSpelling(quotes.Normalize("We will prioritise the defence of our neighbours' centres."))
	us := quotes.FoldSpelling(quotes.Normalize("We will prioritize the defence of our neighbors' centers."))
	if uk != us {
		t.Errorf("folded: %q against %q", uk, us)
	}
}

// TestSplit: a quote cut into its sentences.
func TestSplit(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"We are ready. We will sign.", []string{"We are ready.", "We will sign."}},
		{"with partners. ... Ukraine remains committed", []string{"with partners.", "Ukraine remains committed"}},
		{"The U.S. side agreed. Done", []string{"The U.S. side agreed.", "Done"}},
		{"Is it? Yes", []string{"Is it?", "Yes"}},
		{"one part only", []string{"one part only"}},
		{"before the end of the year ... and it will include tanks", []string{"before the end of the year", "and it will include tanks"}},
		{"before the end of the year … and tanks", []string{"before the end of the year …", "and tanks"}},
		{"We sent them [...] a private jet", []string{"We sent them", "a private jet"}},
		{"no doubt that Mr. Ellison lied. Dr. Ruiz agreed.", []string{"no doubt that Mr. Ellison lied.", "Dr. Ruiz agreed."}},
	}
	for _, tc := range tests {
		var got []string
		for _, sp := range quotes.Split(tc.src, 0, len(tc.src)) {
			got = append(got, tc.src[sp[0]:sp[1]])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Split(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestAttribute: the speaker after the quote, before it, through a back-reference, and
// carried on by a continuing quote.
func TestAttribute(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	tests := []struct {
		name, src string
		want      []string // "speaker/how" (with ":key" to check the key too), or "-" for none
	}{
		{"name and verb after", `"Peace is near," Ana Ruiz said.`, []string{"Ana Ruiz/named"}},
		{"verb and name after", `"Peace is near," said Ana Ruiz.`, []string{"Ana Ruiz/named"}},
		{"platform after the verb", `"Peace is near," Witkoff wrote on X.`, []string{"Witkoff/named"}},
		{"pronoun", "Foreign Minister Ana Ruiz arrived in Lima. \"Peace is near,\" she said.", []string{"Ana Ruiz/pronoun"}},
		{"definite title", "Foreign Minister Ana Ruiz arrived in Lima. \"Peace is near,\" the minister said.", []string{"Ana Ruiz/title"}},
		{"before with a colon", `Ana Ruiz said: "Peace is near."`, []string{"Ana Ruiz/named"}},
		{"fragment in a paraphrase", `Ana Ruiz stressed that the deal leaves Peru "safe and prosperous for decades."`, []string{"Ana Ruiz/named"}},
		{"split around attribution", `"Peace is near," Ana Ruiz said. "We are ready."`, []string{"Ana Ruiz/named", "Ana Ruiz/continued"}},
		{"next paragraph", "\"Peace is near,\" Ana Ruiz said.\n\"We are ready.\"", []string{"Ana Ruiz/named", "Ana Ruiz/continued"}},
		{"according to", `"Peace is near," according to Ana Ruiz.`, []string{"Ana Ruiz/named"}},
		{"no speaker", `The plan was called "a step forward for everyone involved".`, []string{"-"}},
		{"single curly marks", "‘Peace is near,’ Ana Ruiz said. ‘We are ready.’", []string{"Ana Ruiz/named", "Ana Ruiz/continued"}},
		{"told reporters", `Ana Ruiz told reporters: "Peace is near."`, []string{"Ana Ruiz/named"}},
		{"described as", `Ana Ruiz described the deal as "a step forward for the whole region".`, []string{"Ana Ruiz/named"}},
		{"apposition before the verb", `"We want guarantees," Mykhailo Podolyak, an adviser to the president, told reporters.`, []string{"Mykhailo Podolyak/named"}},
		{"hyphenated name and dotted title", `"What was unthinkable is unstoppable," U.N. Secretary-General Ban Ki-moon said.`, []string{"Ban Ki-moon/named"}},
		{"said the X, NAME", `"They had a deserved win," said the Southampton manager, Ralph Hasenhuttl.`, []string{"Ralph Hasenhuttl/named"}},
		{"a particle joins two names", `"We have language on fossil fuel," said Sultan al-Jaber, the COP28 president.`, []string{"Sultan al-Jaber/named"}},
		{"words the name reader misses", `"It should never have been considered," Major said in a statement.`, []string{"Major/named"}},
		{"subject after an introductory phrase", `Reading out the judgment, Lady Hale said the prorogation was "void and of no effect at all".`, []string{"Hale/named"}},
		{"the subject of the sentence before, a guess", "Lady Hale ruled first. Gina Miller, who brought the case, spoke outside. \"Today is a win for democracy,\" she said.", []string{"Gina Miller/pronoun?"}},
		{"the subject of the sentence before, alone", "The court ruled first. Gina Miller, who brought the case, spoke outside. \"Today is a win for democracy,\" she said.", []string{"Gina Miller/pronoun"}},
		{"the speaker of the quote before", "\"The talks are over,\" said Ibrahim Kalin, who spoke for Recep Tayyip Erdogan. \"We regret it deeply,\" he added.", []string{"Ibrahim Kalin/named", "Ibrahim Kalin/pronoun"}},
		{"an own verb stops a continuation", "\"The agency will enforce the law,\" Paul Atkins said. The market fell. \"We will appeal the decision at once,\" the company said.", []string{"Paul Atkins/named", "the company/unnamed"}},
		{"a quote paragraph after a plain one is no continuation", "\"The agency will enforce the law,\" Paul Atkins said.\nThe market fell sharply on the news.\nAnalysts were divided.\n\"We will appeal.\"", []string{"Paul Atkins/named", "-"}},
		{"a passive is no speaker", `Tom Reed was told: "You will go to prison for a very long time."`, []string{"-"}},
		{"a denial is no speaker", `Tom Reed denied saying "the money was moved offshore last spring".`, []string{"-"}},
		{"told of is no speech", `The jury was told of "a calculated deception over many years".`, []string{"-"}},
		{"a possessive subject is not the speaker", `Schnabel's spokesman said: "We do not comment on rumours at all."`, []string{"-"}},
		{"gender from honorifics", "Mr Starmer and Ms Reeves left together. \"It was a Budget for growth and jobs,\" she said.", []string{"Reeves/pronoun"}},
		{"according to, before", `According to Isabel Schnabel, "inflation will stay above target for some time".`, []string{"Isabel Schnabel/named"}},
		{"a company the article names with Inc", "Acer Inc has completed the deal. \"We look forward to a seamless integration,\" Acer said in a statement.", []string{"Acer/unnamed"}},
		{"a company's name as the verb's subject", "Acer Inc has completed the deal. Acer said: \"We look forward to a seamless integration.\"", []string{"Acer/unnamed"}},
		{"a name the article never writes with Inc", "Acer Group has completed the deal. \"We look forward to a seamless integration,\" Acer said in a statement.", []string{"Acer/named"}},
		{"a designator in lower case", "Shell plc reported its profits. \"We look forward to a seamless integration,\" Shell said in a statement.", []string{"Shell/unnamed"}},
		{"a person of a company's name", "Tom Reed founded Reed Ltd in 1981. \"We will not sell the business my father built,\" Reed said.", []string{"Reed/named"}},
		{"a designator in a title-case line", "Starmer Inc by Backbench Revolt on Welfare Bill\n\"We will not change course on this bill,\" Starmer said.", []string{"Starmer/named"}},
		{"a participle opens the sentence, a pronoun is the subject", "Alan Bates spoke outside. Asked if she is sorry, he added: \"These are just words.\"", []string{"Alan Bates/pronoun"}},
		{"an adverb opens the sentence", "Alan Bates spoke outside. Separately, he said: \"The whole thing is upsetting.\"", []string{"Alan Bates/pronoun"}},
		{"a description is the subject", `Pressed on the result, the Catalan said: "After 3-0, the game was over."`, []string{"the Catalan/unnamed"}},
		{"a description after the quote", `"We were very unlucky with the first goal," the Chilean said.`, []string{"the Chilean/unnamed"}},
		{"an apposition after an introductory phrase", `Reading out the order, the court's president, Joan Donoghue, said: "The court is profoundly concerned."`, []string{"Joan Donoghue/named"}},
		{"a company and a title before the name", `"We look forward to a seamless integration," said Acer chairman J.T. Wang.`, []string{"Wang/named"}},
		{"a company, titles and a given name", `"We look forward to a seamless integration," said Acer chairman and CEO John Wang.`, []string{"John Wang/named"}},
		{"a company is no one", `"We welcome the team at Gateway into the family," Acer Inc. said.`, []string{"Acer Inc./unnamed"}},
		{"a verb the lexicon lacks", "\"I thank the gentleman for his comments,\" Rishi Sunak said.\n\"They have found the donkey for their nativity,\" Keir Starmer hit back.", []string{"Rishi Sunak/named", "Keir Starmer/named"}},
		{"a question ends the sentence", `"Were we sloppy in the first half?" Guardiola said.`, []string{"Guardiola/named"}},
		{"an exclamation ends the sentence", `"We were sloppy in the first half!" Guardiola told reporters.`, []string{"Guardiola/named"}},
		{"a lower-case title before the name", `"We will publish the figures on Monday," government spokesman Tom Reed said.`, []string{"Tom Reed/named"}},
		{"verb and a lower-case title", `"We played the best gig of our lives," said drummer Pete Doyle.`, []string{"Pete Doyle/named"}},
		{"an age in apposition", `"We deserved to win this one tonight," Harry Kane, 32, said.`, []string{"Harry Kane/named"}},
		{"put it", `As Isabel Schnabel put it, "the last mile is the hardest one".`, []string{"Isabel Schnabel/named"}},
		{"quoted as saying", `Tom Reed was quoted as saying "the money was moved offshore last spring".`, []string{"Tom Reed/named"}},
		{"quoted someone as saying", `The paper quoted Tom Reed as saying "the money was moved offshore last spring".`, []string{"Tom Reed/named"}},
		{"a colon after the name", `Chancellor Rachel Reeves: "This is a Budget for growth and for jobs."`, []string{"Rachel Reeves/named"}},
		{"a dash and the name", `"The last mile is the hardest one." - Isabel Schnabel`, []string{"Isabel Schnabel/named"}},
		{"said his X, NAME", `"The defendant denies every charge," said his barrister, Daniel Okafor.`, []string{"Daniel Okafor/named"}},
		{"a name with evidence before a capitalised word", `"We will go there to win the game," said Tottenham manager Ange Postecoglou.`, []string{"Ange Postecoglou/named"}},
		{"the writer is no speaker to compare", `"But passengers missed funerals," I said.`, []string{"I/unnamed"}},
		{"a spokesperson for an agency", `"The agency is reviewing the data and will act," a spokesperson for the Federal Aviation Administration said.`, []string{"a spokesperson for the Federal Aviation Administration/unnamed"}},
		{"a spokesperson before the quote", `A Downing Street spokesperson said: "The prime minister has full confidence in the chancellor."`, []string{"A Downing Street spokesperson/unnamed"}},
		{"according to a titled name", `According to Defence Secretary John Healey, "the fleet will be ready by the spring".`, []string{"John Healey/named"}},
		{"a live-blog time stamp and a colon", `14:05 Chancellor Rachel Reeves: "This is a Budget for growth and jobs."`, []string{"Rachel Reeves/named"}},
		{"two men named: a guess", "Mikel Arteta criticised the referee. Enzo Maresca praised his side. \"We were robbed of a clear penalty,\" he said.", []string{"Enzo Maresca/pronoun?"}},
		{"a description, then the name", `"She knew every child in this valley," her son, Robert Ellison, told mourners.`, []string{"Robert Ellison/named"}},
		{"added with a pronoun", `Ana Ruiz spoke in Lima. "We are ready to sign," she added.`, []string{"Ana Ruiz/pronoun"}},
		{"a given name's gender", "Rachel Reeves met Andrew Bailey on Thursday. \"This is welcome news for families across the country,\" he said.", []string{"Andrew Bailey/pronoun"}},
		{"a second verb after but", `Chancellor Rachel Reeves welcomed the decision but warned that "millions of families are still facing higher rates".`, []string{"Rachel Reeves/named"}},
		{"a name of an organisation", `Alpesh Paleja of the CBI said there was "only mixed evidence that inflation persistence has been beaten".`, []string{"Alpesh Paleja/named"}},
		{"went on to say", "The Governor of the Bank, Andrew Bailey, said rates had fallen. The Governor went on to say, \"Low and stable inflation is the best thing we can do.\"", []string{"Andrew Bailey/title?"}},
		{"went on to say, a known title", "Governor Andrew Bailey said rates had fallen. The governor went on to say, \"Low and stable inflation is the best thing we can do.\"", []string{"Andrew Bailey/title"}},
		{"a possessive, then the name in apposition", `Bailey's deputy, Sarah Breeden, said: "The labour market is loosening and wage growth is easing."`, []string{"Sarah Breeden/named"}},
		{"a relative clause before the verb", `Robert Isom, who flew to Washington overnight, said at the same news conference: "We are all hurting today."`, []string{"Robert Isom/named"}},
		{"had said that", `Donnelly had said that "at this point we do not believe there are any survivors".`, []string{"Donnelly/named"}},
		{"a qualified title is not the bare one", "Chancellor Rachel Reeves welcomed the move. Jeremy Hunt claimed the credit. The shadow chancellor said: \"Today's cut will be welcome news for homeowners.\"", []string{"Jeremy Hunt/title?"}},
		{"a dateline and an organisation before the title", `WASHINGTON, Jan. 30, 2025 - American Airlines CEO Robert Isom, who flew to Washington overnight, said at the same news conference: "We are all hurting today."`, []string{"Robert Isom/named"}},
		{"an auxiliary before the verb", `Earlier, D.C. Fire and EMS Chief John Donnelly had said that "at this point we do not believe there are any survivors".`, []string{"John Donnelly/named"}},
		{"who asked", `The question had come from NBC's Tom Costello, who asked: "Does it hurt the investigative process at all?"`, []string{"Tom Costello/named"}},
		{"a quote over two paragraphs, the speaker at its end", "\"Inflationary pressures have eased enough that we have been able to cut rates today.\n\"But we need to make sure inflation stays low,\" Andrew Bailey said.", []string{"Andrew Bailey/continued", "Andrew Bailey/named"}},
		{"a colon ends the sentence before the quote's paragraph", "Andrew Bailey said in a statement:\n\"Inflationary pressures have eased enough that we can cut rates.\"", []string{"Andrew Bailey/named"}},
		{"bullets after a lead-in, a guess", "Defense Secretary Pete Hegseth posted a video. Key lines from the statement:\n- \"It was an annual proficiency training flight for the crew.\"\n- \"They did have night vision goggles on the flight.\"", []string{"Pete Hegseth/named?", "Pete Hegseth/continued?"}},
		{"a bare surname as the subject before: unsure, not his", "Defense lawyer Marc Mukasey told the court his client was \"an awkward math nerd\".\nKaplan was unpersuaded. \"There is absolutely no doubt that the defendant's name is mud,\" he said.", []string{"Marc Mukasey/named", "Marc Mukasey/pronoun?"}},
		{"a bare surname the article names in full before", "U.S. District Judge Lewis Kaplan heard the defence first. Defense lawyer Marc Mukasey told the court his client was \"an awkward math nerd\".\nKaplan was unpersuaded. \"There is absolutely no doubt that the defendant's name is mud,\" he said.", []string{"Marc Mukasey/named", "Lewis Kaplan/pronoun?"}},
		{"a possessive is no part of the speaker's name", "Governor Andrew Bailey's casting vote decided it. \"We are now more confident that inflation will stay low,\" he said.", []string{"Andrew Bailey/pronoun"}},
		{"a lead-in that is a name and a medium", "Sean Dyche, former Everton manager, on BBC Radio 5 Live:\n\"Palace defended for their lives and deserved it in the end.\"", []string{"Sean Dyche/named"}},
		{"an age in apposition, then the age", "Dean Henderson, 28, was named player of the match.\n\"I didn't know it was for me in all honesty,\" the 28-year-old said.", []string{"Dean Henderson/title"}},
		{"said the manager, a guess at the subject before", "Oliver Glasner, the Austrian who replaced Roy Hodgson, led Palace to the trophy.\n\"The goal was the first time we were in their half,\" said the Palace manager.", []string{"Oliver Glasner/title?"}},
		{"a description with an abbreviation", "\"He gave it to Marmoush and I knew which way he was going,\" the Palace No. 1 told BBC Sport.", []string{"the Palace No. 1/unnamed"}},
		{"a description with no one before", `"The goal was the first time we were in their half," said the Palace manager.`, []string{"the Palace manager/unnamed"}},
		{"a relative clause with its own words before the quote", `NEW YORK, March 28, 2024 - At trial the defense was led by Mark Cohen, who said after the verdict: "We respect the jury's decision. But we are very disappointed with the result."`, []string{"Mark Cohen/named"}},
		{"an office that ends in a place", `The U.S. Attorney's Office for the Southern District of New York said in a statement that "today's sentence is an important message to others".`, []string{"The U.S. Attorney's Office for the Southern District of New York/unnamed"}},
		{"a company with an ampersand", "Goldman Sachs said it \"remains committed to serving all its clients\". \"The results reflect disciplined execution,\" Johnson & Johnson said.", []string{"Goldman Sachs/unnamed", "Johnson & Johnson/unnamed"}},
		{"a speech noun after a possessive", `FTX's chief executive, John J. Ray III, called the defense's claims "categorically, callously, and demonstrably false."`, []string{"John J. Ray/named"}},
		{"the subject before, not of the pronoun's gender", "Sam Bankman-Fried addressed the court. His mother, Barbara Fried, stared out of the window. \"It haunts me every day,\" he said.", []string{"Sam Bankman-Fried/pronoun?"}},
		{"a definite title as the subject before", "Judge Lewis Kaplan sentenced Sam Bankman-Fried to 25 years.\nThe judge rejected the argument that victims had suffered no loss. \"I reject entirely that there was no actual loss,\" he said.", []string{"Lewis Kaplan/pronoun?"}},
		{"a person named between two quotes of one paragraph", `When reporters asked which parts had burned, Maui Mayor Richard Bissen Jr. replied, "all of it, the whole town." Police Chief John Pelletier stepped back to the microphone. "When the mayor said it's gone, it's all gone."`, []string{"Richard Bissen Jr./named", "John Pelletier/named?"}},
		{"an agency is no description to guess", "Police Chief John Pelletier said crews would work as fast as they could.\nThe National Weather Service said in a bulletin: \"East winds 30 to 45 mph with gusts over 65 mph expected.\"", []string{"The National Weather Service/unnamed"}},
		{"a generational suffix is no part of the speaker's key", `"We will rebuild Lahaina together," said Maui Mayor Richard Bissen Jr.`, []string{"Richard Bissen Jr./named:bissen"}},
		{"a live blog's time, a name and a colon", "19:55 BST: Oliver Glasner speaking to BBC Match of the Day:\n\"I can't believe it, we had to defend so much.\"", []string{"Oliver Glasner/named"}},
		{"a given name alone of a name of three words", "WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva.\n\"The emergence of a new clade of mpox is very worrying,\" Tedros said.", []string{"Tedros Adhanom Ghebreyesus/named:ghebreyesus"}},
		{"a title with a full stop and a relative clause", `Dr. Boghuma Titanji, who was not involved in the study, said: "This is a warning shot for the world."`, []string{"Boghuma Titanji/named"}},
		{"a bare surname after Dr. and a relative clause", `Dr. Titanji, who was not involved in the study, said: "This is a warning shot for the world."`, []string{"Titanji/named"}},
		{"a name, an auxiliary and the verb after the quote", `"We cannot let geopolitical issues sequester the agenda of the summit," Modi had said.`, []string{"Modi/named"}},
		{"a word that is someone's surname is not another's given name", "Basketball star Chris Paul watched from the stands. Led Zeppelin bassist John Paul Jones played the anthem.\n\"It was the best night of my whole career,\" Paul said.", []string{"Paul/named:paul"}},
		{"a lead-in that names two people: a guess", "Donald Trump shared a message from Elon Musk on Truth Social:\n\"We have to rebuild trust between the two parties now.\"", []string{"Donald Trump/named?"}},
		{"a company with an ampersand before the quote", `Johnson & Johnson said in a statement: "We remain confident in the safety of our products."`, []string{"Johnson & Johnson/unnamed"}},
		{"the subject before, not its object of a known gender", "Brazilian President Lula da Silva congratulated Indian Prime Minister Narendra Modi and thanked India for its work.\n\"We want greater representation for emerging countries at the World Bank,\" he said.", []string{"Lula da Silva/pronoun?"}},
		{"a bare given name of a long name as the subject before", "Indian Prime Minister Narendra Modi handed the gavel to Brazilian President Luiz Inacio Lula da Silva.\nLula, speaking through an interpreter, warned the bloc. \"We cannot let geopolitical issues sequester the agenda,\" he said.", []string{"Luiz Inacio Lula da Silva/pronoun?"}},
		{"a thing's speech verb", `US President Joe Biden called the scheme a "really big deal", while Indian Prime Minister Narendra Modi said it promised to be "a beacon of cooperation, innovation, and shared progress".`, []string{"Joe Biden/named", "Narendra Modi/named"}},
		{"a bare name and an apposition between a named quote and a pronoun", "At the closing session, Modi handed the gavel to Brazilian President Luiz Inacio Lula da Silva.\n\"I want to congratulate my friend Lula da Silva,\" Modi said.\nLula, speaking through an interpreter, warned the bloc. \"We cannot let geopolitical issues sequester the agenda,\" he said.", []string{"Modi/named", "Luiz Inacio Lula da Silva/pronoun?"}},
		{"someone's attorney in apposition after the quote", `"He is not competent to stand trial and may never be," Durham's attorney, Gabi Silver, said.`, []string{"Gabi Silver/named"}},
		{"someone's lawyer, no name", `"He is not competent to stand trial and may never be," Durham's lawyer said.`, []string{"Durham's lawyer/unnamed"}},
		{"said someone's father, a first name", `"He loved that job more than anything in the world," said Collin's father, Randy Rose.`, []string{"Randy Rose/named"}},
		{"someone's mother told a station", `"My son did not deserve to die like this on the street," Marcus's mother, Maria Lopez, told WXYZ.`, []string{"Maria Lopez/named"}},
		{"a first name alone in a profile", "Nvidia chief executive Jensen Huang took the stage in San Jose.\n\"We need a hundred times more compute than we thought,\" Jensen says.", []string{"Jensen Huang/named:huang"}},
		{"a surname the article knows between a named quote and a pronoun", "Nvidia chief executive Jensen Huang spoke first.\n\"The demand is real,\" Morgan Stanley analyst Joseph Moore said.\nStill, Huang has an answer for the doubters. \"We need a hundred times more compute than we thought,\" he says.", []string{"Joseph Moore/named", "Jensen Huang/pronoun?"}},
		{"a pronoun after a first name alone", "Nvidia chief executive Jensen Huang took the stage in San Jose.\nLater Jensen met reporters. \"We have a really agile network of suppliers around the world,\" he told them.", []string{"Jensen Huang/pronoun:huang"}},
		{"a speaker's words relayed by another", `Randy Rose said Collin Rose called him the week before he died and told him, "I love this job and I love these dogs."`, []string{"Collin Rose/named?"}},
		{"words heard by a witness", `Sgt. Kevin Lee, a police spokesman, said a witness heard Jermaine Hall yell, "I told you not to come around here no more."`, []string{"Kevin Lee/named?"}},
		{"said of someone, then a colon", `Patrick Mahomes said of Butker: "Harrison has been money for us all year."`, []string{"Patrick Mahomes/named"}},
		{"a description, a name and a relative clause", `The safety Justin Reid, who had two sacks, said: "We played our best game of the season tonight."`, []string{"Justin Reid/named"}},
		{"an unnamed speaker's quote carried on", `"We just kept fighting," the quarterback said. "Our defense gave us chance after chance."`, []string{"the quarterback/unnamed", "the quarterback/continued"}},
		{"a relative clause after an apposition", `Sir Keir Starmer then turned to the defection of Jonathan Gullis, the former Conservative deputy chairman, who has described the Tories as "finished and out of touch with the country".`, []string{"Jonathan Gullis/named?"}},
		{"a possessive name is someone a pronoun may stand for", `The session began soberly, with Starmer's tribute to Lance Corporal George Hooley. "He served our country with honour and distinction," he said.`, []string{"George Hooley/pronoun?"}},
		{"analysts at a bank", `Analysts at Morgan Stanley, led by Joseph Moore, wrote: "The demand for the new chips is stronger than the market thinks."`, []string{"-"}},
		{"a headline: the subject before on", `NTSB chair on Trump remarks: "You need to give us time to do our work"`, []string{"-"}},
		{"a headline: the place is no speaker", `Wichita grieves for its skaters; airline CEO says "We are all hurting tonight"`, []string{"-"}},
	}
	for _, tc := range tests {
		a, err := article.Parse("a.txt", []byte(tc.src))
		if err != nil {
			t.Fatal(err)
		}
		a.Classify(lex.Classify)
		var ms [][]names.Mention
		for i := range a.Sentences {
			ms = append(ms, names.Find(a.Sentences[i].Toks, lex))
		}
		at := &quotes.Attributor{Sents: a.Sentences, Lex: lex, Fold: names.Plain, Mentions: func() [][]names.Mention { return ms }}
		var got []string
		for i, r := range at.Attribute(quotes.Find(a.Body.Text), nil) {
			if r.How == "" {
				got = append(got, "-")
				continue
			}
			if r.Unsure {
				r.How += "?"
			}
			s := r.Speaker + "/" + r.How
			if i < len(tc.want) && strings.Contains(tc.want[i], ":") {
				s += ":" + r.Key // the want gives the key too
			}
			got = append(got, s)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: %q: got %q, want %q", tc.name, tc.src, got, tc.want)
		}
	}
}

// FuzzQuotes: any text gives quotes inside the text, in order, that normalise and split
// without panicking, and attribution never fails.
func FuzzQuotes(f *testing.F) {
	set, err := rules.Default()
	if err != nil {
		f.Fatal(err)
	}
	lex := lexicon.Compile(set.Lexicon)
	for _, s := range []string{
		`"Peace is near," he wrote. "We are ready."`,
		"\"a\n\"b\" c \"\" d \"e",
		`He said "U.S. ... partners. ... Yes!" and "no`,
		`"We'll prioritise the colour of the centres... the organisation's honour," she said.`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if !utf8.ValidString(src) {
			return
		}
		prev := 0
		found := quotes.Find(src)
		// Appending to a buffer that holds other spans finds the same quotes.
		buf := quotes.AppendFind([]quotes.Span{{Start: 0, End: 1}}, src)
		if len(buf) != len(found)+1 {
			t.Fatalf("AppendFind after one span: %d quotes, Find: %d", len(buf)-1, len(found))
		}
		for i := range found {
			if buf[i+1] != found[i] {
				t.Fatalf("AppendFind quote %d = %+v, Find: %+v", i, buf[i+1], found[i])
			}
		}
		for _, q := range found {
			if q.Start < prev || q.End > len(src) || q.Start > q.End {
				t.Fatalf("quote %d..%d out of order or range (after %d, text of %d)", q.Start, q.End, prev, len(src))
			}
			prev = q.End
			for _, sp := range quotes.Split(src, q.Start, q.End) {
				if sp[0] < q.Start || sp[1] > q.End || sp[0] >= sp[1] {
					t.Fatalf("part %v outside quote %d..%d", sp, q.Start, q.End)
				}
			}
			// The spelling fold changes words, never how many there are or where the
			// quote is cut, and a folded text folds no further.
			norm := quotes.Normalize(src[q.Start:q.End])
			folded := quotes.FoldSpelling(norm)
			if quotes.CountWords(folded) != quotes.CountWords(norm) || strings.Count(folded, " | ") != strings.Count(norm, " | ") ||
				!utf8.ValidString(folded) || quotes.FoldSpelling(folded) != folded {
				t.Fatalf("FoldSpelling(%q) = %q", norm, folded)
			}
		}
		a, err := article.Parse("a.txt", []byte(src))
		if err != nil {
			return
		}
		a.Classify(lex.Classify)
		var ms [][]names.Mention
		for i := range a.Sentences {
			ms = append(ms, names.Find(a.Sentences[i].Toks, lex))
		}
		spans := quotes.Find(a.Body.Text)
		mentions := func() [][]names.Mention { return ms }
		all := (&quotes.Attributor{Sents: a.Sentences, Lex: lex, Fold: names.Plain, Mentions: mentions}).Attribute(spans, nil)
		// Attributing only some quotes gives them the attributions they have among all.
		need := make([]bool, len(spans))
		for i := range need {
			need[i] = i%3 == 1
		}
		some := (&quotes.Attributor{Sents: a.Sentences, Lex: lex, Fold: names.Plain, Mentions: mentions}).Attribute(spans, need)
		for i := range spans {
			if i%3 == 1 && some[i] != all[i] {
				t.Fatalf("quote %d: attributed alone %+v, among all %+v", i, some[i], all[i])
			}
		}
	})
}
