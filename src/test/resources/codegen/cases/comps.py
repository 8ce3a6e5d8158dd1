a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in d.items()}
d = (x for x in y)
e = [x + y for x in a for y in b if x if y]
f = [[x for x in row] for row in m]
def fn(n):
    return [i * n for i in range(n)]
g = [y for x in z for y in [x]]
h = list(x for x in range(10))
async def af():
    return [x async for x in ai]
async def ag():
    return [await x for x in y]
