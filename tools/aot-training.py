# A short program that touches the common paths of the parser, compiler and eval loop.
# ./taipan runs it once after each build to record the JDK's ahead-of-time cache
# (target/taipan.aot), which makes every later start faster. Its output is discarded.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def gen(n):
    for i in range(n):
        yield i * i


def main():
    p = Point(0, 0)
    for i in range(200):
        p = p + Point(i, -i)
    d = {repr(i): i for i in range(50)}
    s = sorted(d.values(), reverse=True)
    total = sum(gen(100)) + len([c for c in "taipan" if c != "a"])
    try:
        {}["missing"]
    except KeyError as e:
        err = repr(e)
    print(p, s[:3], total, err, 2 ** 70, 1.5 * 3)


main()
