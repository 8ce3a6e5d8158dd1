import json, io
data = {"name": "Zoë", "tags": ["a", "b\n", "\u2603", "😀"], "n": 1, "f": 1.5, "big": 10**20, "t": True, "no": None,
        "nested": {"x": [], "y": {}, "z": [1, [2, [3]]]}, "float": 1e16, "small": 1.5e-07, "neg": -0.0, 3: "int key", 2.5: "float key", None: 'n', False: 'f'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(',', ':')))
print(json.dumps([1, {"a": [1, 2]}], indent=0))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
try: json.dumps([float('nan')], allow_nan=False)
except ValueError as e: print('ValueError', e)
try: json.dumps({(1, 2): 3})
except TypeError as e: print('TypeError', e)
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
try: json.dumps(object())
except TypeError as e: print('TypeError', e)
try: json.dumps({1, 2})
except TypeError as e: print('TypeError', e)
print(json.dumps({1, 2}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2+3j], cls=E), E(indent=1).encode({'c': 1j}))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print('ValueError', e)
d = {}; d['d'] = d
try: json.dumps(d)
except ValueError as e: print('ValueError', e)
print(json.dumps('\x00\x1f"\\/\x7f\u0100'), json.dumps('\x00\x1f"\\/\x7f\u0100', ensure_ascii=False))
print(json.dumps((1, 2)), json.dumps(True), json.dumps(None), json.dumps(12345678901234567890), json.dumps(0.1), json.dumps(1/3))
class C(int):
    def __repr__(self):
        return 'C!'
class F(float):
    def __repr__(self):
        return 'F!'
print(json.dumps([C(1), F(2.5), {C(3): F(1.0)}]))
s = io.StringIO(); json.dump({'a': [1, 2]}, s, indent=1); print(s.getvalue())
print(list(json.JSONEncoder().iterencode({'a': [1, 'x']})))
print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -1e3}}'))
print(json.loads('[1.1, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.load(io.StringIO('[1, "\\u00e9\\ud83d\\ude00"]')))
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder(strict=False).decode('"a\tb"'))
print(repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"')))
doc = '{"a": [1, 2, {"b": null}], "c": "d"}'
print(json.loads(json.dumps(json.loads(doc))) == json.loads(doc))
print(json.dumps(json.loads('1.0')), json.dumps(json.loads('1E+2')), json.loads('-0'), json.loads('  [ ]  '))
e = json.JSONDecodeError('msg', 'a\nbc', 3)
print(e, e.lineno, e.colno, e.args)
print(json.dumps({'a': 1}, indent=-1), json.dumps([[]], indent=2), json.dumps({}, indent=2))
print(json.dumps([1, 2], separators=(' , ', ' : ')), json.dumps({'k': 'v'}, separators=(',', '=')))
print(json.dumps("x" * 3, indent=2), json.dumps({"é": "é"}))
