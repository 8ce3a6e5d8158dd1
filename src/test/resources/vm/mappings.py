class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k * 2
def f(**kw): return kw
print({**M()}, f(**M()))
try: f(**M(), a=1)
except TypeError as e: print(e)
try: f(**1)
except TypeError as e: print(e)
try: {**1}
except TypeError as e: print(e)
try: f(**{"a": 1}, **{"a": 2})
except TypeError as e: print(e)
try: f(**{1: 2})
except TypeError as e: print(e)
