class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        print("contains?", x)
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __reversed__(self):
        return reversed(self.items)


b = Bag(3, 1, 2)
print(len(b), bool(b), bool(Bag()), list(b), sorted(b), 2 in b, 9 in b)
print(b[0], b[-1], b[1:], list(reversed(b)), max(b), sum(b), list(enumerate(b)))
x, y, z = b
print(x, y, z, [*b], dict.fromkeys(b))
