# Every augmented assignment operator and every allowed target form.
a += 1
a -= 1
a *= 1
a @= 1
a /= 1
a //= 1
a %= 1
a **= 1
a &= 1
a |= 1
a ^= 1
a <<= 1
a >>= 1
a.b += 1
a[0] -= 1
a[0:1] *= 2
a.b.c //= 3
a().b **= 4
a[0][1] %= 5
(a) += 1
((a.b)) += 1
(a[0]) += 1
a += 1, 2
a += *b, c
a += yield_
a += b if c else d
a += lambda: 0
a += [x for x in y]
a+=1
a -=1
a<<=b>>c


def g():
    x += yield
    x += yield 1
    x += yield from y
