package document

import "time"

// Extra holds the front matter keys that most articles lack. A site keeps
// one FrontMatter for each of its articles for the whole build, so these
// live behind one pointer, nil when none is set, rather than in every
// FrontMatter.
//
// A field is set when it is not its type's zero value: a list or table
// given empty (aliases = []) is set, as the cache and the writer keep it
// apart from one not given.
type Extra struct {
	Summary   string
	Image     string
	SourceURL string // key source_url
	Updated   time.Time
	Aliases   []string // old site paths that redirect to the article
	Ignore    []string // diagnostic codes the article accepts for itself

	// Terms holds the terms of the site's taxonomies other than tags, by
	// taxonomy name ("sections" -> ["Business"]); Format writes each as a
	// top-level key after the others, in name order.
	Terms map[string][]string
	// Params is the free-form [params] table, for layouts; Format writes
	// it last, as TOML requires of a table.
	Params map[string]any

	UpdatedOnly bool // updated is a TOML local date
}

// zero reports whether no field of x is set, so that the pointer to it
// can go back to nil.
func (x *Extra) zero() bool {
	return x.Summary == "" && x.Image == "" && x.SourceURL == "" && x.Updated.IsZero() &&
		x.Aliases == nil && x.Ignore == nil && x.Terms == nil && x.Params == nil && !x.UpdatedOnly
}

// Extra returns the keys most articles lack, for code that changes them
// in place (copying their strings, cleaning their text); nil when none is
// set. Copies of a FrontMatter share it.
func (f *FrontMatter) Extra() *Extra { return f.extra }

// set returns the Extra to store a value in: the existing one, or a new
// one when the value is set. It returns nil for an unset value when there
// is none, so that storing it is skipped and an article without these keys
// never allocates one.
func (f *FrontMatter) set(isSet bool) *Extra {
	if f.extra == nil && isSet {
		f.extra = new(Extra)
	}
	return f.extra
}

// tidy drops an Extra that a setter left with nothing set, so that a
// FrontMatter whose rare keys were all cleared equals one that never had
// them.
func (f *FrontMatter) tidy() {
	if f.extra != nil && f.extra.zero() {
		f.extra = nil
	}
}

// Summary is the standfirst (key summary); "" when not given.
func (f *FrontMatter) Summary() string {
	if f.extra == nil {
		return ""
	}
	return f.extra.Summary
}

// Image is the image's URL or site path (key image); "" when not given.
func (f *FrontMatter) Image() string {
	if f.extra == nil {
		return ""
	}
	return f.extra.Image
}

// SourceURL is the URL the article came from (key source_url); "" when
// not given.
func (f *FrontMatter) SourceURL() string {
	if f.extra == nil {
		return ""
	}
	return f.extra.SourceURL
}

// Updated is when the article was last updated (key updated); the zero
// time when not given.
func (f *FrontMatter) Updated() time.Time {
	if f.extra == nil {
		return time.Time{}
	}
	return f.extra.Updated
}

// UpdatedOnly reports whether updated is a TOML local date, with no time.
func (f *FrontMatter) UpdatedOnly() bool {
	return f.extra != nil && f.extra.UpdatedOnly
}

// Aliases are the old site paths that redirect to the article (key
// aliases); nil when not given.
func (f *FrontMatter) Aliases() []string {
	if f.extra == nil {
		return nil
	}
	return f.extra.Aliases
}

// Ignore lists the diagnostic codes the article accepts for itself (key
// ignore); nil when not given.
func (f *FrontMatter) Ignore() []string {
	if f.extra == nil {
		return nil
	}
	return f.extra.Ignore
}

// Terms holds the terms of the site's taxonomies other than tags, by
// taxonomy name ("sections" -> ["Business"]); nil when there are none.
func (f *FrontMatter) Terms() map[string][]string {
	if f.extra == nil {
		return nil
	}
	return f.extra.Terms
}

// Params is the free-form [params] table, for layouts; nil when not given.
func (f *FrontMatter) Params() map[string]any {
	if f.extra == nil {
		return nil
	}
	return f.extra.Params
}

// SetSummary sets the summary key.
func (f *FrontMatter) SetSummary(s string) {
	if x := f.set(s != ""); x != nil {
		x.Summary = s
		f.tidy()
	}
}

// SetImage sets the image key.
func (f *FrontMatter) SetImage(s string) {
	if x := f.set(s != ""); x != nil {
		x.Image = s
		f.tidy()
	}
}

// SetSourceURL sets the source_url key.
func (f *FrontMatter) SetSourceURL(s string) {
	if x := f.set(s != ""); x != nil {
		x.SourceURL = s
		f.tidy()
	}
}

// SetUpdated sets the updated key; dateOnly writes it as a TOML local
// date.
func (f *FrontMatter) SetUpdated(t time.Time, dateOnly bool) {
	if x := f.set(!t.IsZero() || dateOnly); x != nil {
		x.Updated, x.UpdatedOnly = t, dateOnly
		f.tidy()
	}
}

// SetAliases sets the aliases key.
func (f *FrontMatter) SetAliases(list []string) {
	if x := f.set(list != nil); x != nil {
		x.Aliases = list
		f.tidy()
	}
}

// SetIgnore sets the ignore key.
func (f *FrontMatter) SetIgnore(list []string) {
	if x := f.set(list != nil); x != nil {
		x.Ignore = list
		f.tidy()
	}
}

// SetTerms sets the terms of all taxonomies other than tags.
func (f *FrontMatter) SetTerms(terms map[string][]string) {
	if x := f.set(terms != nil); x != nil {
		x.Terms = terms
		f.tidy()
	}
}

// SetTerm sets the terms of one taxonomy other than tags, making the map
// of Terms if there is none.
func (f *FrontMatter) SetTerm(taxonomy string, list []string) {
	x := f.set(true)
	if x.Terms == nil {
		x.Terms = make(map[string][]string)
	}
	x.Terms[taxonomy] = list
}

// SetParams sets the [params] table.
func (f *FrontMatter) SetParams(params map[string]any) {
	if x := f.set(params != nil); x != nil {
		x.Params = params
		f.tidy()
	}
}
