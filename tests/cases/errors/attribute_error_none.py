def find(items, target):
    for item in items:
        if item == target:
            return item


found = find(["a", "b"], "z")
print(found)
print(found.upper())
