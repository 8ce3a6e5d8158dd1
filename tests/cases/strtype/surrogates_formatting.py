# Lone surrogates through formatting, padding, translate, codecs' surrogatepass, str subclasses
H, L = '\ud83d', '\ude00'
s = H + L
class S(str):
    def __format__(self, spec):
        return 'S!' + str.__format__(self, spec)
print(ascii(S(s).upper()), len(S(s).upper()), ascii(S(H + 'x' + L).replace('x', '')), type(S(s).upper()).__name__)
print(ascii('{}{}'.format(S('a'), H + L)), ascii('{}{}'.format(H, S(L))))
print(ascii(f'{s:>4}'), ascii(f'{L:\ud83d>2}'), ascii(format(L, H + '>2')), len(format(L, H + '<3')))
print(ascii('%r|%a|%s' % (s, s, s)), ascii('{!r}{!a}{}'.format(s, s, s)), ascii('{0!r:>20}'.format(s)))
print(ascii('{x}{y}'.format(x=H, y=L)), ascii('{x}{y}'.format_map({'x': H, 'y': L})), ascii('%(x)s%(y)s' % {'x': H, 'y': L}))
print(ascii((H + '\t' + L).expandtabs(0)), ascii(L.center(3, H)), ascii(L.rjust(2, H)), ascii(H.ljust(2, L)))
print(ascii((H + 'ab' + L).translate({ord('a'): None, ord('b'): None})), ascii('ab'.translate({97: 0xd83d, 98: 0xde00})))
print(ascii('ab'.translate({97: H, 98: L})), ascii(s.translate({0xde00: 'z'})), len('a\U0001f600'.translate({})))
print(ascii((H + 'x' + L).split('x')), ascii((H + 'x' + L).rsplit('x', 1)), ascii((H + '\n' + L).splitlines(True)))
print(ascii((H + L + 'x').partition(L)), ascii(s.rpartition(H)), ascii(s.strip(H)), ascii(s.rstrip(L)), ascii(s.lstrip(H)))
print(s.count(L), s.find(H + L), s.rindex(L), s.startswith((L, H)), s.endswith((H,)), s.startswith(H, 1), s.endswith(L, 0, 1))
print(ascii(s.removesuffix(L)), ascii(s.zfill(4)), ascii(s.upper()), ascii(s.title()), ascii(s.swapcase()), ascii(s.casefold()))
print(ascii(('x' + H + 'y' + L).replace('y', '')), ascii(('x' + H + L).replace(H, '')), ascii(s.replace('', '-')))
print(ascii('a\U0001f600b'.replace('b', 'c')), '\U0001f600x'.find('x'), len('\U0001f600'.center(5)), ascii(('\U0001f600' + H).upper()))
e = s.encode('utf-32', 'surrogatepass')
print(e, ascii(e.decode('utf-32', 'surrogatepass')), len(e.decode('utf-32', 'surrogatepass')))
print(ascii(b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass')), len(b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass')))
print(ascii(b'\xed\xa0\xbd\x80'.decode('utf-8', 'surrogatepass') if False else b'\xed\xa0\xbd'.decode('utf-8', 'surrogatepass') + b'\x80'.decode('utf-8', 'surrogateescape')))
print(ascii(str(b'\xed\xa0\xbd\xed\xb8\x80', 'utf-8', 'surrogatepass')), ascii(bytearray(b'\xed\xa0\xbd\xed\xb8\x80').decode('utf-8', 'surrogatepass')))
print(ascii(b'a\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass')[1:]), b'\xed\xa0\xbd\xed\xb8\x80'.decode('utf-8', 'surrogatepass') == s)
print(s.isprintable(), s.isalpha(), s.isidentifier(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii(), s.isdecimal())
print(ascii(' '.join([H, L])), ascii(''.join([H, L]).split()), ascii(max(s)), ascii(min(s)), ascii(sorted(s)), ascii(set(s) == {H, L}))
