def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for v in (10, 20, 30, 5):
    print(avg.send(v))


def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
        raise


g = grep("py")
next(g)
for line in ["python", "java", "pypy", "go"]:
    g.send(line)
g.close()
