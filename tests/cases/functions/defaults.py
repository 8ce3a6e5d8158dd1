def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))
counter = 10


def snapshot(x=counter):
    return x


counter = 20
print(snapshot(), snapshot(5))


def accumulate(x, acc=[]):
    acc.append(x)
    return acc


print(accumulate(1), accumulate(2), accumulate(3, []), accumulate(4))


def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(safe(1), safe(2))
print(greet.__defaults__, snapshot.__defaults__, safe.__defaults__)
greet.__defaults__ = ("Yo", "~")
print(greet("Ed"))


def expr_default(a, b=2 * 3 + len("abc")):
    return a + b


print(expr_default(1))
