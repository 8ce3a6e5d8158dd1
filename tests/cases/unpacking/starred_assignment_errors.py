for src in ["a, *b, c = [1]", "*a, b, c, d = 'xy'", "a, *b = 5", "*a, b = ()"]:
    try:
        exec(src)
        print(src, "ok")
    except (ValueError, TypeError) as e:
        print(src, "->", type(e).__name__, e)
for src in ["a, *b = [1]", "*a, b = 'xy'", "a, *b, c = range(5)"]:
    ns = {}
    exec(src, ns)
    print(src, "->", {k: v for k, v in ns.items() if k != "__builtins__"})
