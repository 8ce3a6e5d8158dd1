# Every operator and delimiter token, with and without surrounding spaces.
a = b + c - d * e / f // g % h ** i @ j
a = b << c >> d & e | f ^ g
a = ~b
a = b < c > d <= e >= f == g != h
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a=b+c-d*e/f//g%h**i@j
a=b<<c>>d&e|f^g
a=b<c>d<=e>=f==g!=h
a+=1;a-=1;a*=1;a/=1;a//=1;a%=1;a**=1;a@=1;a&=1;a|=1;a^=1;a<<=1;a>>=1
(a := b)
(a:=b)
x = a[b:c, d]
x = {a: b}
x = a.b
x = ...
x=...
x = a if b else c
def f(a, *b, **c) -> d: pass
def f(a,*b,**c)->d:pass
@f
def g(): pass
x = [a,b,c]
x = (a,b,c)
x = {a,b,c}
x = a ** -b
x = a**-b
x = a--b
x = a+-+-b
x = a<-b
x = a<~b
x = a==-b
x = a!=~b
x = a>>-b
x = a[:-1]
x = a[::-1]
x = lambda:...
