# Parentheses: which nodes include them in their positions and which do not.
(a)
((a))
(a + b)
(a) + (b)
((a) + (b))
(a, b)
((a, b))
((a), (b))
a, b
(a,)
()
(())
((), ())
(yield_)
[(a)]
f((a))
f((a), (b))
f((a, b))
(a).b
(a)[0]
(a)(b)
((a).b).c
(a for b in c)
((a for b in c))
x = (
    a
)
y = (  a  ,  b  )
z = ( a ) . b
w = (a
     + b)
v = -(a)
u = not (a)
t = (a) if (b) else (c)
s = (lambda: (a))
q = ((q := 1))
p = (*a, (b))
