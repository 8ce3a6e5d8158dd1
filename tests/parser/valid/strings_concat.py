# Implicit concatenation of adjacent string literals, with and without f-strings.
a = 'a' 'b'
b = 'a' "b" '''c''' """d"""
c = ('a'
     'b'
     'c')
d = 'a' r'\b'
e = r'\a' 'b'
f = u'a' 'b'
g = 'a' u'b'
h = 'a' f'{b}'
i = f'{a}' 'b'
j = f'{a}' f'{b}'
k = 'a' f'{b}' 'c' f'{d}' 'e'
l = f'' ''
m = '' f''
n = '' ''
o = 'a' \
    'b'
p = f'{a}' \
    f'{b}'
q = ('x' 'y').upper()
r = 'a' f'b' 'c'
s = f'a' 'b' f'c'
t = ('first line\n'
     f'second {line}\n'
     'third line\n')
u = 'a' 'b' 'c' 'd' 'e' 'f' 'g'
v = f'{a}' 'b' f'{c!r}' 'd'
