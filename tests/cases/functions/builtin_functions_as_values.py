funcs = [len, abs, str, sorted, max, repr, type, bool]
print([f.__name__ for f in funcs])
print(list(map(len, ["a", "bb", ""])), list(map(abs, [-1, 2, -3])), list(map(str, [1, None])))
print(list(map(pow, [2, 3], [5, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
call = print
call("via alias", end="\n")
method = "hello".upper
print(method(), method.__name__, type(method).__name__)
unbound = str.upper
print(unbound("x"), list(map(str.title, ["ab cd", "ef"])))
print(sorted(["b", "A", "c"], key=str.lower), callable(len), callable("len"), callable(str.upper))
