def letters():
    for c in "abcde":
        print("yield", c)
        yield c


for i, c in enumerate(letters(), start=1):
    if i == 3:
        break
    print(i, c)
print(list(zip(range(2), letters())))
print(dict(zip(letters(), range(10))))
