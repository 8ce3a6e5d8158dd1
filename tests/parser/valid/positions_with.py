# Positions in with statements, parenthesized and not.
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (
    a as b,
    c as d,
):
    pass
with (a, b) as c:
    pass
with (a), (b):
    pass
with a as (b, c):
    pass
with a() as b.c, d[0] as e:
    pass
with é as ü:
    pass


async def f():
    async with a as b:
        pass
    async with (
        a,
        b,
    ):
        pass
