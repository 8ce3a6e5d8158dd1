class D:
    def __init__(self): self.data = {}
    def __getitem__(self, k):
        if k not in self.data:
            return self.__missing__(k)
        return self.data[k]
    def __missing__(self, k):
        return f"missing:{k}"
d = D()
print(d["x"])
class Dm(dict):
    def __missing__(self, k):
        return k * 2
try:
    dm = Dm(a=1)
    print(dm["a"], dm["zz"], dm.get("zz"), "zz" in dm)
except TypeError as e:
    print(type(e).__name__, e)
