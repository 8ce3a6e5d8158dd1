import re

def show(p, s, flags=0):
    try:
        r = [m.span() for m in re.finditer(p, s, flags)]
    except re.error as e:
        r = 'error: %s' % e
    print(repr(p), repr(s), r)

# IGNORECASE
show('abc', 'ABC aBc abc', re.I)
show('[a-c]+', 'xABCx', re.I)
show('[^a-c]+', 'xABCx', re.I)
show('é', 'É', re.I)
show('é', 'É', re.I | re.A)
show(r'\w+', 'ÀÉÎ', re.I | re.A)
show('ß', 'SS ß ẞ', re.I)
show('ǆ', 'Ǆ ǅ ǆ', re.I)
show('[ǆ]', 'Ǆ ǅ ǆ', re.I)
show('ı', 'iIıİ', re.I)
show('i', 'iIıİ', re.I)
show('[ſ]', 'sSſ', re.I)
show('k', 'kKK', re.I)
show('[k-m]', 'KLMK', re.I)
show('ω', 'ΩωΩ', re.I)
show(b'abc', b'ABC', re.I)
show(b'\xe9', b'\xc9', re.I)
show(r'(a)\1', 'aA Aa', re.I)
# MULTILINE and DOTALL
show('^x', 'x\nx\nx', re.M)
show('x$', 'x\nx\nx\n', re.M)
show('x$', 'x\nx\nx\n')
show(r'\Ax', 'x\nx', re.M)
show(r'x\Z', 'x\nx\n', re.M)
show('.+', 'a\nb', re.S)
show('.+', 'a\nb')
show('(?s:.)+', 'a\nb')
show('(?-s:.)+', 'a\nb', re.S)
show('(?m)^b', 'a\nb')
# VERBOSE
show(r'''(?x)
    \d+   # digits
    [ ]   # a space
    [#]   # a hash
    \#    # another
    ''', '12 ##')
show(r'a b', 'ab', re.X)
show(r'a\ b', 'a b', re.X)
show('a # c', 'a # c', re.X)
show(r'a{1, 2}', 'a{1, 2}', re.X)
# ASCII / UNICODE
show(r'\w+', 'naïve café', re.A)
show(r'\w+', 'naïve café')
show(r'\d', '٣3', re.A)
show(r'\s', '\u00a0 \u2003', re.A)
show(r'\s', '\u00a0 \u2003')
show(r'\b\w', 'éa bé', re.A)
show(r'(?a)\w+(?u:\w+)?', 'abé')
show(rb'\w+', b'caf\xe9 x', re.L)
show(rb'\w+', b'caf\xe9 x')
# scoped flags
show('(?i:a)a', 'AA Aa aa aA')
show('a(?i:b(?-i:c))', 'aBc aBC abC')
show('(?x: a b ) c', 'ab c abc')
print(re.compile('(?i)a').flags == re.I | re.U, re.compile('(?x)a', re.M).flags == re.X | re.M | re.U)
print(re.compile('a', re.I | re.M).flags, re.compile(b'a', re.I).flags, re.compile('(?a)a').flags)
print(repr(re.compile('(?ims)a')), repr(re.compile(b'(?L)a')), re.compile('x', flags=re.DOTALL | re.VERBOSE))
