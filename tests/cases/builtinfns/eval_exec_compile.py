print(eval("1 + 2"), eval("x * 2", {"x": 5}), eval("y", {}, {"y": 3}), eval("len('abc')"), eval(" 7 "), eval("\n8\n".strip()))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
code = compile("3 * 4", "<string>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
exec(compile("print('from exec')", "<s>", "exec"))
single = compile("5 + 5", "<s>", "single")
exec(single)
for f in [lambda: eval("1 +"), lambda: eval("undefined_name"), lambda: exec("raise ValueError('in exec')"), lambda: eval(5),
          lambda: compile("x", "f", "bad"), lambda: eval("a = 1"), lambda: exec("return 1")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
g = {"__builtins__": {"len": len}}
print(eval("len([1])", g))
try:
    eval("print(1)", g)
except NameError as e:
    print(type(e).__name__, e)
print(eval("__name__"), eval("[i for i in range(3)]"), eval("(lambda: 42)()"))
