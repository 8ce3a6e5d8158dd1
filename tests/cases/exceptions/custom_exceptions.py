class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class RangeError(ValidationError):
    pass


def validate(age):
    if not isinstance(age, int):
        raise ValidationError("age", "must be int")
    if not 0 <= age <= 150:
        raise RangeError("age", f"{age} out of range")
    return age


for v in (30, "x", 200, -1):
    try:
        print("ok", validate(v))
    except RangeError as e:
        print("range:", e, e.args)
    except ValidationError as e:
        print("invalid:", e, e.field, repr(e))
print(issubclass(RangeError, Exception), RangeError.__mro__[1].__name__)


class Simple(Exception):
    pass


print(repr(Simple()), str(Simple()), repr(Simple("a", 1)), str(Simple("a", 1)), str(Simple("only")))
