import re

# A tokenizer in the style of the library reference's example.
TOKENS = [
    ('NUMBER', r'\d+(\.\d*)?'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('MISMATCH', r'.'),
]
tok = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))
code = "total := price * 3.5;\nif x := 10 ; $\n"
line = 1
for mo in tok.finditer(code):
    kind = mo.lastgroup
    value = mo.group()
    if kind == 'NEWLINE':
        line += 1
        continue
    if kind == 'SKIP':
        continue
    print(line, kind, repr(value), mo.start() , mo.lastindex)

# Verbose patterns
date = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    -
    (?P<day>\d\d)     # day
""", re.VERBOSE)
for s in ['2024-01-15', 'on 1999-12-31 at', 'nope']:
    m = date.search(s)
    print(s, m and m.groupdict())
print(date.sub(r'\g<day>/\g<month>/\g<year>', 'from 2024-01-15 to 2024-02-01'))

# Log parsing
log = """127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326
10.0.0.2 - bob [10/Oct/2000:13:56:01 -0700] "POST /login HTTP/1.1" 302 -
bad line here
"""
pat = re.compile(r'^(\S+) \S+ (\S+) \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+|-)$', re.M)
for m in pat.finditer(log):
    print(m.groups())
print(pat.findall(log)[1][4])

# Word counts, case-insensitive
text = "The cat and the hat. THE END, the end!"
counts = {}
for w in re.findall(r'\w+', text.lower()):
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
print(re.findall(r'\bthe\b', text, re.I))
print(re.sub(r'(?i)\bthe\b', lambda m: m.group().swapcase(), text))

# Splitting and joining
print(re.split(r'\s*[,;]\s*', 'a , b;c ;  d'))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  ').strip())
print(re.sub(r'([a-z])([A-Z])', r'\1_\2', 'camelCaseName').lower())
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'CamelCaseName').lower())

# Validation
for e in ['joe@example.com', 'bad@', 'x.y+z@sub.domain.org', '@no.com']:
    print(e, bool(re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', e)))
for ip in ['192.168.0.1', '256.1.1.1', '1.2.3']:
    print(ip, bool(re.fullmatch(r'((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)', ip)))

# Bigger inputs
big = 'abc ' * 20000 + 'needle' + ' xyz' * 20000
print(re.search('needle', big).span(), len(re.findall(r'\w+', big)), len(re.split(' ', big)))
print(re.sub('b', 'B', big).count('B'), re.subn(r'\s+', '', big)[1])
print(re.match(r'(?:abc )*', big).end(), re.match(r'(abc )+', big).span(1))
print(re.search(r'(\w+)\s+\1', 'hello world world again').group(1))
print(re.compile(r'x*').sub('-', 'abc'))

# Non-BMP text: positions count code points
s = 'a😀b😀😀c'
print([m.span() for m in re.finditer('😀+', s)], re.sub('😀', '.', s), re.split('b', s))
print(re.search(r'(?<=😀)c', s).start(), re.findall(r'\W', s))

# Bytes
data = b'key1=val1;key2=val2'
print(dict(re.findall(rb'(\w+)=(\w+)', data)))
print(re.sub(rb'\d', lambda m: bytes([m.group()[0] + 1]), data))
print(re.match(rb'\w+', 'é'.encode() + b'x'), re.match(rb'(?i)K', b'k'))
