import re, textwrap

ARTICLES = []
HEADER_RE = re.compile(r'^(From|To|Cc|Date|Sent|Subject|De|Para|Asunto|Enviado el|Betreff|Objet):')

def E(date, title, caption, credit, authors, outlet, dateline, fps, paragraphs, attribution, notes):
    return {
        "date": date, "title": title, "caption": caption, "credit": credit,
        "authors": authors, "outlet": outlet, "dateline": dateline,
        "first_paragraph_starts": fps, "paragraphs": paragraphs,
        "attribution": attribution, "notes": notes,
    }

def A(name, text, exp, wrap=None, crlf=False, bom=False, enc='utf-8', indent=''):
    ARTICLES.append(dict(name=name, text=text, exp=exp, wrap=wrap, crlf=crlf, bom=bom, enc=enc, indent=indent))

def render(a):
    text = a['text'].strip('\n') + '\n'
    if a['wrap']:
        out = []
        prev_blank = True
        for line in text.split('\n'):
            if len(line) > a['wrap'] and not HEADER_RE.match(line):
                lines = textwrap.wrap(line, a['wrap'], break_long_words=False, break_on_hyphens=False)
            else:
                lines = [line]
            if a['indent'] and prev_blank and line and len(line) > a['wrap']:
                lines[0] = a['indent'] + lines[0]
            out.extend(lines)
            prev_blank = (line == '')
        text = '\n'.join(out)
    if a['crlf']:
        text = text.replace('\n', '\r\n')
    data = text.encode(a['enc'])
    if a['bom']:
        data = b'\xef\xbb\xbf' + data
    return data
