class Node:
    def __init__(self):
        self.next = self

    def length(self):
        return 1 + self.next.length()


print("measuring")
print(Node().length())
