package suggest

import "testing"

func TestNearest(t *testing.T) {
	cmds := []string{"build", "check", "serve", "convert", "explain", "new", "version", "help"}
	for name, want := range map[string]string{
		"bulid": "build", "chek": "check", "serv": "serve", "xyz": "", "draft": "",
		"versoin": "version", "nw": "new",
	} {
		if got := Nearest(name, cmds); got != want {
			t.Errorf("Nearest(%q) = %q, want %q", name, got, want)
		}
	}
	if got := Nearest("draft", []string{"drafts", "future"}); got != "drafts" {
		t.Errorf("Nearest(draft) = %q", got)
	}
}
