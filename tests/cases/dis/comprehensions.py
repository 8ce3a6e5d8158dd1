import dis

from disshow import Buffer, masked, show


def comps(data):
    a = [x * 2 for x in data if x]
    b = {x: y for x, y in zip(data, data)}
    c = {x for row in [data, data] for x in row}
    d = list(x + 1 for x in data)
    return a, b, c, d


show(comps)
print("--- depth 0")
show(comps, depth=0)
print(comps([0, 1, 2]))
