class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        return not self <= other

    def __ge__(self, other):
        return not self < other

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2", "10.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") <= Version("1.2.0"), Version("2") >= Version("1.99"))
print(len(set(vs)), Version("1.2") in vs)
print(sorted(vs, reverse=True)[:3])
