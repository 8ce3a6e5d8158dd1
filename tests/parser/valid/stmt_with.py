# with statements: single and multiple items, targets, parenthesized item lists.
with a:
    pass
with a as b:
    pass
with a, b:
    pass
with a as b, c as d:
    pass
with a as b, c:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c:
    pass
with a as b[0]:
    pass
with a as (b):
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a, b,):
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass
with (a, b) as c:
    pass
with (a, b) as (c, d):
    pass
with (a), (b):
    pass
with (a) as b, (c) as d:
    pass
with (yield_):
    pass
with a if b else c as d:
    pass
with f() as g, h() as i, j() as k:
    pass
with a: pass
with a as b: x = 1; y = 2
with ():
    pass
with (a, *b):
    pass
with a as (b, *c):
    pass
with a as b, (c, d) as e:
    pass
with (a := b):
    pass
with (a := b) as c, (d := e):
    pass
with lambda: 0:
    pass
