package serve

import (
	"bytes"
	"fmt"
	"html"

	"broadsheet/internal/diag"
)

// maxOverlay caps the diagnostics the overlay lists; the terminal has them all.
const maxOverlay = 50

// inject returns page with the live-reload script, and the error overlay
// when st is broken, inserted before the closing body tag (or appended when
// there is none). page itself is left untouched: it is shared.
func inject(page []byte, st *state) []byte {
	at, snippet := injection(page, st)
	out := make([]byte, 0, len(page)+len(snippet))
	out = append(out, page[:at]...)
	out = append(out, snippet...)
	return append(out, page[at:]...)
}

// injection returns where in page the live-reload script (and the
// overlay) go, and what they are, so a handler can write the page around
// them without copying it.
func injection(page []byte, st *state) (at int, snippet []byte) {
	var b bytes.Buffer
	if st.broken() {
		writeOverlay(&b, st.diags)
	}
	fmt.Fprintf(&b, reloadScript, st.version, EventsPath, WorkerPath)
	at = lastIndexFold(page, []byte("</body"))
	if at < 0 {
		at = len(page)
	}
	return at, b.Bytes()
}

// writeOverlay writes a fixed box listing diags as "path:line: severity:
// message", errors first, escaped so a message can never inject markup.
func writeOverlay(b *bytes.Buffer, diags diag.List) {
	b.WriteString(`<div id="broadsheet-errors" role="alert" style="` + overlayStyle + `">`)
	b.WriteString(`<strong style="display:block;margin-bottom:.5em">The site has errors. ` +
		`These are the last good pages; this box goes away when the errors are fixed.</strong>`)
	b.WriteString(`<ul style="margin:0;padding:0;list-style:none">`)
	shown := 0
	for _, sev := range []diag.Severity{diag.Error, diag.Warning} {
		for _, d := range diags {
			if d.Severity != sev || shown == maxOverlay {
				continue
			}
			shown++
			b.WriteString(`<li style="white-space:pre-wrap;margin:.15em 0">`)
			b.WriteString(html.EscapeString(d.String()))
			b.WriteString("</li>")
		}
	}
	if more := len(diags) - shown; more > 0 {
		fmt.Fprintf(b, "<li>… and %d more (see the terminal)</li>", more)
	}
	b.WriteString("</ul></div>\n")
}

const overlayStyle = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;" +
	"z-index:2147483647;margin:0;padding:1em 1.25em;background:#fff0f0;color:#5c0000;" +
	"border-top:4px solid #c00;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;text-align:left;" +
	"box-shadow:0 -4px 16px rgba(0,0,0,.25)"

// reloadScript makes a page reload when the server publishes a newer
// version than the one it was served with (%[1]s). Tabs share one event
// stream through a shared worker where there is one: browsers allow only
// six HTTP/1.1 connections per host, and a stream per tab would use them up.
const reloadScript = `<script>(function(){var v=%[1]q;` +
	`function newer(t){var a=t.split("-"),b=v.split("-");return a[0]!==b[0]||+a[1]>+b[1];}` +
	`function seen(t){if(newer(t)){location.reload();}}` +
	`if(window.SharedWorker){try{var w=new SharedWorker(%[3]q);` +
	`w.port.onmessage=function(e){seen(e.data);};w.port.start();` +
	`addEventListener("pagehide",function(){w.port.postMessage("bye");});return;}catch(e){}}` +
	`if(window.EventSource){var s=new EventSource(%[2]q);s.onmessage=function(e){seen(e.data);};}` +
	`})();</script>` + "\n"

// workerScript is the shared worker: one event stream, relayed to every tab.
const workerScript = `var ports=[],last=null;
var es=new EventSource(%q);
es.onmessage=function(e){last=e.data;ports.forEach(function(p){p.postMessage(last);});};
onconnect=function(e){var p=e.ports[0];ports.push(p);
p.onmessage=function(m){if(m.data==="bye"){ports=ports.filter(function(q){return q!==p;});}};
if(last!==null){p.postMessage(last);}};
`

// lastIndexFold is bytes.LastIndex ignoring ASCII case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}
