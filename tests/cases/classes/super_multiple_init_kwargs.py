class Root:
    def __init__(self, **kw):
        self.log = ["Root"]
        if kw:
            self.log.append(f"leftover {sorted(kw)}")


class Named(Root):
    def __init__(self, name="?", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")


class Aged(Root):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")


class Person(Named, Aged):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")


p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age, p.log)
print([c.__name__ for c in Person.__mro__])
q = Person()
print(q.name, q.age, q.log)
