# Method calls on instances of user classes, with inheritance and super().
class Counter:
    def __init__(self):
        self.count = 0

    def incr(self, by):
        self.count += by
        return self


class Stepper(Counter):
    def incr(self, by):
        return super().incr(by * 2)

    def step(self):
        return self.incr(1)


def run(n):
    c = Counter()
    s = Stepper()
    for i in range(n):
        c.incr(i & 3)
        s.step()
    return c.count + s.count


print(run(3200000))
