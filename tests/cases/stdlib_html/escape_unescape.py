import html
import html.entities as ent

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False))
print(repr(html.unescape('&notit; &notin; &amp &ampx &AMP; &#; &#x; &lt3 &zzz; &&amp; &frac12x')))
print(repr(html.unescape('&#0; &#13; &#128; &#129; &#x9F; &#1; &#xD800; &#x110000; &#xFFFE; &#x10FFFF; &#65 &#x41; &#X41z')))
print(repr(html.unescape('no refs at all')), repr(html.unescape('&acE; &NotEqualTilde; &nbsp&copy2024')))
print(repr(html.unescape('&' + 'a' * 40 + ';')))
# every code point below 0x3000 and the edges, as numeric references
out = []
for cp in list(range(0, 0x3000)) + list(range(0xd7f0, 0xe010)) + list(range(0xfdc0, 0x10000)) + [
        0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff, 0x110000, 0x2fffe, 99999999]:
    out.append(html.unescape('&#%d;' % cp))
    out.append(html.unescape('&#x%x' % cp))
print(len(out), sum(len(x) for x in out), sum(map(ord, ''.join(out))))
# every named reference
names = ''.join('&' + name for name in ent.html5)
text = html.unescape(names)
print(len(ent.html5), len(text), sum(map(ord, text)))
print(len(ent.name2codepoint), ent.name2codepoint['eacute'], ent.codepoint2name[233], ent.entitydefs['lt'])
print(list(ent.html5)[:5], list(ent.name2codepoint)[-3:])
