def readings():
    yield 10
    yield 20
    raise ValueError("sensor offline")


total = 0
for r in readings():
    total += r
    print("total", total)
print("never printed")
