def require_positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{fn.__name__} needs a positive number, got {x}")
        return fn(x)
    return wrapper


@require_positive
def sqrt(x):
    return x ** 0.5


print(sqrt(16))
print(sqrt(-4))
