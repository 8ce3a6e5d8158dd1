class HTTPError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


class NotFound(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


try:
    raise NotFound("/missing")
except HTTPError as e:
    print(type(e).__name__, e, e.status, e.reason, e.path, e.args)


class NoInit(Exception):
    pass


e = NoInit(1, 2, 3)
print(e.args, str(e), repr(e))


class StrOverride(Exception):
    def __str__(self):
        return "custom text"


print(str(StrOverride("ignored")), repr(StrOverride("kept in repr")))
try:
    raise StrOverride
except StrOverride as err:
    print(f"caught: {err}")
