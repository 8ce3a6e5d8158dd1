import re
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT, NonCallableMock


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(fn, *args, **kw):
    try:
        result = fn(*args, **kw)
        print("ok", r(result) if result is not None else "")
    except Exception as e:
        print(type(e).__name__ + ":", e)


m = Mock()
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m.foo()), r(m().baz))
print(m.foo is m.foo, m() is m.return_value)
m.foo(1, 2, key="v")
m(3)
m.foo.bar.baz()
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.method_calls)
print(m.mock_calls)
print(m.foo.call_args.args, m.foo.call_args.kwargs)
m2 = Mock(name="named", return_value=5)
print(r(m2), m2(), m2.call_count)
m3 = Mock(side_effect=[1, 2, KeyError("third")])
print(m3(), m3())
attempt(m3)
attempt(m3)
m4 = Mock(side_effect=ValueError)
attempt(m4)
m5 = Mock(side_effect=lambda x: x * 2)
print(m5(21))
m6 = Mock(side_effect=lambda: DEFAULT, return_value="dflt")
print(m6())
m7 = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "attr": 9})
print(m7.method(), m7.attr)
attempt(m7.other)

mm = Mock()
attempt(mm.assert_called)
attempt(mm.assert_not_called)
mm(1, b=2)
attempt(mm.assert_called_with, 1, b=2)
attempt(mm.assert_called_with, 1, b=3)
attempt(mm.assert_called_once_with, 1, b=2)
mm(5)
attempt(mm.assert_called_once_with, 5)
attempt(mm.assert_called_once)
attempt(mm.assert_not_called)
attempt(mm.assert_any_call, 1, b=2)
attempt(mm.assert_any_call, 9)
attempt(mm.assert_has_calls, [call(1, b=2), call(5)])
attempt(mm.assert_has_calls, [call(5), call(1, b=2)])
attempt(mm.assert_has_calls, [call(5), call(1, b=2)], any_order=True)
attempt(mm.assert_has_calls, [call(7)], any_order=True)
attempt(mm.assert_called_with, ANY)
attempt(Mock(name="nm").assert_called_with, 1)
attempt(getattr, mm, "assret_called")
attempt(getattr, mm, "__len__")
mm.reset_mock()
print(mm.call_count, mm.mock_calls)

print(call(1, 2, a=3), call.foo(1), call().bar(), call.x.y.z(), call)
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1), call(1, ANY) == call(1, "x"))
print(call(1).args, call(1, k=2).kwargs, call.foo(1).call_list())
print(call(1).count, call.index)
print(sentinel.thing, sentinel.thing is sentinel.thing, DEFAULT, ANY, ANY == 5)

spec = Mock(spec=["a", "b"])
print(r(spec.a))
attempt(getattr, spec, "c")


class Target:
    x = 1
    def method(self, a, b=2):
        return a + b


s = Mock(spec=Target)
print(r(s), isinstance(s, Target), r(s.method))
attempt(getattr, s, "nope")
s.method(1, b=3)
attempt(s.method.assert_called_with, 1, b=3)
ss = Mock(spec_set=Target)
attempt(setattr, ss, "zzz", 1)
ss.x = 5
print(ss.x)
nc = NonCallableMock()
attempt(nc)

parent = Mock()
child = Mock(return_value=4)
parent.attach_mock(child, "kid")
parent.kid(1)
print(parent.mock_calls, parent.method_calls)
parent.configure_mock(**{"a.b.c": 7})
print(parent.a.b.c)
del parent.kid
attempt(getattr, parent, "kid")
print(sorted(x for x in dir(Mock()) if not x.startswith("_"))[:6])
