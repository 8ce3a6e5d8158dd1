names = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
         "classmethod", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "filter", "float",
         "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "int",
         "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "min", "next",
         "object", "oct", "ord", "pow", "print", "property", "range", "repr", "reversed", "round",
         "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
         "vars", "zip", "aiter", "anext", "breakpoint", "compile", "eval", "exec", "input", "open",
         "memoryview", "__import__", "__build_class__"]
found = {}
for n in names:
    try:
        found[n] = eval(n)
    except NameError:
        pass
print("missing:", [n for n in names if n not in found])
print(len([n for n in found if callable(found[n])]))
print(found["len"]("abc"), found["print"].__name__, found["range"].__name__)
