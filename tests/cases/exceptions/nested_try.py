def level(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return level(n - 1)
    except KeyError:
        print("wrong handler at", n)
    finally:
        print("unwinding", n)


try:
    level(3)
except LookupError as e:
    print("top caught", e)
result = []
for i in range(4):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            result.append(("ok", i))
        except ValueError as e:
            result.append(("inner", int(str(e))))
            if i == 3:
                raise
    except ValueError:
        result.append(("outer", i))
print(result)
