import re
bad = [r'(', r')', r'a)', r'*', r'a**', r'a{2}{3}', r'[a', r'[z-a]', r'\q', r'(?P<1>a)', r'(?P<a>a)(?P<a>b)', r'(?P=x)', r'\2', r'(a)\2', r'(?<=a+)b', r'(?x', r'(?z)', r'a(?i)b', r'(?P<a', r'(?P', r'(?<', r'(?P<>a)', r'[\d-z]', r'\8', r'(?(1)a|b|c)', r'(?(x)a)', r'x{3,2}', r'\x4', r'\u12', r'\N{foo}', r'(?i', r'(?-i)', r'(?i-i:a)', r'(?L)a', r'(?a)(?u)', r'a{1,', r'(?#abc', r'(?>a)', r'a*+', r'a++b', r'[a-\d]', r'(?P>a)', r'\c', r'[]', r'[^]', r'(?:', r'(a', r'a|*', r'(?<!ab|c)', r'\k', r'(?(0)a)', r'(?P<a>(?P=a))', r'\0', r'\777', r'{1,2}', r'(?P<a-b>x)', r'a{99999999999}', r'(?<=\1)(a)', r'[\A]', r'\Z\z', r'\b[\b]']
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r)
    except re.error as e:
        print(repr(p), repr(e.msg), e.pos, e.lineno, e.colno, '|', e)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p, f in [('a', re.L), (b'a', re.U), (b'a', re.L | re.A), ('a', re.A | re.U)]:
    try: re.compile(p, f)
    except Exception as e: print(type(e).__name__, e)
try: re.compile('(?L)a')
except Exception as e: print(type(e).__name__, e)
try: re.compile(b'(?u)a')
except Exception as e: print(type(e).__name__, e)
try: re.compile('a\n(b', re.X)
except Exception as e: print(type(e).__name__, e, e.lineno, e.colno)
print(re.search(r'\B', ''), re.search(r'\b', ''))
print(re.match('i', 'ı', re.I), re.match('i', 'İ', re.I), re.match('s', 'ſ', re.I), re.match('[a-z]', 'K', re.I), re.match('k', 'K', re.I))
print(re.match('(?>a*)a', 'aaa'), re.match('a*+', 'aaa'))
