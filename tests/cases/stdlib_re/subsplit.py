import re

print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'hi there'))
print(re.sub(r'(a)(b)?', r'[\2|\1]', 'ab a'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('x+', '-', 'abxxd'), re.sub('$', '!', 'a\n'))
print(re.sub('(?m)^', '> ', 'line1\nline2\n'))
print(re.sub(r'\s+', ' ', ' a \t b\n\nc '), re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=0))
print(re.sub('a|(b)', lambda m: m.group(1) or '-', 'abab'))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn('z', '#', 'abc'))
print(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.sub(r'\\', r'\\\\', r'a\b'), re.sub('a', r'\\n', 'a'), repr(re.sub('a', '\\n', 'a')))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'), re.sub('a', '', 'banana'))
print(re.split(r'[,;]', 'a,b;c'), re.split(r'([,;])', 'a,b;c'), re.split(r'[,;]', 'a,b;c', maxsplit=1))
print(re.split(r'\b', 'hello world'), re.split(r'(?=b)', 'abab'), re.split('', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'), re.split('x', ''), re.split('', ''), re.split('(x)?', 'ab'))
print(re.findall(r'(\w+)=(\w+)', 'a=1 b=2'), re.findall(r'\w+=\w+', 'a=1 b=2'), re.findall(r'(\w+)=\w+', 'a=1 b=2'))
print(re.findall(r'a*', 'baaac'), re.findall(r'(a)|b', 'ab'), re.findall('x', ''), re.findall('', ''))
print([(m.start(), m.group()) for m in re.finditer(r'\w+', 'ab cd  ef')])
it = re.finditer(r'\d', 'a1b2')
print(next(it).group(), next(it).group(), list(it))
p = re.compile(r'\d+')
print(p.sub('#', 'a1b22'), p.subn('#', 'a1b22', 1), p.split('a1b22c'), p.findall('1 2 3', 1, 4))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.expand(r'\g<last>, \g<first> (\2 \1) \g<0>'), m.expand(r'\n\\'))
print(re.sub('.', lambda m: '%d' % m.start(), 'abc'), re.sub('(?P<x>.)', r'\g<x>\g<x>', 'ab'))
print(re.sub(b'(.)', rb'\1\1', b'ab'), re.split(b',', b'a,b'), re.findall(rb'\d', b'a1b2'))
for bad in [lambda: re.sub('(a)', r'\2', 'a'), lambda: re.sub('a', r'\g<b>', 'a'), lambda: re.sub('a', b'x', 'a'),
            lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('(?P<n>a)', r'\g<n', 'a'), lambda: re.sub('a', '\\', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
