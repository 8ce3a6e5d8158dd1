class Config:
    defaults = {"debug": False}
    items = []
    version = 1

    def add(self, x):
        self.items.append(x)

    def bump(self):
        self.version += 1


a, b = Config(), Config()
a.add("from a")
b.add("from b")
print(Config.items, a.items is b.items)
a.bump()
a.bump()
print(a.version, b.version, Config.version)
del a.version
print(a.version)
try:
    del a.version
except AttributeError as e:
    print(type(e).__name__, e)
Config.new_attr = "added later"
print(b.new_attr, hasattr(a, "new_attr"), getattr(a, "missing", "default"))
setattr(a, "dyn", 5)
print(a.dyn, vars(a), sorted(k for k in vars(Config) if not k.startswith("__")))
