point = (3, 4)
match point:
    case (a, b):
        pass
print(a, b)
match [1, [2, 3]]:
    case [first, [second, *rest]] as whole:
        pass
print(first, second, rest, whole)
match {"k": "v", "n": 1}:
    case {"k": val, **others}:
        pass
print(val, others)
x = "unchanged"
match 5:
    case 6 as x:
        pass
    case _:
        pass
print(x)
match 5:
    case y:
        pass
print(y)
