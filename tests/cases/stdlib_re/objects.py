import re

m = re.match(r'(?P<x>a)(b)?', 'ac')
print(m, m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0), m.lastindex, m.lastgroup)
print(m.regs, m.span(2), m.start(1), m.end('x'), m[0], m['x'], m.group(0, 1, 'x'), m.group())
print(m.string, m.re, m.pos, m.endpos, bool(m))
for bad in [lambda: m.group(3), lambda: m.group('y'), lambda: m.start(5), lambda: m[1.5], lambda: m.span(-1)]:
    try:
        bad()
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m.span(True))
print(m.expand(r'<\1|\g<x>|\g<2>>'))
print(repr(re.match('a*', 'a' * 100)))
print(repr(re.match(b'a*', b'a' * 100)))
print(re.match(b'a', bytearray(b'ab')), re.match(b'a', memoryview(b'ab')).group())

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
print(p.groupindex['first'], dict(p.groupindex))
print(re.compile('a', re.I | re.A | re.M), re.compile(b'a', re.L), re.compile('a', re.U), re.compile(b'x'))
print(re.compile('a' * 300))
print(re.compile('(?i)a').flags, re.compile(b'a').flags, re.compile('(?s)(?x)a').flags)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile(p) is p)
print(type(m), type(p), re.Match, re.Pattern, re.Match.__module__, re.Pattern.__name__)
print(isinstance(m, re.Match), isinstance(p, re.Pattern))
for f in [lambda: re.Match(), lambda: re.Pattern()]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(re.Pattern[str], re.Match[bytes])

print(repr(re.I), repr(re.I | re.M), str(re.I), re.I | re.M, repr(re.NOFLAG), repr(~re.I))
print(re.I & 2, type(re.I | 1).__name__, repr(re.I | 1024), re.I + 1, re.A | re.I, re.IGNORECASE.name, re.I.value)
print(re.X == 64, re.S == re.DOTALL, int(re.U), re.TEMPLATE, re.DEBUG)

for args in [('a', b'a'), (b'a', 'a'), ('a', 1), (1, 'a')]:
    try:
        re.match(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)

for t in [r'\x41', r'\n', r'\q', r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<3>', r'\g<x>',
          r'\3', r'\0', r'\101', r'\u0041', '\\', r'\g<-1>', r'\g<01>', r'\777']:
    try:
        print(repr(t), repr(re.sub('(a)', t, 'xay')))
    except re.error as e:
        print(repr(t), 'error', e, e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError', e)

s = re.compile(r'\d').scanner('a1b2')
print(s.search().group(), s.search().group(), s.search())
re.purge()
print(re.compile(r'(?#comment)a(?#x)*').match('aaa'))
