# Bytes literals: escapes, raw forms, concatenation, triple quotes.
a = b''
b = b'abc'
c = b'\x00\xff\x7f'
d = b'\n\t\r\\\'\"'
e = b'\0\07\377'
f = b'\a\b\f\v'
g = b'a' b'b'
h = b'a' rb'\b'
i = b"""multi
line"""
l = b'line\
continued'
m = rb'\u00e9'
n = b'~!@#$%^&*()_+`-={}[]|:;<>?,./'
o = (b'a'
     b'b'
     B'c')
p = b'\x41\x42'
q = b"'"
r = b'"'
