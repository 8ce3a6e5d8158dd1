import dis

from disshow import Buffer, masked, show


show("a + b * c")
print("---")
show("x = 1\nif x:\n    y = [i for i in range(x)]\n")
print("---")
show("lambda q: q ** 2")
print("---")
show("def f(): pass", depth=0)
print("---")
show(compile("z = 5", "given.py", "exec"))
