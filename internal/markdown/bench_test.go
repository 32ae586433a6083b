package markdown

import (
	"strings"
	"testing"
	"time"

	"broadsheet/internal/article"
)

// benchParagraphs is a realistic news article of about 6 KB, written to
// hold the characters that need escaping: list-like openings, asterisks,
// underscores, brackets, ampersands, angle brackets, tildes and pipes.
func benchParagraphs() []string {
	base := []string{
		"Negotiators from both sides met again on Tuesday in Geneva, where talks on the energy corridor had stalled for most of the winter, officials said.",
		"2026. That was the year, one delegate said, when \"everything we had agreed on_paper\" had to become pipes & cables on the ground.",
		"- Gas flows through the western link fell by ~15% in January, according to figures from the operator [seen by The Example Times].",
		"* Prices on the spot market rose to 48.20 euros per megawatt-hour, the highest since <October>, before easing in afternoon trading.",
		"The ministry's spokeswoman, Ana Example, said the proposal was \"a *serious* offer\" but declined to say which clauses remained open | closed.",
		"#energy campaigners gathered outside the Palais des Nations with banners reading \"No deal without us\" and \"AT&T for the grid?\" &amp; more.",
		"1) The first round will deal with transit fees; 2) the second with storage; 3) the third with the disputed metering stations near the border.",
		"Analysts at Example Capital said a deal could cut wholesale prices by as much as a fifth, though they warned that `backwardation` in futures markets suggested traders were sceptical.",
	}
	var ps []string
	for i := 0; len(strings.Join(ps, "\n\n")) < 6000; i++ {
		ps = append(ps, base[i%len(base)])
	}
	return ps
}

func benchArticle() *article.Article {
	a := &article.Article{
		Path: "content/2026/02/13/geneva.txt", Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true,
		Title: "Talks resume in Geneva as winter bites", Slug: "talks-resume-in-geneva",
		Authors: []string{"Maria Example", "John McSample"}, Outlet: "The Example Times", Dateline: "GENEVA",
		Caption:     "Volunteers hand out soup in a square in Kyiv on Feb. 1.",
		Credit:      "Oksana Example/The Example Times",
		Attribution: "This article originally appeared in The Example Times.",
		Tags:        []string{"diplomacy", "energy"},
	}
	for i, p := range benchParagraphs() {
		a.Paragraphs = append(a.Paragraphs, article.Paragraph{Text: p, Line: 10 + 2*i})
	}
	return a
}

// benchText is benchArticle as the plain-text file article.Parse reads.
func benchText() []byte {
	var b strings.Builder
	b.WriteString("date 2026-02-13\ntitle: Talks resume in Geneva as winter bites\ntags: diplomacy, energy\n\n")
	b.WriteString("By Maria Example and John McSample, The Example Times\n\n")
	for _, p := range benchParagraphs() {
		b.WriteString(p + "\n\n")
	}
	b.WriteString("This article originally appeared in The Example Times.\n")
	return []byte(b.String())
}

func textSize(a *article.Article) int64 {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(p.Text) + 2
	}
	return int64(n)
}

// BenchmarkFormat measures the Markdown writing of an article.
func BenchmarkFormat(b *testing.B) {
	a := benchArticle()
	b.SetBytes(textSize(a))
	b.ReportAllocs()
	for b.Loop() {
		_ = FromArticle(a).Format()
	}
}

// BenchmarkRender measures goldmark's rendering of the same article's body,
// with the lead and word count.
func BenchmarkRender(b *testing.B) {
	a := benchArticle()
	body := FromArticle(a).Body
	r := NewRenderer()
	b.SetBytes(textSize(a))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Render(body); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseFormat measures the whole plain-text to Markdown path:
// article.Parse, FromArticle and Format.
func BenchmarkParseFormat(b *testing.B) {
	src := benchText()
	if a, _ := article.Parse("geneva.txt", src, article.Options{}); len(a.Paragraphs) == 0 {
		b.Skip("article.Parse finds no paragraphs yet")
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		a, _ := article.Parse("geneva.txt", src, article.Options{})
		_ = FromArticle(a).Format()
	}
}

// BenchmarkEscape measures Escape alone on the article's paragraphs.
func BenchmarkEscape(b *testing.B) {
	ps := benchParagraphs()
	b.SetBytes(int64(len(strings.Join(ps, ""))))
	for b.Loop() {
		for _, p := range ps {
			_ = Escape(p)
		}
	}
}

func TestBenchArticleSize(t *testing.T) {
	if n := textSize(benchArticle()); n < 5500 || n > 7000 {
		t.Errorf("benchmark article has %d bytes, want about 6 KB", n)
	}
	checkRoundTrip(t, NewRenderer(), benchParagraphs())
}
