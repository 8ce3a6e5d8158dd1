calls = []


def check(label, result):
    calls.append(label)
    return result


def classify(n):
    match n:
        case int() if check("neg", n < 0):
            return "negative"
        case int() if check("zero", n == 0):
            return "zero"
        case 1 | 2 if check("small", True):
            return "small"
        case int(x) if check("big", x > 100):
            return "big"
        case _:
            return "medium"


for n in (-5, 0, 2, 50, 500):
    calls.clear()
    print(n, classify(n), calls)
