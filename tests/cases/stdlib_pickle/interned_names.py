# Equal identifier-like strings from different code objects: CPython interns them, so the
# pickler's memo (keyed by identity) writes the second one as a memo reference.
import pickle


class KwOnly:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return (), {"key": self.key}


for proto in range(6):
    print(proto, pickle.dumps(KwOnly(key="k"), proto).hex())
