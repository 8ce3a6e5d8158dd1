def add_item(lst, item):
    lst.append(item)
    return lst


def rebind(lst):
    lst = lst + ["new"]
    return lst


orig = ["x"]
r1 = add_item(orig, "y")
r2 = rebind(orig)
print(orig, r1 is orig, r2, r2 is orig)


def default_trap(item, bucket=[]):
    bucket.append(item)
    return bucket


print(default_trap(1), default_trap(2), default_trap(3, []))
m = [1, 2, 3]
n = m
m = m + [4]
print(n, m)
m2 = [1, 2, 3]
n2 = m2
m2 += [4]
print(n2, m2)
