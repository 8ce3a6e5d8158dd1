# Calls: generator expressions as the sole argument, multi-line calls, keywords.
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(z, (x for x in y))
f(x for x in y)(a for a in b)
f  (  x for x in y  )
f(
    x
    for x in y
)
f(
    a,
    b=1,
    *c,
    **d,
)
f(a)(
    b
)(c)
f(a
  )
obj.method(
    arg,
).other(
)
f(key=value)
f(key = value)
f(**kw, key=value)
f(* args, ** kw)
f(a)[0](b)
print(
    "é",
    x,
)
sum(i*i for i in range(10) if i)
any(
    x for x in y
    if x
)
g(a)(b for b in c)
