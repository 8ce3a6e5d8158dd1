log = []


def record(msg):
    log.append(msg)
    return msg


class Example(record("base") and object):
    a = record("attr a")

    def method(self, d=record("default arg")):
        record("method body")

    b = record("attr b")


record("after class")
print(log)
Example().method()
print(log[-1])
