def countdown(n):
    print("start")
    return countdown(n - 1) + 1 if n else 0


def loop(n):
    return loop(n + 1)


print(countdown(3))
loop(0)
