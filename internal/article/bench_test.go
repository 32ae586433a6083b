package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkParse parses every corpus article once per iteration and
// reports throughput over their combined size.
func BenchmarkParse(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	var srcs [][]byte
	total := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range srcs {
			Parse(files[i], src, Options{})
		}
	}
}

// BenchmarkParseLarge parses one very large article (about 50 MB), in
// hard-wrapped, web-copy and single-line forms.
func BenchmarkParseLarge(b *testing.B) {
	for name, src := range largeInputs(50 << 20) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Parse("content/2026/02/13/large.txt", src, Options{})
			}
		})
	}
}

// largeInputs builds articles of about n bytes in three shapes.
func largeInputs(n int) map[string][]byte {
	sentence := "The council said on Tuesday that the bridge would reopen in June, two months late. "
	para := strings.Repeat(sentence, 5)
	wrapped := "date: 2026-02-13\n\n" + strings.Repeat(wrap(para, 68)+"\n\n", n/len(para)+1)
	web := "date: 2026-02-13\n" + strings.Repeat(para+"\n", n/len(para)+1)
	line := "date: 2026-02-13\n\n" + strings.Repeat(sentence, n/len(sentence)+1)
	return map[string][]byte{"wrapped": []byte(wrapped), "web": []byte(web), "oneline": []byte(line)}
}

// wrap breaks s greedily at width, as an e-mail client does.
func wrap(s string, width int) string {
	var b strings.Builder
	col := 0
	for _, w := range strings.Fields(s) {
		if col > 0 && col+1+len(w) > width {
			b.WriteByte('\n')
			col = 0
		} else if col > 0 {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}
