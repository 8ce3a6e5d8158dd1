def search(items, target):
    for i, v in enumerate(items):
        try:
            if v == target:
                break
            if v is None:
                raise ValueError("None in data")
        except ValueError as e:
            print("skipping:", e)
            continue
    else:
        return "not found"
    return f"found at {i}"


print(search([1, 2, 3], 2))
print(search([1, None, 3], 3))
print(search([None], 5))
print(search([], 1))
n = 0
while n < 5:
    n += 1
    try:
        if n == 3:
            continue
    finally:
        pass
else:
    print("while completed with n =", n)
