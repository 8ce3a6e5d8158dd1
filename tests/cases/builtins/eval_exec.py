print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(n)]", {"n": 3}))
ns = {}
exec("def sq(v):\n    return v * v\nresult = sq(9)", ns)
print(ns["result"], ns["sq"](4))
loc = {}
exec("a = 5\nb = a + 1", {}, loc)
print(sorted(loc.items()))
y = 10
print(eval("y + 1"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
code = compile("z = 3 * 3", "<string>", "exec")
space = {}
exec(code, space)
print(space["z"], type(code).__name__, eval(compile("2 ** 10", "<e>", "eval")))
