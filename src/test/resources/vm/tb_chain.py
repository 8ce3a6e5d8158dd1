def inner():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e

def gen():
    yield 1
    raise StopIteration

try:
    list(gen())
except RuntimeError as e:
    print("PEP 479:", e, "| cause:", type(e.__cause__).__name__)

def outer():
    try:
        inner()
    finally:
        print("finally runs")

outer()
