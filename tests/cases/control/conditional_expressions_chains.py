def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"


print([grade(s) for s in (95, 85, 75, 65, 90, 80)])
x = 0
print("zero" if x == 0 else 1 / x)
vals = [0, "", None, [], 5]
print([v if v else "falsy" for v in vals])
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
print(1 if True else 1 / 0, (1 / 0 if False else "safe"))
a, b = 3, 7
print(a if a > b else b, min(a, b) if a != b else "equal")
