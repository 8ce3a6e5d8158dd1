import sys, tokenize, io, token
def esc(s): return s.replace('\\','\\\\').replace('\n','\\n').replace('\t','\\t').replace('\r','\\r')
def ref(path):
    src = open(path,'rb').read()
    out = []
    try:
        toks = list(tokenize.tokenize(io.BytesIO(src).readline))
    except Exception as e:
        return None
    enc = toks[0].string
    text = src.decode(enc if enc != 'utf-8' else 'utf-8-sig', 'replace')
    lines = text.replace('\r\n','\n').replace('\r','\n').split('\n')
    def bc(l, c):
        if l-1 < len(lines): return len(lines[l-1][:c].encode('utf-8','surrogatepass'))
        return c
    nlines = len(lines) - (1 if lines[-1] == '' else 0)
    prev = None
    for t in toks:
        if t.type in (tokenize.ENCODING, tokenize.NL, tokenize.COMMENT):
            prev = t; continue
        kind = token.tok_name[t.exact_type] if t.type == tokenize.OP else token.tok_name[t.type]
        (l,c),(el,ec) = t.start, t.end
        s = t.string
        if t.type == tokenize.NEWLINE:
            s = '\n'
            if prev is not None and prev.type == tokenize.COMMENT and prev.start[0] == l:
                c = prev.start[1]
            else: c = t.start[1]
            el, ec = l, t.start[1]
            out.append((kind, s, l, bc(l,c), el, bc(l,ec)))
        elif t.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            rest = [u.type for u in toks[toks.index(t):] if u.type not in (tokenize.NL, tokenize.COMMENT)]
            at_eof = all(u in (tokenize.DEDENT, tokenize.ENDMARKER) for u in rest)
            if t.type == tokenize.ENDMARKER or l > nlines or (t.type == tokenize.DEDENT and at_eof):
                out.append((kind, '', nlines, -1, nlines, None))
            else:
                out.append((kind, '', l, -1, l, bc(l, ec if t.type == tokenize.INDENT else c)))
        else:
            out.append((kind, s, l, bc(l,c), el, bc(el,ec)))
        prev = t
    return out
if __name__ == '__main__':
    for p in sys.argv[1:]:
        r = ref(p)
        if len(sys.argv) > 2: print('===', p)
        if r is None: print('TOKENIZE-ERROR'); continue
        for k,s,l,c,el,ec in r:
            print(f'{k}\t{esc(s)}\t{l}\t{c}\t{el}\t{"*" if ec is None else ec}')
