# Regenerates src/test/java/org/taipan/parser/TokenizerTest.java: python3 src/test/python/tokenizer/gen.py
# Each cases/*.py defines GROUPS = [(test method, mode, sources, doc)]; expected values come from python3.
import sys, os, glob, keyword, tempfile, unicodedata, struct, warnings, importlib.util
warnings.simplefilter('ignore')
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ref import ref

def jstr(s):
    if s is None: return 'null'
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif ch == '\r': out.append('\\r')
        elif ch == '\f': out.append('\\f')
        elif o < 32 or o >= 127:
            if o < 0x10000: out.append('\\u%04x' % o)
            else: out.append('\\u%04x\\u%04x' % (0xD800 + ((o - 0x10000) >> 10), 0xDC00 + ((o - 0x10000) & 0x3ff)))
        else: out.append(ch)
    return '"' + ''.join(out) + '"'

def jbytes(b): return 'bytes(' + jstr(b.decode('latin-1')) + ')'

def tokens(src):
    with tempfile.NamedTemporaryFile('wb', suffix='.py', delete=False) as f:
        # CPython reads a final CRLF as a newline plus one more empty line (see finalCrLf).
        norm = src.replace('\r\n', '\n').replace('\r', '\n') + ('\n' if src.endswith('\r\n') else '')
        f.write(norm.encode('utf-8')); name = f.name
    r = ref(name); os.unlink(name)
    text = norm
    if text and not text.endswith('\n'): text += '\n'
    lines = text.split('\n')[:-1]
    res = []
    for k, s, l, c, el, ec in r:
        if k == 'NAME' and keyword.iskeyword(s): k = s.upper()
        if k == 'NAME': s = unicodedata.normalize('NFKC', s)
        if ec is None: ec = len((lines[-1] + '\n').encode()) if lines else 0
        res.append(f'{k} {s} {l}:{c}-{el}:{ec}')
    return res

def err(src, mode='exec'):
    b = src if isinstance(src, bytes) else src.encode('utf-8')
    try:
        compile(b, 'x.py', mode); return None, None
    except SyntaxError as e:
        z = lambda v: 0 if v is None else v
        return f'{type(e).__name__} {z(e.lineno)}:{z(e.offset)}-{z(e.end_lineno)}:{z(e.end_offset)} {e.msg}', e.text

HOOK = '''import sys
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        z = lambda v: 0 if v is None else v
        print('FIELDS', repr((t.__name__, e.msg, z(e.lineno), z(e.offset), z(e.end_lineno), z(e.end_offset), e.text)), file=sys.stderr)
sys.excepthook = hook
'''

def file_err(b):
    import subprocess, ast
    d = tempfile.mkdtemp()
    open(os.path.join(d, 'sitecustomize.py'), 'w').write(HOOK)
    open(os.path.join(d, 'x.py'), 'wb').write(b)
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    env['PYTHONPATH'] = d
    r = subprocess.run(['python3', 'x.py'], cwd=d, env=env, capture_output=True, text=True, errors='surrogateescape')
    line = [l for l in r.stderr.split('\n') if l.startswith('FIELDS ')][0]
    typ, msg, l, o, el, eo, text = ast.literal_eval(line[7:])
    msg = msg.replace(os.path.join(d, 'x.py'), 'x.py')
    return f'{typ} {l}:{o}-{el}:{eo} {msg}', text

def emit(mode, cases):
    out = []
    for c in cases:
        if mode == 'tok':
            toks = tokens(c)
            out.append(f'        assertTokens({jstr(c)},\n' + ',\n'.join('                ' + jstr(t) for t in toks) + ');')
        elif mode == 'err':
            s, t = err(c)
            assert s is not None, c
            out.append(f'        assertError({jstr(c)}, {jstr(s)}, {jstr(t)});')
        elif mode == 'cerr':   # BOM-prefixed bytes: CPython converts offsets to characters
            b = b'\xef\xbb\xbf' + c.encode('utf-8')
            s_, t = err(b)
            assert s_ is not None, c
            out.append(f'        assertCharOffsetError({jbytes(b)}, {jstr(s_)}, {jstr(t)});')
        elif mode == 'ferr':   # python3 FILE: its error, caught by a sys.excepthook
            s_, t = file_err(c)
            out.append(f'        assertFileError({jbytes(c)}, {jstr(s_)}, {jstr(t)});')
        elif mode == 'ok':
            compile(c.encode(), 'x.py', 'exec')
            out.append(f'        assertEquals("ENDMARKER", tokens({jstr(c)}).getLast().split(" ")[0]);')
        elif mode == 'berr':   # bytes through SourceDecoder
            s, t = err(c)
            assert s is not None, c
            out.append(f'        assertBytesError({jbytes(c)}, {jstr(s)}, {jstr(t)});')
        elif mode == 'bok':    # bytes that decode and tokenize: expected decoded text via python
            try:
                compile(c, 'x.py', 'exec')
            except SyntaxError as e:
                raise Exception(repr(c) + ' ' + str(e))
            import tokenize, io
            try:
                enc = tokenize.detect_encoding(io.BytesIO(c).readline)[0]
            except SyntaxError:
                enc = 'utf-8'   # tokenize is stricter than the compiler about bytes in comments
            # undecodable bytes (accepted in comments) come out as surrogates, like surrogateescape
            text = c.decode(enc if enc != 'utf-8' else 'utf-8-sig', 'surrogateescape')
            out.append(f'        assertDecodes({jbytes(c)}, {jstr(text)});')
        elif mode == 'ind':
            try:
                compile(c.encode(), 'x.py', 'exec'); raise Exception('no error ' + repr(c))
            except IndentationError as e:
                assert e.msg == 'unexpected indent' and e.end_offset == -1, e
                out.append(f'        assertIndent({jstr(c)}, "INDENT {e.lineno}:{e.offset}");')
        elif mode == 'eof':
            try:
                compile(c.encode(), 'x.py', 'exec'); raise Exception('no error ' + repr(c))
            except SyntaxError as e:
                assert e.msg == "expected 'except' or 'finally' block" and e.end_offset == -1, e
                out.append(f'        assertEndmarker({jstr(c)}, "ENDMARKER {e.lineno}:{e.offset}");')
        elif mode == 'num':
            import ast
            v = ast.literal_eval(c)
            if isinstance(v, bool): raise Exception
            if isinstance(v, int): exp = ('Long ' if -2**63 <= v < 2**63 else 'BigInteger ') + str(v)
            elif isinstance(v, float): exp = 'Double ' + str(struct.unpack('<q', struct.pack('<d', v))[0])
            else: exp = 'ComplexValue ' + str(struct.unpack('<q', struct.pack('<d', v.imag))[0])
            out.append(f'        assertNumber({jstr(c)}, {jstr(exp)});')
        else:
            raise Exception(mode)
    return '\n'.join(out) + '\n'

parts = [open(os.path.join(HERE, 'TokenizerTest.head.java')).read()]
for f in sorted(glob.glob(os.path.join(HERE, 'cases', '*.py'))):
    spec = importlib.util.spec_from_file_location('m', f); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    for method, mode, cases, doc in m.GROUPS:
        body = emit(mode, cases)
        d = f'    /** {doc} */\n' if doc else ''
        parts.append(f'{d}    @Test\n    void {method}() {{\n{body}    }}\n')
parts.append(open(os.path.join(HERE, 'TokenizerTest.tail.java')).read())
open(os.path.join(HERE, '..', '..', 'java', 'org', 'taipan', 'parser', 'TokenizerTest.java'), 'w').write('\n'.join(parts))
