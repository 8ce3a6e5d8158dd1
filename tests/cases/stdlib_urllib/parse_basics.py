from urllib.parse import *
import urllib.parse as up
urls = ['http://user:pw@Example.COM:8080/p/a/t/h;params?query=1&b=2#frag', 'HTTP://[::1]:80/x', 'https://[fe80::1%25eth0]/', '//netloc/path', 'mailto:me@x.org', 'file:///etc/passwd', 'path/only?q#f', ' \t http://a\nb.c/d ', 'http://h:/', 'http://h:abc/', 'http://h:99999/', 'x:y', '1http://x', 'a.b+c-d://z', '', 'http://a/b;c/d;e', 'ftp://ftp.x/f;type=a', b'http://x.y/z?q#f', 'http://[v1.fe]/', 'http://[1.2.3.4]/', 'http://[xyz]/', 'http://[::1/', 'http://a]/']
for u in urls:
    for f in (urlsplit, urlparse):
        try:
            r = f(u)
            print(repr(r))
            print(' ', r.username, r.password, r.hostname, r.geturl())
            print(' ', r.port)
        except Exception as e:
            print(' ', type(e).__name__, e)
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https:g']:
    print(rel, '->', urljoin(base, rel))
print(urljoin('http://a/b//c/d', 'e'), urljoin('', 'x'), urljoin('a', ''), urljoin(b'http://a/b', b'c'), urljoin('mailto:a', 'b'))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag(b'x#y'))
print(urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunsplit(('http', '', 'p', '', '')), urlunparse(('a','b','c','d','e','f')), urlunsplit(('', '', '//x', '', '')))
for s in ['abc def/ghi~_.-', 'ü€𝄞', '', 'a+b&c=d', b'\x00\xff ab']:
    print(quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote('a b', safe=b'/ '), quote_from_bytes(b'a/b c'), quote('ü', encoding='latin-1'))
for s in ['%41%42%4', '%zz%', 'a+b%20c', '%C3%A9x', '%C3x%A9', 'ü%C3%BC', b'%41%4g', '', '%E2%82']:
    print(repr(unquote(s)), repr(unquote_plus(s) if isinstance(s, str) else 0), repr(unquote_to_bytes(s)))
print(unquote('%E9', encoding='latin-1'), unquote('%E9', errors='strict') if False else '')
print(urlencode({'a': 1, 'b c': 'd&e', 'f': [1, 2]}), urlencode({'f': [1, 2], 'g': 'xy', 'h': b'\xff'}, doseq=True), urlencode([('x', 'y/z')], safe='/'), urlencode([('x', 'y z')], quote_via=quote))
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&x=%20y+z&', b'a=1&b=%41', 'a', '=x']:
    print(parse_qs(q), parse_qsl(q, keep_blank_values=True), parse_qsl(q, separator=';'))
for args in [(('a=1&b',), {'strict_parsing': True}), (('a=1&b=2',), {'max_num_fields': 1}), (('a',), {'separator': ''}), ((['x'],), {})]:
    try: print(parse_qsl(*args[0], **args[1]))
    except Exception as e: print(type(e).__name__, e)
for bad in [lambda: urlencode('abc'), lambda: urlencode([1]), lambda: quote(1), lambda: quote(b'x', encoding='utf-8'), lambda: quote_from_bytes('x'), lambda: urlsplit('http://x', b'http'), lambda: unquote(None), lambda: unquote_to_bytes(None), lambda: urljoin('http://a', b'b')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = urlsplit('http://a/b')
print(r.encode(), r.encode().decode(), type(r).__name__, type(r).__module__, r._fields, r._replace(path='/z').geturl(), SplitResult[str])
print(urlparse(b'http://u@H/p;q').hostname, urlparse(b'http://u@H:1/p;q').port, urlparse(b'//u:p@h').password)
print(urlsplit('http://example.com/\u2100'), )
try: urlsplit('http://a\u2100b/')
except ValueError as e: print(e)
try: urlsplit('http://\uff03/')
except ValueError as e: print(e)
print(up.unwrap('<URL:http://x/>'), sorted(up.__all__))
