def make():
    state = []
    count = 0

    def add(x):
        nonlocal count
        state.append(x)
        count += 1
        return count

    def get():
        return state, count

    return add, get


add, get = make()
add("a")
add("b")
print(get())


def rebinding():
    v = 1

    def change():
        nonlocal v
        v = "changed"

    print(v)
    change()
    print(v)


rebinding()


def loop_nonlocal():
    total = 0

    def acc(n):
        nonlocal total
        total += n

    for i in range(5):
        acc(i)
    return total


print(loop_nonlocal())
