try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err, err.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(type(e).__name__, e)
ex = KeyError("k")
print(hasattr(ex, "__notes__"))
