class Node:
    children = []

    def add(self, child):
        return Node.children + [child]

    try:
        self_ref = Node
    except NameError as e:
        self_ref = str(e)


print(Node.self_ref)
print(Node().add(1))


class Outer:
    value = 1

    class Inner:
        try:
            seen = value
        except NameError as e:
            seen = "NameError: " + str(e)


print(Outer.Inner.seen)
