import json
bad = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\ud800"', '"a\nb"', '[1] x', 'nul', 'tru', '-', '01', '1.', '1e', '{"a":}', '[', '{', '{"a"', '{"a":1', '[1,', '\ufeff1', 'NaN', '-Infinity', '1.5e3', '-0', '-0.0', '"\\ud83d\\ude00"', '[1,\n 2,\n x]', '{"a":1 "b":2}', '  "x"  ', '1e400', '123456789012345678901234567890', '"\\/"', '"\t"', '[[]]', '{"":{}}', 'Infinity1', '[-]', '"\\', '{"a":1}{}', 'true false']
for s in bad:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'JSONDecodeError', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
print(json.loads('"\x01"', strict=False))
try: json.loads(1)
except Exception as e: print(type(e).__name__, e)
print(json.loads(b'[1]'), json.loads('[1]'.encode('utf-16')), json.loads(bytearray(b'{"a":2}')))
print(json.JSONDecodeError.__mro__)
