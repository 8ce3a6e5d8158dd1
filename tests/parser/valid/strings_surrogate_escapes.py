# Escapes that produce surrogates stay separate code points, even when they would pair up.
a = '\ud83d\ude00'
b = '\ud83d' '\ude00'
c = '\U0001f600\ud83d\ude00x'
d = '\udc00\ud800'
e = f'pre\ud800\udc00{a}\ud83d' '\ude00'
f = u'\ud83d\ude00'
g = '😀\ud83d\ude00😀'
