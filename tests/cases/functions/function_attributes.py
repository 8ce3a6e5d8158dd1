def documented(a, b: int = 5, *args, c: str = "x", **kw) -> bool:
    """Docstring here."""
    local_var = 1
    return local_var


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__annotations__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount, documented.__code__.co_varnames)
print(documented.__module__, callable(documented), type(documented).__name__)


class K:
    def method(self):
        def inner():
            pass
        return inner


print(K.method.__qualname__, K().method().__qualname__)
documented.custom = 42
print(documented.custom, "custom" in documented.__dict__)
print((lambda: 0).__qualname__, documented.__code__.co_name)
