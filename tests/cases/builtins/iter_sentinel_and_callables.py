data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]


def reader():
    if pos[0] >= len(data):
        return None
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 5)))
print(list(iter(reader, None)))


class Countdown:
    def __init__(self):
        self.n = 3

    def __call__(self):
        self.n -= 1
        return self.n


print(list(iter(Countdown(), -1)))
it = iter(lambda: "x", "x")
print(list(it))
