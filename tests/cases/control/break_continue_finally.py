for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")


def f():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)


print(f())


def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("g finally", i)
    return "g done"


print(g())
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
print(n)
