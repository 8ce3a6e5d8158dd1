g = {"x": 1}
exec("x += 1\ny = x * 10", g)
print(g["x"], g["y"])


def in_function():
    ns = {}
    exec("local_var = 5", globals(), ns)
    return ns


print(in_function())
code = """
def helper():
    return secret
secret = "from exec namespace"
result = helper()
"""
space = {}
exec(code, space)
print(space["result"])
print(eval("a + b", {"a": 1}, {"b": 2}))
