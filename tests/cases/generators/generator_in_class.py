class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()


t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6, [Tree(7)])])])
print(list(t), sum(t), max(t))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(list(t.leaves()))
