funcs = {}
for kind in ("square", "cube"):
    if kind == "square":
        def op(x):
            return x * x
    else:
        def op(x):
            return x ** 3
    funcs[kind] = op
print(funcs["square"](3), funcs["cube"](3), funcs["square"] is funcs["cube"])
flag = False
if flag:
    def maybe():
        return "defined"
try:
    maybe()
except NameError as e:
    print(type(e).__name__, e)
