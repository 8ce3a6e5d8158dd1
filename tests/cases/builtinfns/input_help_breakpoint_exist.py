import builtins
for name in ["input", "breakpoint", "__build_class__", "__import__", "open", "print", "memoryview", "aiter", "anext", "exit", "quit"]:
    print(name, hasattr(builtins, name), callable(getattr(builtins, name, None)))
m = __import__("math")
print(m.__name__, __import__("sys").__name__ == "sys")
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
def body():
    x = 1
C = __build_class__(body, "C")
print(C.__name__, C.x if hasattr(C, "x") else "no x")
