package gen

// The pools below are invented names and stock news phrases. Outlets with an
// agency tag also appear in datelines ("(AP)") and trailers.

var firstNames = []string{
	"Maria", "John", "Ana", "Tomas", "Rita", "Jane", "Lee", "Pat", "Chris", "Sam",
	"Oksana", "Kwame", "Ingrid", "Rahul", "Mei", "Diego", "Fatima", "Olu", "Hana", "Piotr",
}

var lastNames = []string{
	"Example", "Sample", "Placeholder", "Exemplo", "Roe", "Doe", "McSample", "O'Example",
	"Testwell", "Mock-Smith", "Fixture", "Stubbs", "Dummy", "Specimen", "Prototype",
}

// outlet is a publication with the tag its wire copy carries, if any.
type outlet struct {
	name    string // with its usual article
	tag     string // dateline agency tag without parentheses, or ""
	trailer string // closing attribution line
}

var outlets = []outlet{
	{"The Harbor Ledger", "", "This article originally appeared in The Harbor Ledger."},
	{"The Valley Courier", "", "Distributed by Example Content Agency, LLC."},
	{"The Example Times", "", "This article originally appeared in The Example Times."},
	{"Example Wire", "", "Copyright 2026 Example Wire"},
	{"The Associated Press", "AP", "© 2026 The Associated Press. All rights reserved."},
	{"Reuters", "Reuters", "(Reporting by Jane Roe; Editing by Sam Sample)"},
}

var places = []string{
	"LISBON, Portugal", "OSLO, Norway", "GENEVA", "KYIV, Ukraine", "NAIROBI, Kenya",
	"LIMA, Peru", "HANOI, Vietnam", "PARIS", "LONDON", "WASHINGTON", "OTTAWA", "CAIRO",
}

var subjects = []string{
	"council", "ministry", "port authority", "union", "central bank", "transport board",
	"museum", "school district", "water utility", "court", "hospital trust", "airport",
}

var verbs = []string{
	"approves", "delays", "rejects", "expands", "reviews", "cuts", "opens", "closes",
	"funds", "questions", "defends", "postpones",
}

var objects = []string{
	"budget", "timetable", "new terminal", "rail plan", "rate cut", "wage deal",
	"flood defences", "housing scheme", "ferry routes", "night buses", "tariff", "renovation",
}

// sentences are body sentences; several carry Markdown-looking characters on purpose.
var sentences = []string{
	"Officials said the plan would be reviewed again before the summer.",
	"The vote passed by 31 to 12 after a session that ran past midnight.",
	"Critics said the figures did not add up, and asked for an independent audit.",
	"#1 on the list of worries, one analyst said, is now supply; the second is cost.",
	"Prices rose 2% on Tuesday & fell back on Wednesday, traders said.",
	"The report used *preliminary* figures and marked others as _provisional_.",
	"Footnote markers such as [1] and [2] appeared in the printed programme.",
	"A sign read <closed for works> and nobody could say for how long.",
	"The file was named budget_2026_final_v2.xls, the spokesperson said.",
	"One resident wrote `please fix the lights` on the notice board.",
	"Costs are split 50/50 between the city and the region, with a 3 * 4 rule for staff.",
	"\"We were told on Friday, like everyone else,\" said a driver who asked not to be named.",
	"The next meeting is set for March 9, the agenda says.",
	"About 3,000 people were affected, according to the authority.",
	"Back-slashes like C:\\data\\2026 turned up in the leaked spreadsheet.",
	"The mayor called it \"a new beginning\" — the third such promise in a decade.",
	"Unions said they had not been consulted and would meet on Thursday.",
	"Three options were on the table: repair, replace, or wait.",
	"Nobody at the ministry would comment on the timing.",
	"The committee's chair, speaking after the vote, said the work would start in spring.",
	"Local traders said footfall had dropped by a third since the works began.",
	"Engineers found the fault in a cable laid in 1974, the operator said.",
	"The opposition called for a second reading & a public hearing.",
	"Residents can send comments to the council until the end of the month.",
}

// captionScenes are photo descriptions for captions.
var captionScenes = []string{
	"Commuters wait on a platform during a signal failure",
	"Volunteers hand out soup in a square",
	"Workers repair a flood barrier",
	"Delegates arrive for the second day of talks",
	"Visitors queue outside the reopened museum",
	"A ferry waits in port as the storm passes",
}
