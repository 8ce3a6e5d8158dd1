import random

for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**40, 123456789]:
    random.seed(s)
    print(s, [random.random() for _ in range(3)], random.getrandbits(1), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.randrange(2**70), random.randrange(-5, 5), random.randint(-10**20, 10**20))
L = list(range(20))
random.shuffle(L)
print(L)
print(random.choice('abcdefg'), random.choice([1, 2, 3]), random.choice(range(1000)))
print(random.sample(range(100), 10), random.sample('abcdefghij', 3), random.sample(range(10**6), 5))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1))
print(random.expovariate(1.5), random.vonmisesvariate(1, 2), random.gammavariate(2.5, 1),
      random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.betavariate(2, 3))
print(random.paretovariate(2), random.weibullvariate(1, 2))
print(random.choices('abc', k=5), random.choices('abc', weights=[10, 1, 1], k=5),
      random.choices('abc', cum_weights=[1, 2, 10], k=5))
print(random.randbytes(10))
r = random.Random(7)
print(r.random(), r.randint(0, 100))
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)], state[0], len(state[1]), state[1][-1])
for s in ['hello', b'hello', bytearray(b'xyz'), '', 'ünïcødé', 3.5, -0.0]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 1000))
random.seed('abc', version=1)
print(random.random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice('abcd'))
random.seed(1234)
print(sum(random.random() for _ in range(100000)))
print(type(random.Random()).__mro__)
