# which builtins ask __length_hint__ (and raise what it raises), and in which order with __iter__
class H:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        print("iter"); return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print("hint"); return self.hint
for mk in [list, tuple, bytes, bytearray, set, frozenset, sorted, dict.fromkeys, lambda x: [].extend(x), lambda x: ''.join(map(str, x)), lambda x: [*x], lambda x: (*x,), lambda x: print(*x), lambda x: list(enumerate(x)), lambda x: list(zip(x)), lambda x: list(map(str, x)), lambda x: (lambda *a: a)(*x)]:
    print("--")
    try: print(mk(H(2, -1)))
    except Exception as e: print(type(e).__name__, e)
