for i in range(1, 21):
    if i % 15 == 0:
        print("FizzBuzz")
    elif i % 3 == 0:
        print("Fizz")
    elif i % 5 == 0:
        print("Buzz")
    else:
        print(i)
print([("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0)) or i for i in range(1, 16)])


def fb(i):
    match (i % 3, i % 5):
        case (0, 0):
            return "FB"
        case (0, _):
            return "F"
        case (_, 0):
            return "B"
        case _:
            return str(i)


print(" ".join(fb(i) for i in range(1, 16)))
