# threading.local: per-thread attributes, subclasses with __init__ run again in each thread.
import threading
import _thread

data = threading.local()
data.x = 'main'
print(type(data).__name__, type(data).__module__, data.__dict__)
seen = {}


def work(n):
    seen[n] = [hasattr(data, 'x'), data.__dict__.copy()]
    data.x = n
    data.y = n * 2
    seen[n].append(sorted(data.__dict__.items()))


ts = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join(20)
print(sorted(seen.items()))
print(data.x, hasattr(data, 'y'), data.__dict__)
del data.x
print(hasattr(data, 'x'))
try:
    data.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)


class Counter(threading.local):
    made = 0

    def __init__(self, start, step=1):
        Counter.made += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
c.bump()
out = []


def use():
    out.append((c.value, c.bump(), c.bump()))


for _ in range(2):
    t = threading.Thread(target=use)
    t.start()
    t.join(20)
print(out, c.value, Counter.made, isinstance(c, threading.local))


class Slotted(threading.local):
    __slots__ = ('a', '__dict__')


s = Slotted()
s.a = 1
s.b = 2
res = []


def slot_use():
    res.append((hasattr(s, 'a'), hasattr(s, 'b')))
    s.b = 3


t = threading.Thread(target=slot_use)
t.start()
t.join(20)
print(res, s.a, s.b)
