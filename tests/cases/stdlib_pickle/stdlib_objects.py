import pickle, collections, datetime, enum, fractions, functools, re, types, sys
class Color(enum.Enum):
    RED = 1
class Flags(enum.IntFlag):
    A = 1
    B = 2
NT = collections.namedtuple("NT", "a b")
objs = [collections.OrderedDict(a=1), collections.Counter("abc"), collections.defaultdict(int, a=1), collections.deque([1, 2], 3),
        NT(1, 2), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6), datetime.timedelta(1, 2, 3),
        datetime.time(1, 2), datetime.timezone.utc, Color.RED, Flags.A | Flags.B, fractions.Fraction(1, 3),
        functools.partial(max, 1, key=abs), re.compile("a+", re.I), types.SimpleNamespace(a=1), range(5), slice(1, 2, 3),
        ValueError("x"), OSError(2, "no"), KeyError("k"), StopIteration(5), sys.maxsize, list[int], ...]
for o in objs:
    for proto in (0, 2, 4):
        try:
            d = pickle.dumps(o, proto)
            ok = pickle.loads(d) == o if not isinstance(o, BaseException) else repr(pickle.loads(d)) == repr(o)
            print(type(o).__name__, proto, ok, d.hex())
        except Exception as e:
            print(type(o).__name__, proto, "ERR", type(e).__name__, e)
