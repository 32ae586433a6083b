package article

import (
	"bytes"
	"strings"
)

// Syndication copy often arrives as a forwarded e-mail: header lines at
// the top, the subject as a headline candidate and the date with its zone.

// mailKeys are the e-mail header names read at the top of a file.
var mailKeys = map[string]bool{
	"from": true, "to": true, "cc": true, "bcc": true, "sent": true, "date": true, "subject": true,
	"reply-to": true, "message-id": true, "importance": true, "priority": true, "attachments": true,
	"von": true, "an": true, "betreff": true, "gesendet": true, "datum": true, "de": true, "para": true,
	"asunto": true, "enviado": true, "enviado el": true, "fecha": true, "objet": true, "envoyé": true, "à": true,
	"oggetto": true, "inviato": true, "da": true, "a": true, "onderwerp": true, "verzonden": true,
	"aan": true, "emne": true, "ämne": true, "til": true, "fra": true, "från": true, "till": true,
}

// mailSubjects and mailDates are the keys of mailKeys that hold the
// subject and the date.
var (
	mailSubjects = map[string]bool{"subject": true, "betreff": true, "asunto": true, "objet": true, "oggetto": true, "onderwerp": true, "emne": true, "ämne": true}
	mailDates    = map[string]bool{"date": true, "sent": true, "gesendet": true, "datum": true, "enviado": true, "enviado el": true, "fecha": true, "envoyé": true, "inviato": true, "verzonden": true}
	// mailAddressees are keys whose presence makes a block an e-mail
	// header rather than a site header ("date:" and "title:").
	mailAddressees = map[string]bool{"from": true, "to": true, "cc": true, "subject": true, "sent": true, "von": true, "betreff": true, "de": true, "asunto": true, "objet": true, "oggetto": true, "onderwerp": true, "emne": true, "ämne": true, "fra": true, "från": true, "an": true, "para": true, "aan": true, "til": true, "till": true}
)

// mail is what the e-mail header lines gave.
type mail struct {
	from        string // the sender's display name, as evidence of an outlet
	subject     string
	subjectLine int
	date        parsedDate
	dateText    string
	dateLine    int
	hasDate     bool
}

// mailHeader splits a line "Key: value" with a known e-mail key.
func mailHeader(s string) (key, value string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i < 1 || i > 12 {
		return "", "", false
	}
	key = strings.ToLower(s[:i])
	if !mailKeys[key] {
		return "", "", false
	}
	return key, strings.TrimSpace(s[i+1:]), true
}

// forwardMarker matches the separators mail programs put above a
// forwarded or quoted message.
func forwardMarker(s string) bool {
	if len(s) > 80 || len(s) < 15 || strings.IndexByte("-_=> bBfFoOwWmMdDvV", s[0]) < 0 {
		return false // every marker opens with a rule or one of these letters
	}
	var buf [80]byte
	return forwardMarkers[string(bytes.Trim(lowerBytes(buf[:0], s), "-_= >"))]
}

// forwardMarkers are the separators' words, lower-case.
var forwardMarkers = map[string]bool{
	"forwarded message": true, "original message": true, "begin forwarded message:": true,
	"begin forwarded message": true, "weitergeleitete nachricht": true, "mensaje reenviado": true,
	"message transféré": true, "messaggio inoltrato": true, "doorgestuurd bericht": true,
	"videresendt melding": true, "vidarebefordrat meddelande": true,
}

// readMail consumes e-mail header lines at the top of lines: runs of
// "Key: value" lines that name a sender, a recipient or a subject, with
// forwarding separators and blank lines around them. Each dropped line
// is named in a diagnostic; the subject and the date are kept.
func (p *parser) readMail(lines []srcLine) []srcLine {
	i, taken := 0, 0
	for i < len(lines) {
		j := i
		for j < len(lines) && (lines[j].text == "" || forwardMarker(lines[j].text)) {
			j++
		}
		n, addressed := 0, false
		for j+n < len(lines) {
			k, _, ok := mailHeader(lines[j+n].text)
			if !ok {
				break
			}
			addressed = addressed || mailAddressees[k]
			n++
		}
		if n < 2 || !addressed {
			break
		}
		for _, l := range lines[i : j+n] {
			p.takeMailLine(l)
		}
		i, taken = j+n, taken+n
	}
	if taken == 0 {
		return lines
	}
	return lines[i:]
}

// takeMailLine keeps what one header line gives and reports it dropped.
func (p *parser) takeMailLine(l srcLine) {
	if l.text == "" {
		return
	}
	if p.mail == nil {
		p.mail = &mail{}
	}
	k, v, ok := mailHeader(l.text)
	p.explainLine(l, "e-mail header", "a \"Key: value\" line among e-mail header lines at the top")
	switch {
	case !ok:
		p.diags.Warnf(p.path, l.num, "dropped e-mail separator %q", l.text)
	case (k == "from" || k == "von" || k == "de" || k == "fra" || k == "från" || k == "da") && p.mail.from == "":
		p.mail.from = displayName(v)
		p.diags.Warnf(p.path, l.num, "dropped e-mail header %q", l.text)
	case mailSubjects[k] && p.mail.subject == "":
		p.mail.subject, p.mail.subjectLine = cleanSubject(v), l.num
		p.diags.Warnf(p.path, l.num, "dropped e-mail header %q; its subject is a headline candidate", l.text)
	case mailDates[k] && !p.mail.hasDate:
		if pd, _, ok := p.findDate(v, true); ok {
			p.mail.date, p.mail.hasDate, p.mail.dateText, p.mail.dateLine = pd, true, v, l.num
			p.diags.Warnf(p.path, l.num, "dropped e-mail header %q; kept its date", l.text)
			return
		}
		p.diags.Warnf(p.path, l.num, "dropped e-mail header %q", l.text)
	default:
		p.diags.Warnf(p.path, l.num, "dropped e-mail header %q", l.text)
	}
}

// subjectPrefixes are the reply and forward markers and advisory words
// that open a syndication e-mail's subject.
var subjectPrefixes = [...]string{
	"fwd:", "fw:", "re:", "aw:", "wg:", "rv:", "tr:", "sv:", "vs:", "doorst:", "for immediate use:",
	"for immediate release:", "urgent:", "embargoed:", "advisory:", "correction:", "repeat:", "update:",
	"urgente:", "dringend:", "eilt:", "urgent :", "correction :", "à diffuser :", "para publicación inmediata:",
	"zur sofortigen veröffentlichung:", "da pubblicare:",
}

// cleanSubject strips forward and reply markers and advisory words from a
// subject: "FW: FOR IMMEDIATE USE: Valley towns vote ..." gives "Valley
// towns vote ...".
func cleanSubject(s string) string {
	for changed := true; changed; {
		changed = false
		s = strings.TrimSpace(s)
		low := strings.ToLower(s)
		for _, pre := range subjectPrefixes {
			if strings.HasPrefix(low, pre) && len(s) >= len(pre) {
				s, changed = s[len(pre):], true
				break
			}
		}
		if !changed && strings.HasPrefix(low, "advance for ") {
			if i := strings.IndexByte(s, ':'); i > 0 {
				s, changed = s[i+1:], true
			}
		}
	}
	return s
}

// isRoutingSlug matches a wire routing slug: one token of words joined by
// hyphens, opening with capitals, such as "BC-Storm-Coast-NYT" or
// "BC-US--Budget-Vote,1st Ld-Writethru".
func isRoutingSlug(s string) bool {
	if len(s) < 4 || len(s) > 80 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' ||
		strings.Count(s, "-") < 2 || countFields(s) > 8 {
		return false
	}
	tok := firstField(s)
	if len(tok) < 4 || tok[0] < 'A' || tok[0] > 'Z' || tok[1] < 'A' || tok[1] > 'Z' {
		return false
	}
	hy := strings.IndexByte(tok, '-')
	if hy < 2 || hy > 6 || strings.Count(tok, "-") < 2 {
		return false
	}
	for i := 0; i < hy; i++ {
		if tok[i] < 'A' || tok[i] > 'Z' {
			return false
		}
	}
	return !strings.HasSuffix(s, ".")
}

// isCopyrightLine matches a copyright notice: "c.2026 The New York Times
// Company", "© 2026 Example Wire", "(c) Copyright ...", "Copyright 2026 X".
func isCopyrightLine(s string) bool {
	if len(s) > maxTrailerLen {
		return false
	}
	if n, ok := prefixFold(s, "c."); ok && n+4 <= len(s) && digits(s[n:], 4) == 4 {
		return true
	}
	return opensCopyright(s) && hasYear(s)
}

// displayName returns the name part of an address such as "La Presse
// Canadienne <pc@example.ca>", or "" when there is none.
func displayName(v string) string {
	i := strings.IndexByte(v, '<')
	if i <= 0 {
		return ""
	}
	return strings.Trim(strings.TrimSpace(v[:i]), `"'`)
}
