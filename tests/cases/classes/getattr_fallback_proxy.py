class Proxy:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p._log, p.count(1))
try:
    p.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(p._log)
s = Proxy("text")
print(s.upper(), s.split("x"), len(s._log))
