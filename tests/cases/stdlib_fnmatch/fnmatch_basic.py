import fnmatch

pats = ['*.txt', 'a*b*c', '*', '**', 'a?c', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]*', '[z-a]',
        '[a-c-e]', '[', '[!', 'a[b', '*a*', 'a**b', '[\\]', '[a\\-z]', '[--0]', '[^x]', 'x*y*',
        '*a*b*', '[a&&b]', '[a~~b]', '[a||b]', '[!a-]', 'a.b+c(d)', '[[]', '[a-b-c]', '[c-a-e]',
        '[!b-a]', '[!-a]', '[!^a]', '[]', '[!]', '?*?', 'é*ü', '[\\-]', '\\*', '*.[ch]']
for p in pats:
    print(repr(p), repr(fnmatch.translate(p)))
names = ['a.txt', 'abc', 'abbc', 'ac', 'b', ']', '-', 'x', 'aXbYc', '.hidden', 'A.TXT', 'a\nb',
         'axb', '^', '[', 'é-ü', 'éaü', 'file.c', 'file.h', 'file.o', '*', '\\', '&', 'a.b+c(d)']
for p in pats:
    print(p, [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, '*.?'))
print(fnmatch.fnmatch('A.TXT', '*.txt'), fnmatch.fnmatch('a.txt', '*.txt'))
print(fnmatch.filter([b'a.py', b'b.c'], b'*.py'), fnmatch.fnmatchcase(b'x\xff', b'x?'))
print(fnmatch.fnmatchcase('a' * 50, '*a*a*a*a*a*a*a*b'))
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError')
