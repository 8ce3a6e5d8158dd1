import pprint

a = [1, 2]
a.append(a)
b = {"self": None, "list": a}
b["self"] = b
s = pprint.saferepr(a)
print(s.replace(str(id(a)), "ID"))
s = pprint.pformat(b, width=20)
print(s.replace(str(id(b)), "ID1").replace(str(id(a)), "ID2"))
print(pprint.isrecursive(a), pprint.isrecursive([1, [2]]), pprint.isrecursive(b))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object()]), pprint.isreadable(a))
print(pprint.isreadable({"a": int}), pprint.isreadable(3), pprint.isreadable(""))
p = pprint.PrettyPrinter()
print(p.isrecursive(a), p.isreadable(a), p.isreadable({1: 2}))
print(pprint.saferepr({"b": 1, "a": [1, 2, (3,)]}))
print(pprint.saferepr("x" * 200) == repr("x" * 200))
t = ([],)
t[0].append(t)
print(pprint.saferepr(t).replace(str(id(t)), "ID"))
print(p.format([1, [2, [3]]], {}, 2, 0))
print(p.format({1: {2: {}}}, {}, 1, 0))
shared = [1]
print(pprint.pformat([shared, shared, {"k": shared}]))
import io
out = io.StringIO()
pprint.pprint({"to": "stream"}, stream=out)
pprint.PrettyPrinter(stream=out, width=10).pprint(list(range(5)))
print(repr(out.getvalue()))


class Custom(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


Custom(width=30).pprint({"name": "value", "list": ["a", "b", "c" * 20]})
