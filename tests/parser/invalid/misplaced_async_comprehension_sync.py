def f():
    return {a async for a in b}
