class Event:
    __match_args__ = ("kind", "payload")

    def __init__(self, kind, payload=None, urgent=False):
        self.kind, self.payload, self.urgent = kind, payload, urgent


def handle(e):
    match e:
        case Event("click", (x, y), urgent=True):
            return f"urgent click at {x},{y}"
        case Event("click", (x, y)):
            return f"click at {x},{y}"
        case Event("key", str(k)) if len(k) == 1:
            return f"key {k}"
        case Event("key", payload=k):
            return f"special key {k!r}"
        case Event(kind=kind):
            return f"unhandled {kind}"


for e in [Event("click", (1, 2)), Event("click", (3, 4), urgent=True), Event("key", "a"),
          Event("key", "shift"), Event("key", None), Event("scroll", 5)]:
    print(handle(e))
