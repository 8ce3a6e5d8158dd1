import json
from collections import OrderedDict


class D(dict):
    def items(self):
        return sorted(super().items(), reverse=True)


print(json.dumps(D(a=1, b=2)), json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(D(a=1), indent=1))
print(json.dumps({1.5: 'x', float('inf'): 'i', True: 't', 10**30: 'big'}))
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([1e300 * 1e10, -1e300 * 1e10]), json.dumps(1e-300 / 1e100), json.dumps(-0.0), json.dumps(123456789.123456789))
print(json.dumps([2 ** 64, -2 ** 63, 0, -1]), json.dumps(3.0), json.dumps(1e22), json.dumps(1e21), json.dumps(1e-5))
print(json.dumps('\ud800\udfff\U0010ffff'), json.dumps('\ud800', ensure_ascii=False) == '"\ud800"')
print(json.dumps([[1, [2]], {'a': {'b': []}}], indent=3))
print(json.dumps({'a': 1}, indent=''), json.dumps([1], indent=' '))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(json.loads('{"a": 1, "b": [1, {"c": 2}]}', object_pairs_hook=OrderedDict))
seen = []
json.loads('{"a": {"b": {}}, "c": []}', object_hook=lambda d: seen.append(sorted(d)) or d)
print(seen)
for data in [b'\xef\xbb\xbf[1]', '[1]'.encode('utf-16-le'), '[1]'.encode('utf-16-be'), '[1]'.encode('utf-32'),
             '"é"'.encode('utf-8'), b'"x"']:
    print(json.loads(data))
print(json.loads('123456789012345678901234567890.5'), json.loads('1E5'), json.loads('-1e-2'), json.loads('0.0'))
print(repr(json.loads('"\\u0000\\u001f\\ud834\\udd1e\\ud834x"')))
print(json.loads('[1,2,3]', parse_int=float), json.loads('1.5', parse_float=str))
big = '[' * 50 + ']' * 50
print(len(json.dumps(json.loads(big))))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError')
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.scanstring('"abc\\n" tail', 1), json.encoder.encode_basestring_ascii('é\n'), json.encoder.encode_basestring('é\n'))
print(json.dumps({'a': [1, 2]}, separators=(',', ':'), sort_keys=True, indent=None))
e = json.JSONEncoder(sort_keys=True, indent=2)
print(e.encode({'b': 1, 'a': [True, None]}), e.item_separator, repr(e.key_separator))
print(''.join(e.iterencode({'x': 1})))
try:
    json.dumps({'k': object()}, indent=2)
except TypeError as ex:
    print('TypeError', ex)
print(json.dumps([1, 2], default=str, check_circular=False))
import io
buf = io.StringIO()
json.dump([1, {'a': 'b'}], buf, indent=2, sort_keys=True)
print(buf.getvalue())
print(json.load(io.StringIO('{"x": [1, 2]}'), object_hook=dict))
