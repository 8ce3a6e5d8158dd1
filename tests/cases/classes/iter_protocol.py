class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(4)), sum(Countdown(10)), max(Countdown(3)))
c = Countdown(2)
for x in c:
    print("first pass", x)
for x in c:
    print("second pass never")


class Reusable:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


r = Reusable([1, 2])
print(list(r), list(r), dict(zip(r, "ab")))


class NotIter:
    pass


try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)


class BadIter:
    def __iter__(self):
        return 5


try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
