def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in (-5, 0, 3, 10, 99, 100, 10 ** 10):
    print(n, classify(n))
x = 7
if x:
    print("truthy")
if not []:
    print("empty list falsy")
if x > 5 and x < 10 or x == 100:
    print("range")
if x % 2:
    if x % 3:
        print("odd, not multiple of 3")
    else:
        print("odd multiple of 3")
y = "yes" if x > 5 else "no"
print(y)
if 0:
    print("never")
elif None:
    print("never")
print("done")
