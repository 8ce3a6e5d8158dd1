print(getattr(5, "real"), getattr(2.5, "imag"), getattr(3j, "imag"), getattr("s", "upper")())
print(getattr([], "__len__")(), getattr({}, "keys")(), getattr(range(4), "stop"))
print(hasattr(int, "from_bytes"), hasattr(str, "maketrans"), hasattr(list, "sort"), hasattr(tuple, "sort"))
print(getattr(int, "__name__"), getattr(type(None), "__name__"), getattr(len, "__name__"))
for obj, name in [(1, "nope"), ("s", "nope"), (None, "x"), ([], "push")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(None, "x", "fallback"), getattr(object, "__class__").__name__)
