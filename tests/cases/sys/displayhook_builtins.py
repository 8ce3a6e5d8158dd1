# sys.displayhook and the builtins module as __builtins__.
import sys, builtins

sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
out = []
sys.displayhook = lambda v: out.append(v)
exec(compile("1 + 1", "<s>", "single"))
exec(compile("'x'", "<s>", "single"))
print(out)
sys.displayhook = sys.__displayhook__

g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__, g["__builtins__"] is builtins.__dict__)
print(type(__builtins__).__name__)
builtins.extra_name = "visible everywhere"
print(extra_name)
del builtins.extra_name
try:
    extra_name
except NameError as e:
    print(e)
